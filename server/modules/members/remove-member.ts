import type { TenantCtx } from "../../context";
import { AppError } from "../../errors";
import { assertAnotherAdminRemains } from "./guard-last-admin";
import type { RemoveMemberInput } from "./schemas";

/** Removes a member; their API tokens for this tenant are revoked with them. */
export async function removeMember(ctx: TenantCtx, input: RemoveMemberInput) {
  return ctx.mutate(
    async (tx) => {
      const membership = await tx.membership.findFirst({
        where: { userId: input.userId },
        select: { id: true, role: true, user: { select: { email: true } } },
      });
      if (!membership) throw new AppError("not_found", "No such member.");
      if (membership.role === "admin") await assertAnotherAdminRemains(tx, ctx.tenant.id, input.userId);
      await tx.membership.delete({ where: { id: membership.id }, select: { id: true } });
      const revoked = await tx.apiToken.updateMany({ where: { userId: input.userId, revokedAt: null }, data: { revokedAt: new Date() } });
      return { userId: input.userId, email: membership.user.email, role: membership.role, tokensRevoked: revoked.count };
    },
    (r) => ({ action: "member.remove", resourceType: "user", resourceId: input.userId, metadata: { email: r.email, role: r.role, tokensRevoked: r.tokensRevoked } }),
  );
}
