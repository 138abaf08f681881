import type { TenantCtx } from "../../context";
import { AppError } from "../../errors";
import { generateTokenSecret, hashTokenSecret, tokenDisplayPrefix } from "../../auth/tokens";
import { createTokenInput, type CreateTokenInput } from "./schemas";

/** Creates a token that acts as the calling user (with their role). The secret is returned once. */
export async function createToken(ctx: TenantCtx, rawInput: CreateTokenInput) {
  const input = createTokenInput.parse(rawInput);
  if (!ctx.actor.userId) throw new AppError("forbidden", "Only a person can create API tokens.");
  const userId = ctx.actor.userId;
  const secret = generateTokenSecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const token = await ctx.mutate(
    (tx) =>
      tx.apiToken.create({
        data: { tenantId: ctx.tenant.id, userId, name: input.name, prefix: tokenDisplayPrefix(secret), tokenHash: hashTokenSecret(secret), expiresAt },
        select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
      }),
    (t) => ({ action: "token.create", resourceType: "api_token", resourceId: t.id, metadata: { name: input.name, expiresAt } }),
  );
  return { ...token, secret };
}
