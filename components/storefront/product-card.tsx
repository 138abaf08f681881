import Link from "next/link";
import type { ReactNode } from "react";
import { Money } from "../ui/money";
import { StockBadge } from "./stock-badge";

export interface ProductCardProps {
  href: string;
  name: string;
  category: string;
  priceMinor: number;
  currency: string;
  stock: number;
  imageUrl: string | null;
  action: ReactNode;
}

export function ProductCard({ href, name, category, priceMinor, currency, stock, imageUrl, action }: ProductCardProps) {
  return (
    <article className="group flex flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-gray-200 transition hover:shadow-md" data-testid="product-card">
      {/* The image repeats the title link: hidden from assistive tech and the tab order. */}
      <Link href={href} className="block aspect-[4/3] overflow-hidden bg-gray-100" aria-hidden="true" tabIndex={-1}>
        {imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- tenant images may be on any host
          <img src={imageUrl} alt="" className="h-full w-full object-cover transition group-hover:scale-[1.02]" loading="lazy" />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-gray-400">No image</div>
        )}
      </Link>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <p className="text-xs font-medium uppercase tracking-wide text-gray-500">{category}</p>
        <h3 className="font-semibold text-gray-900">
          <Link href={href} className="hover:underline">
            {name}
          </Link>
        </h3>
        <div className="mt-auto flex items-center justify-between gap-2">
          <Money minor={priceMinor} currency={currency} className="text-lg font-bold text-gray-900" />
          <StockBadge stock={stock} />
        </div>
        <div className="pt-1">{action}</div>
      </div>
    </article>
  );
}
