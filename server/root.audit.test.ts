// Every mutating procedure writes exactly one audit row, in the same transaction as its change.
// Mutations are enumerated from the router: a new one without a scenario here fails the test.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { callerAs, createTenantWithRoles, createTokenFor, type TenantFixture } from "./testing/tenants";
import { invoke, listProcedures } from "./testing/procedures";
import { createMember, ownerDb, rawClient } from "./testing/db";
import { cartWith, createProduct, errorBody, storeCtxFor } from "./testing/store";
import { checkout } from "./modules/checkout";

async function pendingOrder(t: TenantFixture) {
  const store = await storeCtxFor(t.id);
  const product = await createProduct(t.id, { stock: 5 });
  const cartId = await cartWith(store, [[product.id, 1]]);
  return (await checkout(store, { cartId, email: "audit@example.test" }, { errorBody })).order!;
}

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
  "products.create": async (t) => ({ token: t.roles.admin.token, input: { sku: `AUD-${randomUUID().slice(0, 8)}`, name: "Audited", priceMinor: 500, stock: 3 } }),
  "products.update": async (t) => ({ token: t.roles.admin.token, input: { id: (await createProduct(t.id, { stock: 1 })).id, priceMinor: 777 } }),
  "products.archive": async (t) => ({ token: t.roles.admin.token, input: { id: (await createProduct(t.id, { stock: 1 })).id } }),
  "products.adjustStock": async (t) => ({ token: t.roles.admin.token, input: { id: (await createProduct(t.id, { stock: 1 })).id, delta: 4, reason: "recount" } }),
  "orders.markPaid": async (t) => ({ token: t.roles.user.token, input: { id: (await pendingOrder(t)).id } }),
  "orders.fulfil": async (t) => {
    const order = await pendingOrder(t);
    await ownerDb().order.update({ where: { id: order.id }, data: { status: "paid", paidAt: new Date() } });
    return { token: t.roles.user.token, input: { id: order.id } };
  },
  "orders.cancel": async (t) => ({ token: t.roles.admin.token, input: { id: (await pendingOrder(t)).id, reason: "customer asked" } }),
  "promos.create": async (t) => ({ token: t.roles.admin.token, input: { code: `AUD${randomUUID().slice(0, 6).replace(/-/g, "")}`, percentOff: 15 } }),
  "promos.setActive": async (t) => {
    const promo = await ownerDb().promoCode.create({ data: { tenantId: t.id, code: `P${randomUUID().slice(0, 6).replace(/-/g, "").toUpperCase()}`, percentOff: 5 } });
    return { token: t.roles.admin.token, input: { id: promo.id, active: false } };
  },
  "tokens.revoke": async (t) => {
    const token = await createTokenFor(t.id, t.roles.user.userId);
    return { token: t.roles.admin.token, input: { id: token.id } };
  },
};

// Shopper cart edits are anonymous and high-volume and change no staff-managed data: they are not
// audited. Checkout is (order.place, see checkout.test.ts). Any other mutation must be.
const mutations = listProcedures().filter((p) => p.type === "mutation" && !p.meta?.storefront);

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
