import type { Metadata } from "next";
import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/card";
import { Money } from "@/components/ui/money";
import { Totals } from "@/components/storefront/totals";
import { updateCartLine } from "../actions";
import { CartLineControls } from "../_components/cart-line";
import { currentCart, getStore, storeBase } from "../_lib/store";

export const metadata: Metadata = { title: "Cart" };

export default async function CartPage({ params }: { params: Promise<{ store: string }> }) {
  const { store: param } = await params;
  const [store, base, cart] = await Promise.all([getStore(param), storeBase(param), currentCart(param)]);
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="mx-auto max-w-lg py-10">
        <EmptyState
          title="Your cart is empty"
          description="Find something you like in the catalog."
          action={
            <Link href={base || "/"} className="font-semibold text-indigo-600 hover:text-indigo-500">
              Continue shopping →
            </Link>
          }
        />
      </div>
    );
  }
  const update = updateCartLine.bind(null, param);
  const blocked = cart.lines.some((l) => !l.isAvailable);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="cart-heading">
        <h1 id="cart-heading" className="mb-6 text-3xl font-bold tracking-tight text-gray-900">
          Cart
        </h1>
        <ul className="divide-y divide-gray-200 border-y border-gray-200" role="list">
          {cart.lines.map((line) => (
            <li key={line.productId} className="flex gap-4 py-5" data-testid="cart-line">
              {line.imageUrl && (
                // eslint-disable-next-line @next/next/no-img-element -- tenant images may be on any host
                <img src={line.imageUrl} alt="" className="size-20 rounded-lg bg-gray-100 object-cover" />
              )}
              <div className="flex flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
                <div>
                  <Link href={`${base}/p/${line.productId}`} className="font-semibold text-gray-900 hover:underline">
                    {line.name}
                  </Link>
                  <p className="text-sm text-gray-500">
                    <Money minor={line.unitPriceMinor} currency={cart.currency} /> each
                  </p>
                  {!line.isAvailable && <Badge tone="red">{line.stock === 0 ? "Out of stock" : `Only ${line.stock} left`}</Badge>}
                </div>
                <div className="flex flex-col items-start gap-2 sm:items-end">
                  <CartLineControls action={update} productId={line.productId} productName={line.name} quantity={line.quantity} />
                  <Money minor={line.lineTotalMinor} currency={cart.currency} className="font-semibold" />
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <aside className="h-fit rounded-xl bg-gray-50 p-6 ring-1 ring-gray-200" aria-label="Summary">
        <h2 className="mb-4 text-lg font-semibold">Summary</h2>
        <Totals currency={cart.currency} subtotalMinor={cart.subtotalMinor} />
        <p className="mt-2 text-xs text-gray-500">
          VAT ({store.vatRateBps / 100}%) and promo codes are applied at checkout.
        </p>
        {blocked ? (
          <p className="mt-4 text-sm font-medium text-red-600">Adjust the lines marked above to check out.</p>
        ) : (
          <Link href={`${base}/checkout`} className="mt-6 block rounded-md bg-indigo-600 px-4 py-3 text-center text-sm font-semibold text-white hover:bg-indigo-500">
            Checkout
          </Link>
        )}
      </aside>
    </div>
  );
}
