import { getProduct, toProductResource } from "@/server/modules/catalog";
import { storeRoute } from "@/server/rest/handler";
import { uuidParam } from "@/server/rest/params";

export const GET = storeRoute({}, async ({ store, params }) => ({
  json: toProductResource(await getProduct(store.db, uuidParam(params.id), "shopper")),
}));
