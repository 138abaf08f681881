import { listOrderResources, restOrdersQuery } from "@/server/modules/orders";
import { tenantRoute } from "@/server/rest/handler";

export const GET = tenantRoute({ permission: "orders.read", query: restOrdersQuery }, async ({ ctx, query }) => ({
  json: await listOrderResources(ctx, query),
}));
