import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { ProductCard } from "@/components/storefront/product-card";
import { listCategories, listProducts } from "@/server/modules/catalog";
import { addToCart } from "./actions";
import { AddToCart } from "./_components/add-to-cart";
import { getStore, storeBase, storeContext } from "./_lib/store";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function CatalogPage({ params, searchParams }: { params: Promise<{ store: string }>; searchParams: Search }) {
  const { store: param } = await params;
  const search = await searchParams;
  const q = typeof search.q === "string" ? search.q.slice(0, 100) : undefined;
  const category = typeof search.category === "string" ? search.category.slice(0, 80) : undefined;
  const [store, base, ctx] = await Promise.all([getStore(param), storeBase(param), storeContext(param)]);
  const [page, categories] = await Promise.all([listProducts(ctx.db, { q, category, limit: 100 }, "shopper"), listCategories(ctx.db)]);
  const add = addToCart.bind(null, param);
  const chip = (active: boolean) =>
    `rounded-full px-3 py-1.5 text-sm font-medium ${active ? "bg-gray-900 text-white" : "bg-gray-100 text-gray-700 hover:bg-gray-200"}`;
  return (
    <>
      <div className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight text-gray-900">{q ? `Results for “${q}”` : category ?? `Welcome to ${store.name}`}</h1>
        <p className="mt-1 text-sm text-gray-600">{page.total} product{page.total === 1 ? "" : "s"}</p>
      </div>
      <nav aria-label="Categories" className="mb-6 flex flex-wrap gap-2">
        <Link href={base || "/"} className={chip(!category && !q)} aria-current={!category && !q ? "page" : undefined}>
          All
        </Link>
        {categories.map((c) => (
          <Link key={c.name} href={`${base}/?category=${encodeURIComponent(c.name)}`} className={chip(category === c.name)} aria-current={category === c.name ? "page" : undefined}>
            {c.name}
          </Link>
        ))}
      </nav>
      {page.items.length === 0 ? (
        <EmptyState title="Nothing found" description={q ? "Try another search." : "This store has no products yet."} />
      ) : (
        <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {page.items.map((p) => (
            <ProductCard
              key={p.id}
              href={`${base}/p/${p.id}`}
              name={p.name}
              category={p.category}
              priceMinor={p.priceMinor}
              currency={p.currency}
              stock={p.stock}
              imageUrl={p.imageUrl}
              action={<AddToCart action={add} productId={p.id} productName={p.name} isAvailable={p.stock > 0} />}
            />
          ))}
        </div>
      )}
    </>
  );
}
