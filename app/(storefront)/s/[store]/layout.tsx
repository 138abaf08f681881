import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { StoreSearch } from "@/components/storefront/store-search";
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
          <StoreSearch action={base || "/"} id="store-search" className="ml-auto hidden flex-1 sm:block sm:max-w-sm" />
          <Link
            href={`${base}/cart`}
            className="ml-auto inline-flex items-center gap-2 rounded-full bg-gray-900 px-4 py-2 text-sm font-semibold text-white hover:bg-gray-700 sm:ml-0"
            data-testid="cart-link"
          >
            Cart <span className="rounded-full bg-white px-2 text-xs text-gray-900" aria-label={`${count} items`}>{count}</span>
          </Link>
        </div>
        <StoreSearch action={base || "/"} id="store-search-mobile" className="px-4 pb-3 sm:hidden" />
      </header>
      <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">{children}</main>
      <footer className="border-t border-gray-200 py-6 text-center text-xs text-gray-500">
        {store.name} · VAT is added at checkout · Powered by Storefleet
      </footer>
    </div>
  );
}
