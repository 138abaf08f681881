import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { Totals } from "@/components/storefront/totals";
import { getStoreOrder } from "@/server/modules/orders";
import { AppError } from "@/server/errors";
import { storeBase, storeContext } from "../../_lib/store";

export const metadata: Metadata = { title: "Order confirmation", robots: { index: false } };

export default async function OrderConfirmationPage({ params, searchParams }: { params: Promise<{ store: string; orderId: string }>; searchParams: Promise<{ key?: string }> }) {
  const { store: param, orderId } = await params;
  const { key } = await searchParams;
  if (!key || !/^[0-9a-f-]{36}$/i.test(orderId)) notFound();
  const [ctx, base] = await Promise.all([storeContext(param), storeBase(param)]);
  const order = await getStoreOrder(ctx, orderId, key).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <div className="rounded-xl bg-green-50 p-6 ring-1 ring-green-200">
        <p className="text-sm font-semibold text-green-800">Thank you!</p>
        <h1 className="mt-1 text-2xl font-bold text-gray-900">Order #{order.number} is confirmed</h1>
        <p className="mt-2 text-sm text-gray-700">
          Placed for <strong>{order.email}</strong>. Keep this page as your receipt. Status: <Badge tone="amber">{order.status}</Badge>
        </p>
      </div>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="mb-3 text-lg font-semibold">
          Items
        </h2>
        <ul className="divide-y divide-gray-200 border-y border-gray-200" role="list">
          {order.items.map((i) => (
            <li key={i.productId} className="flex justify-between py-3 text-sm">
              <span>
                {i.quantity} × {i.name} <span className="text-gray-500">({i.sku})</span>
              </span>
              <Money minor={i.lineTotalMinor} currency={order.currency} />
            </li>
          ))}
        </ul>
      </section>
      <div className="rounded-xl bg-gray-50 p-6 ring-1 ring-gray-200">
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
      <Link href={base || "/"} className="inline-block font-semibold text-indigo-600 hover:text-indigo-500">
        ← Continue shopping
      </Link>
    </div>
  );
}
