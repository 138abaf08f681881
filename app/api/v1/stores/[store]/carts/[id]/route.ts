import { loadCart, toCartResource } from "@/server/modules/carts";
import { storeRoute } from "@/server/rest/handler";
import { uuidParam } from "@/server/rest/params";

export const GET = storeRoute({}, async ({ store, params }) => ({
  json: toCartResource(await loadCart(store.db, store.store, uuidParam(params.id))),
}));
