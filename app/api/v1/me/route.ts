import { getMe } from "@/server/modules/tenants";
import { tenantRoute } from "@/server/rest/handler";

export const GET = tenantRoute({ permission: "tenant.read" }, async ({ ctx }) => {
  const me = await getMe(ctx);
  return { json: { user: me.user, tenant: { id: me.tenant.id, slug: me.tenant.slug, name: me.tenant.name }, role: me.role } };
});
