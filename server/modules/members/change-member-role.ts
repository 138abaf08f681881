import type { TenantCtx } from "../../context";
import { AppError } from "../../errors";
import { assertAnotherAdminRemains } from "./guard-last-admin";
import type { ChangeMemberRoleInput } from "./schemas";

export async function changeMemberRole(ctx: TenantCtx, input: ChangeMemberRoleInput) {
  return ctx.mutate(
    async (tx) => {
      const membership = await tx.membership.findFirst({ where: { userId: input.userId }, select: { id: true, role: true } });
      if (!membership) throw new AppError("not_found", "No such member.");
      if (membership.role === "admin" && input.role !== "admin") {
        await assertAnotherAdminRemains(tx, ctx.tenant.id, input.userId);
      }
      await tx.membership.update({ where: { id: membership.id }, data: { role: input.role }, select: { id: true } });
      return { userId: input.userId, from: membership.role, role: input.role };
    },
    (r) => ({ action: "member.role_change", resourceType: "user", resourceId: input.userId, metadata: { from: r.from, to: input.role } }),
  );
}
