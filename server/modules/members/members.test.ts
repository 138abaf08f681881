import { beforeEach, describe, expect, it } from "vitest";
import { callerAs, createTenantWithRoles, type TenantFixture } from "../../testing/tenants";
import { createMember, ownerDb } from "../../testing/db";
import { outcomeOf } from "../../testing/procedures";

describe("members", () => {
  let t: TenantFixture;
  beforeEach(async () => {
    t = await createTenantWithRoles();
  });

  it("the last admin can be neither removed nor demoted", async () => {
    const admin = callerAs(t.roles.admin.token, t.slug);
    expect(await outcomeOf(admin.members.remove({ userId: t.roles.admin.userId }))).toBe("CONFLICT");
    expect(await outcomeOf(admin.members.changeRole({ userId: t.roles.admin.userId, role: "user" }))).toBe("CONFLICT");
    expect(await ownerDb().membership.findFirst({ where: { tenantId: t.id, userId: t.roles.admin.userId } })).toMatchObject({ role: "admin" });
  });

  it("two admins demoting each other at once leave one admin", async () => {
    const second = await createMember(t.id, "admin");
    const { createTokenFor } = await import("../../testing/tenants");
    const secondToken = await createTokenFor(t.id, second.id);
    const results = await Promise.all([
      outcomeOf(callerAs(t.roles.admin.token, t.slug).members.changeRole({ userId: second.id, role: "user" })),
      outcomeOf(callerAs(secondToken.secret, t.slug).members.changeRole({ userId: t.roles.admin.userId, role: "user" })),
    ]);
    // One wins; the other is refused by the last-admin guard, or — if the winner committed first —
    // by its own permission check, since it is no longer an admin.
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "CONFLICT" || r === "FORBIDDEN")).toHaveLength(1);
    expect(await ownerDb().membership.count({ where: { tenantId: t.id, role: "admin" } })).toBe(1);
  });

  it("adding by e-mail invites a new identity, refuses duplicates, and removal revokes the member's tokens", async () => {
    const admin = callerAs(t.roles.admin.token, t.slug);
    const email = `new-${Date.now()}@example.test`;
    expect(await admin.members.add({ email: email.toUpperCase(), role: "analyst" })).toMatchObject({ email, role: "analyst", isPending: true });
    expect(await outcomeOf(admin.members.add({ email, role: "user" }))).toBe("CONFLICT");
    const user = (await ownerDb().user.findUniqueOrThrow({ where: { email } }))!;
    expect(user.passwordHash).toBeNull();

    const { createTokenFor } = await import("../../testing/tenants");
    const token = await createTokenFor(t.id, user.id);
    await admin.members.remove({ userId: user.id });
    expect((await ownerDb().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
  });
});
