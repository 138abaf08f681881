import type { TenantCtx } from "../../context";
import { AppError } from "../../errors";
import { forgetSessionUser } from "../../auth/session-cache";

/** Ends every session of the calling user: their session_version moves on, old JWTs stop working. */
export async function signOutEverywhere(ctx: TenantCtx) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError("forbidden", "Only a signed-in person can do this.");
  const result = await ctx.mutate(
    (tx) => tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } }),
    { action: "session.revoke_all", resourceType: "user", resourceId: userId },
  );
  forgetSessionUser(userId);
  return result;
}
