import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Labeled, Select } from "@/components/ui/field";
import { Money } from "@/components/ui/money";
import { Table, Td, Th } from "@/components/ui/table";
import { OrderStatusBadge } from "@/components/dashboard/order-status";
import { serverCaller } from "@/app/_trpc/server";
import { orderStatusSchema } from "@/server/modules/orders/schemas";

export const metadata: Metadata = { title: "Orders" };

const PAGE = 25;

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { tenant } = await params;
  const search = await searchParams;
  const status = orderStatusSchema.safeParse(search.status).data;
  const offset = Math.max(0, Number(search.offset ?? 0) || 0);
  const from = search.from && !Number.isNaN(Date.parse(search.from)) ? search.from : undefined;
  const to = search.to && !Number.isNaN(Date.parse(search.to)) ? search.to : undefined;
  const caller = await serverCaller(tenant);
  const page = await caller.orders.list({
    status,
    q: search.q || undefined,
    from: from ? new Date(from) : undefined,
    to: to ? new Date(to) : undefined,
    limit: PAGE,
    offset,
  });
  const base = `/dashboard/${tenant}/orders`;
  const query = (extra: Record<string, string | number>) =>
    `${base}?${new URLSearchParams(
      Object.entries({ status: status ?? "", q: search.q ?? "", from: from ?? "", to: to ?? "", ...extra })
        .filter(([, v]) => v !== "")
        .map(([k, v]) => [k, String(v)]),
    )}`;
  return (
    <>
      <PageHeader title="Orders" description={`${page.total} order${page.total === 1 ? "" : "s"}${status ? ` ${status}` : ""}.`} />
      <Card className="mb-4 p-4">
        <form method="get" className="grid gap-3 sm:grid-cols-5 sm:items-end" aria-label="Filter orders">
          <Labeled label="Customer e-mail or order number" className="sm:col-span-2">
            <Input name="q" defaultValue={search.q} placeholder="#1001 or name@" />
          </Labeled>
          <Labeled label="Status">
            <Select name="status" defaultValue={status ?? ""}>
              <option value="">any</option>
              {orderStatusSchema.options.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          </Labeled>
          <Labeled label="From">
            <Input type="date" name="from" defaultValue={from} />
          </Labeled>
          <Labeled label="To">
            <Input type="date" name="to" defaultValue={to} />
          </Labeled>
          <div className="flex gap-2 sm:col-span-5">
            <button type="submit" className="rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
              Apply filters
            </button>
            <Link href={base} className="rounded-md px-3.5 py-2 text-sm font-semibold text-gray-700 hover:bg-gray-100">
              Clear
            </Link>
          </div>
        </form>
      </Card>
      <Card>
        {page.items.length === 0 ? (
          <div className="p-5">
            <EmptyState
              title="No orders"
              description={search.q || status || from || to ? "Nothing matches these filters." : "Orders placed in your store appear here."}
            />
          </div>
        ) : (
          <Table caption="Orders">
            <thead className="bg-gray-50">
              <tr>
                <Th>Order</Th>
                <Th>Placed</Th>
                <Th>Customer</Th>
                <Th>Items</Th>
                <Th className="text-right">Total</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {page.items.map((o) => (
                <tr key={o.id} data-testid={`order-row-${o.number}`}>
                  <Td>
                    <Link href={`${base}/${o.id}`} className="font-semibold text-indigo-600 hover:text-indigo-500">
                      #{o.number}
                    </Link>
                  </Td>
                  <Td>{o.createdAt.toISOString().replace("T", " ").slice(0, 16)}</Td>
                  <Td>{o.email}</Td>
                  <Td>{o._count.items}</Td>
                  <Td className="text-right">
                    <Money minor={o.totalMinor} currency={o.currency} />
                  </Td>
                  <Td>
                    <OrderStatusBadge status={o.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
      <nav className="mt-4 flex justify-between text-sm" aria-label="Pagination">
        {offset > 0 ? (
          <Link href={query({ offset: Math.max(0, offset - PAGE) })} className="font-semibold text-indigo-600">
            ← Newer
          </Link>
        ) : (
          <span />
        )}
        {offset + PAGE < page.total && (
          <Link href={query({ offset: offset + PAGE })} className="font-semibold text-indigo-600">
            Older →
          </Link>
        )}
      </nav>
    </>
  );
}
