// Every mutating procedure writes exactly one audit row, in the same transaction as its change.
// Mutations are enumerated from the router: a new one without a scenario here fails the test.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, createTenantWithRoles, createTokenFor, type TenantFixture } from "./testing/tenants";
import { invoke, listProcedures } from "./testing/procedures";
import { createMember, ownerDb, rawClient } from "./testing/db";

type Scenario = (t: TenantFixture) => Promise<{ token: string; input: unknown }>;

const scenarios: Record<string, Scenario> = {
  "tenant.signOutEverywhere": async (t) => ({ token: t.roles.guest.token, input: undefined }),
  "members.add": async (t) => ({ token: t.roles.admin.token, input: { email: `${randomUUID()}@example.test`, role: "user" } }),
  "members.changeRole": async (t) => {
    const user = await createMember(t.id, "user");
    return { token: t.roles.admin.token, input: { userId: user.id, role: "analyst" } };
  },
  "members.remove": async (t) => {
    const user = await createMember(t.id, "user");
    return { token: t.roles.admin.token, input: { userId: user.id } };
  },
  "tokens.create": async (t) => ({ token: t.roles.admin.token, input: { name: "audited" } }),
  "tokens.revoke": async (t) => {
    const token = await createTokenFor(t.id, t.roles.user.userId);
    return { token: t.roles.admin.token, input: { id: token.id } };
  },
};

const mutations = listProcedures().filter((p) => p.type === "mutation");

describe("audit trail", () => {
  let tenant: TenantFixture;
  beforeAll(async () => {
    tenant = await createTenantWithRoles();
  });

  it("has a scenario for every mutation", () => {
    expect(mutations.map((m) => m.path).filter((p) => !(p in scenarios))).toEqual([]);
  });

  for (const mutation of mutations) {
    it(`${mutation.path} writes exactly one allow row`, async () => {
      const { token, input } = await scenarios[mutation.path]!(tenant);
      const before = await ownerDb().auditLog.count({ where: { tenantId: tenant.id } });
      const started = new Date(Date.now() - 1000);
      await invoke(callerAs(token, tenant.slug), mutation.path, input);
      const rows = await ownerDb().auditLog.findMany({ where: { tenantId: tenant.id, createdAt: { gte: started } }, orderBy: { createdAt: "asc" } });
      expect(await ownerDb().auditLog.count({ where: { tenantId: tenant.id } })).toBe(before + 1);
      const row = rows.at(-1)!;
      expect(row.outcome).toBe("allow");
      expect(row.action).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(row.actorLabel).toContain("token");
      expect(row.requestId).toBeTruthy();
    });
  }

  it("the app role can append to the audit log but never change or delete it", async () => {
    const app = await rawClient("app");
    try {
      await app.query("SELECT set_config('app.tenant_id', $1, false)", [tenant.id]);
      expect((await app.query("SELECT count(*)::int AS n FROM audit_logs")).rows[0].n).toBeGreaterThan(0);
      await expect(app.query("UPDATE audit_logs SET action = 'tampered'")).rejects.toThrow(/permission denied/);
      await expect(app.query("DELETE FROM audit_logs")).rejects.toThrow(/permission denied/);
      await expect(app.query("TRUNCATE audit_logs")).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
