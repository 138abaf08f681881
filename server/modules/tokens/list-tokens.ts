import type { TenantCtx } from "../../context";

export async function listTokens(ctx: TenantCtx) {
  const tokens = await ctx.db.apiToken.findMany({
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true } },
    },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
  });
  const now = Date.now();
  return tokens.map((t) => ({ ...t, isExpired: t.expiresAt !== null && t.expiresAt.getTime() <= now }));
}
