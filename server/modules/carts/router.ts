import { createTRPCRouter, storefrontProcedure } from "../../trpc";
import { loadCart } from "./cart-view";
import { createCart } from "./create-cart";
import { cartIdInput, setCartItemInput } from "./schemas";
import { setCartItem } from "./set-cart-item";

// Shopper cart operations; the store comes from the host or x-storefleet-store.
export const cartsRouter = createTRPCRouter({
  create: storefrontProcedure.mutation(({ ctx }) => createCart(ctx.s)),
  get: storefrontProcedure.input(cartIdInput).query(({ ctx, input }) => loadCart(ctx.s.db, ctx.s.store, input.cartId)),
  setItem: storefrontProcedure.input(setCartItemInput).mutation(({ ctx, input }) => setCartItem(ctx.s, input)),
});
