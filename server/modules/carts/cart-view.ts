import type { StoreCtx } from "../../context";
import type { TxClient, ScopedClient } from "../../db/client";
import { AppError } from "../../errors";
import { calculateTotals } from "../money";

export const CART_TTL_DAYS = 30;

export interface CartLine {
  productId: string;
  sku: string;
  name: string;
  imageUrl: string | null;
  unitPriceMinor: number;
  quantity: number;
  lineTotalMinor: number;
  stock: number;
  isAvailable: boolean;
}

export interface CartView {
  id: string;
  currency: string;
  lines: CartLine[];
  itemCount: number;
  subtotalMinor: number;
  expiresAt: Date;
}

/** The cart with current prices (prices are re-read at checkout too). Expired or foreign → not found. */
export async function loadCart(db: ScopedClient | TxClient, store: StoreCtx["store"], cartId: string): Promise<CartView> {
  const cart = await db.cart.findFirst({
    where: { id: cartId, expiresAt: { gt: new Date() } },
    select: {
      id: true,
      expiresAt: true,
      items: {
        orderBy: { createdAt: "asc" },
        select: { quantity: true, product: { select: { id: true, sku: true, name: true, imageUrl: true, priceMinor: true, stock: true, active: true } } },
      },
    },
  });
  if (!cart) throw new AppError("not_found", "No such cart (it may have expired).");
  const lines = cart.items.map(({ quantity, product }) => ({
    productId: product.id,
    sku: product.sku,
    name: product.name,
    imageUrl: product.imageUrl,
    unitPriceMinor: product.priceMinor,
    quantity,
    lineTotalMinor: product.priceMinor * quantity,
    stock: product.stock,
    isAvailable: product.active && product.stock >= quantity,
  }));
  const totals = lines.length ? calculateTotals(lines, null, 0) : { subtotalMinor: 0 };
  return {
    id: cart.id,
    currency: store.currency,
    lines,
    itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    subtotalMinor: totals.subtotalMinor,
    expiresAt: cart.expiresAt,
  };
}
