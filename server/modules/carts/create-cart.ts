import type { StoreCtx } from "../../context";
import { CART_TTL_DAYS } from "./cart-view";

export async function createCart(store: StoreCtx) {
  const cart = await store.db.cart.create({
    data: { tenantId: store.store.id, expiresAt: new Date(Date.now() + CART_TTL_DAYS * 86_400_000) },
    select: { id: true, expiresAt: true },
  });
  return cart;
}
