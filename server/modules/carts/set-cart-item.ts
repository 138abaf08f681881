import type { StoreCtx } from "../../context";
import { AppError } from "../../errors";
import { CART_TTL_DAYS, loadCart } from "./cart-view";
import type { SetCartItemInput } from "./schemas";

/**
 * Sets a line's quantity (0 removes it). The product must be on sale in this store: another
 * store's product id is simply not found (RLS hides it). Quantities above stock are refused.
 */
export async function setCartItem(store: StoreCtx, input: SetCartItemInput) {
  await store.tx(async (tx) => {
    const cart = await tx.cart.findFirst({ where: { id: input.cartId, expiresAt: { gt: new Date() } }, select: { id: true } });
    if (!cart) throw new AppError("not_found", "No such cart (it may have expired).");
    if (input.quantity === 0) {
      await tx.cartItem.deleteMany({ where: { cartId: cart.id, productId: input.productId } });
    } else {
      const product = await tx.product.findFirst({ where: { id: input.productId, active: true }, select: { id: true, name: true, stock: true } });
      if (!product) throw new AppError("not_found", "No such product in this store.");
      if (product.stock < input.quantity) {
        throw new AppError("insufficient_stock", product.stock === 0 ? `${product.name} is out of stock.` : `Only ${product.stock} of ${product.name} left.`, {
          items: [{ productId: product.id, name: product.name, requested: input.quantity, available: product.stock }],
        });
      }
      await tx.cartItem.upsert({
        where: { tenantId_cartId_productId: { tenantId: store.store.id, cartId: cart.id, productId: product.id } },
        create: { tenantId: store.store.id, cartId: cart.id, productId: product.id, quantity: input.quantity },
        update: { quantity: input.quantity },
        select: { id: true },
      });
    }
    await tx.cart.update({ where: { id: cart.id }, data: { expiresAt: new Date(Date.now() + CART_TTL_DAYS * 86_400_000) }, select: { id: true } });
  });
  return loadCart(store.db, store.store, input.cartId);
}
