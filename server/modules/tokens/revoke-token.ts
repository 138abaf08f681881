import type { TenantCtx } from "../../context";
import { AppError } from "../../errors";
import type { RevokeTokenInput } from "./schemas";

export async function revokeToken(ctx: TenantCtx, input: RevokeTokenInput) {
  return ctx.mutate(
    async (tx) => {
      const token = await tx.apiToken.findFirst({ where: { id: input.id }, select: { id: true, revokedAt: true } });
      if (!token) throw new AppError("not_found", "No such token.");
      if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
      return tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
    },
    { action: "token.revoke", resourceType: "api_token", resourceId: input.id },
  );
}
