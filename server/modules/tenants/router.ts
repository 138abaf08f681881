import { listMembershipsOfUser } from "../../db/system";
import { authedProcedure, createTRPCRouter, permitted } from "../../trpc";
import { getMe } from "./get-me";
import { signOutEverywhere } from "./sign-out-everywhere";

export const tenantRouter = createTRPCRouter({
  /** The tenants the signed-in user belongs to (tenant switcher). */
  mine: authedProcedure.query(async ({ ctx }) => {
    const memberships = await listMembershipsOfUser(ctx.principal.user.id);
    return memberships.map((m) => ({ slug: m.tenant.slug, name: m.tenant.name, role: m.role }));
  }),
  me: permitted("tenant.read").query(({ ctx }) => getMe(ctx.t)),
  signOutEverywhere: permitted("sessions.revoke_own").mutation(({ ctx }) => signOutEverywhere(ctx.t)),
});
