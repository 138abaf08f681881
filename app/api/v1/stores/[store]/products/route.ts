import { listProducts, restProductQuery, toProductResource } from "@/server/modules/catalog";
import { storeRoute } from "@/server/rest/handler";

export const GET = storeRoute({ query: restProductQuery }, async ({ store, query }) => {
  const page = await listProducts(store.db, { q: query.q, category: query.category, limit: query.limit, offset: query.offset }, "shopper");
  return { json: { data: page.items.map(toProductResource), total: page.total } };
});
