import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { currentCart, getStore, storeBase } from "./_lib/store";

export async function generateMetadata({ params }: { params: Promise<{ store: string }> }): Promise<Metadata> {
  const store = await getStore((await params).store);
  return { title: { default: store.name, template: `%s · ${store.name}` } };
}

export default async function StoreLayout({ children, params }: { children: ReactNode; params: Promise<{ store: string }> }) {
  const { store: param } = await params;
  const [store, base, cart] = await Promise.all([getStore(param), storeBase(param), currentCart(param)]);
  const count = cart?.itemCount ?? 0;
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <header className="sticky top-0 z-10 border-b border-gray-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3 sm:px-6">
          <Link href={base || "/"} className="text-lg font-bold tracking-tight text-gray-900">
            {store.name}
          </Link>
          <form action={base || "/"} method="get" role="search" className="ml-auto hidden flex-1 sm:block sm:max-w-sm">
            <label className="sr-only" htmlFor="store-search">
              Search products
            </label>
            <input
              id="store-search"
              name="q"
              type="search"
              placeholder="Search products"
              className="block w-full rounded-full border-0 bg-gray-100 px-4 py-2 text-sm focus:bg-white focus:ring-2 focus:ring-indigo-600"
            />
          </form>
          <Link
            href={`${base}/cart`}
            className="ml-auto inline-flex items-center gap-2 rounded-full bg-gray-900 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-700 sm:ml-0"
            data-testid="cart-link"
          >
            Cart <span className="rounded-full bg-white px-2 text-xs text-gray-900" aria-label={`${count} items`}>{count}</span>
          </Link>
        </div>
        <form action={base || "/"} method="get" role="search" className="px-4 pb-3 sm:hidden">
          <label className="sr-only" htmlFor="store-search-mobile">
            Search products
          </label>
          <input
            id="store-search-mobile"
            name="q"
            type="search"
            placeholder="Search products"
            className="block w-full rounded-full border-0 bg-gray-100 px-4 py-2 text-sm focus:bg-white focus:ring-2 focus:ring-indigo-600"
          />
        </form>
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">{children}</main>
      <footer className="border-t border-gray-200 py-6 text-center text-xs text-gray-500">
        {store.name} · VAT is added at checkout · Powered by Storefleet
      </footer>
    </div>
  );
}
