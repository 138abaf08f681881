import { z } from "zod";
import { toMajor } from "../money";
import type { CartView } from "./cart-view";

export const restCartItemBody = z.object({
  product_id: z.uuid(),
  quantity: z.number().int().min(0).max(999).describe("0 removes the line"),
});

export const cartResource = z.object({
  id: z.uuid(),
  currency: z.string().length(3),
  items: z.array(
    z.object({
      product_id: z.uuid(),
      sku: z.string(),
      name: z.string(),
      unit_price: z.number(),
      quantity: z.number().int(),
      line_total: z.number(),
      available: z.boolean(),
    }),
  ),
  item_count: z.number().int(),
  subtotal: z.number(),
  expires_at: z.string(),
});

export function toCartResource(cart: CartView): z.infer<typeof cartResource> {
  const m = (minor: number) => toMajor(minor, cart.currency);
  return {
    id: cart.id,
    currency: cart.currency,
    items: cart.lines.map((l) => ({
      product_id: l.productId,
      sku: l.sku,
      name: l.name,
      unit_price: m(l.unitPriceMinor),
      quantity: l.quantity,
      line_total: m(l.lineTotalMinor),
      available: l.isAvailable,
    })),
    item_count: cart.itemCount,
    subtotal: m(cart.subtotalMinor),
    expires_at: cart.expiresAt.toISOString(),
  };
}
