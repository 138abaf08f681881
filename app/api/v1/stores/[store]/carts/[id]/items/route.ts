import { restCartItemBody, setCartItem, toCartResource } from "@/server/modules/carts";
import { storeRoute } from "@/server/rest/handler";
import { uuidParam } from "@/server/rest/params";

export const PUT = storeRoute({ body: restCartItemBody }, async ({ store, params, body }) => ({
  json: toCartResource(await setCartItem(store, { cartId: uuidParam(params.id), productId: body.product_id, quantity: body.quantity })),
}));
