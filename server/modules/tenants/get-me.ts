import type { TenantCtx } from "../../context";
import { can, permissions, type Action } from "../../permissions";

/** Who the caller is in this tenant, and what their role allows (the UI hides the rest). */
export async function getMe(ctx: TenantCtx) {
  const allowed = (Object.keys(permissions) as Action[]).filter((a) => can(ctx.role, a));
  const user = ctx.actor.userId
    ? await ctx.db.user.findUnique({ where: { id: ctx.actor.userId }, select: { id: true, email: true, name: true } })
    : null;
  return {
    user,
    tenant: { id: ctx.tenant.id, slug: ctx.tenant.slug, name: ctx.tenant.name, currency: ctx.tenant.currency, plan: ctx.tenant.plan },
    role: ctx.role,
    viaToken: ctx.actor.tokenId !== null,
    permissions: allowed,
  };
}
