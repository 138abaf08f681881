import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { Card, PageHeader } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { Table, Td, Th } from "@/components/ui/table";
import { Totals } from "@/components/storefront/totals";
import { OrderStatusBadge } from "@/components/dashboard/order-status";
import { serverCaller, tenantMe } from "@/app/_trpc/server";
import { OrderActions } from "./order-actions";

export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const [me, caller] = await Promise.all([tenantMe(tenant), serverCaller(tenant)]);
  const order = await caller.orders.get({ id }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  const timeline = [
    ["Placed", order.createdAt],
    ["Paid", order.paidAt],
    ["Fulfilled", order.fulfilledAt],
    ["Cancelled", order.cancelledAt],
  ].filter((e): e is [string, Date] => e[1] instanceof Date);
  return (
    <>
      <PageHeader
        title={`Order #${order.number}`}
        description={`${order.email} · payment: ${order.paymentProvider}`}
        actions={<OrderStatusBadge status={order.status} />}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Card>
          <Table caption="Order lines">
            <thead className="bg-gray-50">
              <tr>
                <Th>Item</Th>
                <Th>SKU</Th>
                <Th className="text-right">Unit price</Th>
                <Th className="text-right">Qty</Th>
                <Th className="text-right">Line total</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {order.items.map((i) => (
                <tr key={i.productId}>
                  <Td>
                    <Link href={`/dashboard/${tenant}/products/${i.productId}`} className="hover:text-indigo-600">
                      {i.name}
                    </Link>
                  </Td>
                  <Td className="font-mono text-xs">{i.sku}</Td>
                  <Td className="text-right">
                    <Money minor={i.unitPriceMinor} currency={order.currency} />
                  </Td>
                  <Td className="text-right">{i.quantity}</Td>
                  <Td className="text-right">
                    <Money minor={i.lineTotalMinor} currency={order.currency} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <div className="border-t border-gray-200 p-5">
            <Totals
              currency={order.currency}
              subtotalMinor={order.subtotalMinor}
              discountMinor={order.discountMinor}
              promoCode={order.promoCode}
              vatMinor={order.vatMinor}
              vatRatePercent={order.vatRateBps / 100}
              totalMinor={order.totalMinor}
            />
          </div>
        </Card>
        <div className="space-y-6">
          {me.permissions.includes("orders.manage") && order.status !== "fulfilled" && order.status !== "cancelled" && (
            <Card className="p-5">
              <h2 className="mb-3 font-semibold">Actions</h2>
              <OrderActions orderId={order.id} number={order.number} status={order.status} />
            </Card>
          )}
          <Card className="p-5">
            <h2 className="mb-3 font-semibold">History</h2>
            <ol className="space-y-2 text-sm">
              {timeline.map(([label, at]) => (
                <li key={label} className="flex justify-between">
                  <span>{label}</span>
                  <time dateTime={at.toISOString()} className="text-gray-500">
                    {at.toISOString().replace("T", " ").slice(0, 16)}
                  </time>
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </>
  );
}
