import { createCart, loadCart, toCartResource } from "@/server/modules/carts";
import { storeRoute } from "@/server/rest/handler";

export const POST = storeRoute({}, async ({ store }) => {
  const cart = await createCart(store);
  return { status: 201, json: toCartResource(await loadCart(store.db, store.store, cart.id)), headers: { location: `/api/v1/stores/${store.store.slug}/carts/${cart.id}` } };
});
