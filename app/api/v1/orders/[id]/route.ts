import { loadOrder, toOrderResource } from "@/server/modules/orders";
import { tenantRoute } from "@/server/rest/handler";
import { uuidParam } from "@/server/rest/params";

export const GET = tenantRoute({ permission: "orders.read" }, async ({ ctx, params }) => ({
  json: toOrderResource(await loadOrder(ctx.db, uuidParam(params.id))),
}));
