import type { TenantCtx } from "../../context";

export async function listMembers(ctx: TenantCtx) {
  const rows = await ctx.db.membership.findMany({
    select: { role: true, createdAt: true, user: { select: { id: true, email: true, name: true, passwordHash: true } } },
    orderBy: [{ createdAt: "asc" }],
  });
  return rows.map((m) => ({
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    joinedAt: m.createdAt,
    // An invited identity has no password yet.
    isPending: m.user.passwordHash === null,
  }));
}
