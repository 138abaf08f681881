import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { EmptyState } from "@/components/ui/card";
import { Money, formatMoney } from "@/components/ui/money";
import { Totals } from "@/components/storefront/totals";
import { previewCheckout, promoCodeSchema } from "@/server/modules/checkout";
import { placeOrder } from "../actions";
import { CheckoutForm } from "../_components/checkout-form";
import { currentCart, storeBase, storeContext } from "../_lib/store";

export const metadata: Metadata = { title: "Checkout" };

export default async function CheckoutPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Promise<{ promo?: string }> }) {
  const { store: param } = await params;
  const { promo } = await searchParams;
  const [base, cart, ctx] = await Promise.all([storeBase(param), currentCart(param), storeContext(param)]);
  if (!cart || cart.lines.length === 0) {
    return <EmptyState title="Nothing to check out" action={<Link href={base || "/"} className="font-semibold text-indigo-600">Back to the catalog</Link>} />;
  }
  const parsedPromo = promo ? promoCodeSchema.safeParse(promo) : null;
  const promoCode = parsedPromo?.success ? parsedPromo.data : undefined;
  const preview = await previewCheckout(ctx, cart.id, promoCode);
  const promoError = parsedPromo && !parsedPromo.success ? "Letters, digits, - and _ only." : preview.promoError;
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="checkout-heading" className="space-y-8">
        <h1 id="checkout-heading" className="text-3xl font-bold tracking-tight text-gray-900">
          Checkout
        </h1>
        <form method="get" className="max-w-md space-y-1">
          <label htmlFor="promo" className="block text-sm font-medium text-gray-900">
            Promo code
          </label>
          <div className="flex gap-2">
            <input
              id="promo"
              name="promo"
              defaultValue={promo ?? ""}
              autoComplete="off"
              aria-invalid={Boolean(promoError)}
              aria-describedby={promoError ? "promo-error" : undefined}
              className="block w-full rounded-md border-0 px-3 py-2 text-sm uppercase shadow-sm ring-1 ring-inset ring-gray-300 focus:ring-2 focus:ring-indigo-600 aria-[invalid=true]:ring-red-500"
            />
            <button type="submit" className="rounded-md bg-white px-4 py-2 text-sm font-semibold text-gray-900 ring-1 ring-gray-300 hover:bg-gray-50">
              Apply
            </button>
          </div>
          {promoError && (
            <p id="promo-error" role="alert" className="text-xs font-medium text-red-600">
              {promoError}
            </p>
          )}
          {preview.promo && (
            <p className="text-xs font-medium text-green-700" role="status">
              {preview.promo.code}: {preview.promo.percentOff}% off applied.
            </p>
          )}
        </form>
        <div className="max-w-md">
          <CheckoutForm action={placeOrder.bind(null, param)} idempotencyKey={randomUUID()} promoCode={preview.promo?.code ?? ""} totalLabel={formatMoney(preview.totals.totalMinor, cart.currency)} />
        </div>
      </section>
      <aside className="h-fit rounded-xl bg-gray-50 p-6 ring-1 ring-gray-200" aria-label="Order summary">
        <h2 className="mb-4 text-lg font-semibold">Order summary</h2>
        <ul className="mb-4 space-y-2 text-sm" role="list">
          {cart.lines.map((l) => (
            <li key={l.productId} className="flex justify-between gap-2">
              <span>
                {l.quantity} × {l.name}
              </span>
              <Money minor={l.lineTotalMinor} currency={cart.currency} />
            </li>
          ))}
        </ul>
        <Totals
          currency={cart.currency}
          subtotalMinor={preview.totals.subtotalMinor}
          discountMinor={preview.totals.discountMinor}
          promoCode={preview.promo?.code}
          vatMinor={preview.totals.vatMinor}
          vatRatePercent={preview.vatRateBps / 100}
          totalMinor={preview.totals.totalMinor}
        />
      </aside>
    </div>
  );
}
