import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Money } from "@/components/ui/money";
import { StockBadge } from "@/components/storefront/stock-badge";
import { getProduct } from "@/server/modules/catalog";
import { AppError } from "@/server/errors";
import { addToCart } from "../../actions";
import { AddToCart } from "../../_components/add-to-cart";
import { storeBase, storeContext } from "../../_lib/store";

async function load(param: string, productId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(productId)) notFound();
  try {
    return await getProduct((await storeContext(param)).db, productId, "shopper");
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ store: string; productId: string }> }): Promise<Metadata> {
  const { store, productId } = await params;
  const product = await load(store, productId);
  return { title: product.name, description: product.description.slice(0, 160) };
}

export default async function ProductPage({ params }: { params: Promise<{ store: string; productId: string }> }) {
  const { store: param, productId } = await params;
  const [product, base] = await Promise.all([load(param, productId), storeBase(param)]);
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <div className="overflow-hidden rounded-2xl bg-gray-100">
        {product.imageUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- tenant images may be on any host
          <img src={product.imageUrl} alt={product.name} className="aspect-[4/3] w-full object-cover" />
        )}
      </div>
      <div className="space-y-5">
        <nav aria-label="Breadcrumb" className="text-sm text-gray-500">
          <Link href={base || "/"} className="hover:underline">
            All products
          </Link>{" "}
          /{" "}
          <Link href={`${base}/?category=${encodeURIComponent(product.category)}`} className="hover:underline">
            {product.category}
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight text-gray-900">{product.name}</h1>
        <div className="flex items-center gap-3">
          <Money minor={product.priceMinor} currency={product.currency} className="text-2xl font-bold" />
          <StockBadge stock={product.stock} />
        </div>
        <p className="leading-relaxed text-gray-700">{product.description}</p>
        <p className="text-xs text-gray-500">SKU {product.sku} · VAT is added at checkout</p>
        <div className="max-w-sm">
          <AddToCart action={addToCart.bind(null, param)} productId={product.id} productName={product.name} isAvailable={product.stock > 0} withQuantity maxQuantity={product.stock} />
        </div>
      </div>
    </div>
  );
}
