// Tenant isolation at the database layer, for every table with tenant_id: tenant A's scoped client
// cannot read, change or delete tenant B's rows even naming them by id, cannot write rows for B,
// and without a tenant nothing is visible. A table missing from `fixtures` fails the first test.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { appBaseClient, forTenant } from "./client";
import { createMember, createTenant, ownerDb, rawClient } from "../testing/db";
import { createTokenFor } from "../testing/tenants";

type Delegate = {
  findUnique(args: unknown): Promise<unknown>;
  findFirst(args: unknown): Promise<unknown>;
  findMany(args: unknown): Promise<unknown[]>;
  count(args?: unknown): Promise<number>;
  update(args: unknown): Promise<unknown>;
  updateMany(args: unknown): Promise<{ count: number }>;
  delete(args: unknown): Promise<unknown>;
  deleteMany(args: unknown): Promise<{ count: number }>;
  create(args: unknown): Promise<unknown>;
};

interface TableFixture {
  model: string;
  /** Creates a row for the tenant as the owner; returns its id. */
  seed(tenantId: string): Promise<string>;
  /** A valid create payload for the tenant (used to try writing into another tenant). */
  createData(tenantId: string): Promise<Record<string, unknown>>;
  update: Record<string, unknown>;
  /** UPDATE/DELETE are not granted at all (stronger than RLS): expect a privilege error instead. */
  isAppendOnly?: boolean;
  /** DELETE is not granted (orders are cancelled, never deleted). */
  isUndeletable?: boolean;
  /** The primary key field, when it is not `id`. */
  idField?: string;
}

async function seedProduct(tenantId: string) {
  return ownerDb().product.create({ data: { tenantId, sku: `ISO-${randomUUID().slice(0, 8)}`, name: "Iso", priceMinor: 100, currency: "EUR", stock: 5 } });
}
async function seedCart(tenantId: string) {
  return ownerDb().cart.create({ data: { tenantId, expiresAt: new Date(Date.now() + 86_400_000) } });
}
async function seedOrder(tenantId: string) {
  const number = 100_000 + Math.floor(Math.random() * 1_000_000);
  return ownerDb().order.create({
    data: { tenantId, number, email: "iso@example.test", currency: "EUR", subtotalMinor: 100, discountMinor: 0, vatMinor: 20, totalMinor: 120, vatRateBps: 2000, accessKey: randomUUID() },
  });
}

export const fixtures: Record<string, TableFixture> = {
  tenant_domains: {
    model: "tenantDomain",
    seed: async (tenantId) => (await ownerDb().tenantDomain.create({ data: { tenantId, host: `${randomUUID()}.shop.test` } })).id,
    createData: async (tenantId) => ({ tenantId, host: `${randomUUID()}.shop.test` }),
    update: { verified: true },
  },
  memberships: {
    model: "membership",
    seed: async (tenantId) => {
      const user = await createMember(tenantId, "user");
      return (await ownerDb().membership.findFirstOrThrow({ where: { tenantId, userId: user.id } })).id;
    },
    createData: async (tenantId) => {
      const user = await ownerDb().user.create({ data: { email: `${randomUUID()}@example.test`, name: "x" } });
      return { tenantId, userId: user.id, role: "admin" };
    },
    update: { role: "admin" },
  },
  api_tokens: {
    model: "apiToken",
    seed: async (tenantId) => {
      const user = await createMember(tenantId, "admin");
      return (await createTokenFor(tenantId, user.id)).id;
    },
    createData: async (tenantId) => {
      const user = await createMember(tenantId, "admin");
      return { tenantId, userId: user.id, name: "stolen", prefix: "sf_x", tokenHash: randomUUID().replace(/-/g, "").padEnd(64, "0") };
    },
    update: { revokedAt: new Date() },
  },
  audit_logs: {
    model: "auditLog",
    seed: async (tenantId) =>
      (await ownerDb().auditLog.create({ data: { tenantId, action: "test.seed", outcome: "allow" } })).id,
    createData: async (tenantId) => ({ tenantId, action: "forged", outcome: "allow" }),
    update: { action: "tampered" },
    isAppendOnly: true,
  },
  products: {
    model: "product",
    seed: async (tenantId) => (await seedProduct(tenantId)).id,
    createData: async (tenantId) => ({ tenantId, sku: `X-${randomUUID().slice(0, 8)}`, name: "Planted", priceMinor: 1, currency: "EUR", stock: 1 }),
    update: { priceMinor: 1 },
  },
  carts: {
    model: "cart",
    seed: async (tenantId) => (await seedCart(tenantId)).id,
    createData: async (tenantId) => ({ tenantId, expiresAt: new Date(Date.now() + 1000) }),
    update: { expiresAt: new Date(0) },
  },
  cart_items: {
    model: "cartItem",
    seed: async (tenantId) => {
      const [cart, product] = [await seedCart(tenantId), await seedProduct(tenantId)];
      return (await ownerDb().cartItem.create({ data: { tenantId, cartId: cart.id, productId: product.id, quantity: 1 } })).id;
    },
    createData: async (tenantId) => {
      const [cart, product] = [await seedCart(tenantId), await seedProduct(tenantId)];
      return { tenantId, cartId: cart.id, productId: product.id, quantity: 2 };
    },
    update: { quantity: 9 },
  },
  promo_codes: {
    model: "promoCode",
    seed: async (tenantId) => (await ownerDb().promoCode.create({ data: { tenantId, code: `ISO${randomUUID().slice(0, 6).replace(/-/g, "").toUpperCase()}`, percentOff: 10 } })).id,
    createData: async (tenantId) => ({ tenantId, code: `EVIL${randomUUID().slice(0, 6).replace(/-/g, "").toUpperCase()}`, percentOff: 100 }),
    update: { percentOff: 100 },
  },
  orders: {
    model: "order",
    seed: async (tenantId) => (await seedOrder(tenantId)).id,
    createData: async (tenantId) => ({ tenantId, number: 999_999_0 + Math.floor(Math.random() * 9), email: "x@example.test", currency: "EUR", subtotalMinor: 0, discountMinor: 0, vatMinor: 0, totalMinor: 0, vatRateBps: 0, accessKey: "k" }),
    update: { status: "paid" },
    isUndeletable: true,
  },
  order_items: {
    model: "orderItem",
    seed: async (tenantId) => {
      const [order, product] = [await seedOrder(tenantId), await seedProduct(tenantId)];
      return (await ownerDb().orderItem.create({ data: { tenantId, orderId: order.id, productId: product.id, sku: product.sku, name: "Iso", unitPriceMinor: 100, quantity: 1, lineTotalMinor: 100 } })).id;
    },
    createData: async (tenantId) => {
      const [order, product] = [await seedOrder(tenantId), await seedProduct(tenantId)];
      return { tenantId, orderId: order.id, productId: product.id, sku: "X", name: "X", unitPriceMinor: 1, quantity: 1, lineTotalMinor: 1 };
    },
    update: { unitPriceMinor: 1, lineTotalMinor: 1 },
    isAppendOnly: true,
  },
  order_counters: {
    model: "orderCounter",
    idField: "tenantId",
    seed: async (tenantId) => (await ownerDb().orderCounter.create({ data: { tenantId, lastNumber: 1000 } })).tenantId,
    createData: async (tenantId) => ({ tenantId, lastNumber: 5 }),
    update: { lastNumber: 1 },
    isUndeletable: true,
  },
  idempotency_keys: {
    model: "idempotencyKey",
    seed: async (tenantId) =>
      (await ownerDb().idempotencyKey.create({ data: { tenantId, key: randomUUID(), requestHash: "0".repeat(64), expiresAt: new Date(Date.now() + 86_400_000) } })).id,
    createData: async (tenantId) => ({ tenantId, key: randomUUID(), requestHash: "1".repeat(64), expiresAt: new Date(Date.now() + 1000) }),
    update: { completed: true },
  },
};

function delegate(client: unknown, model: string): Delegate {
  return (client as Record<string, Delegate>)[model]!;
}

describe("tenant isolation in the database", () => {
  let a: { id: string };
  let b: { id: string };
  const bRows: Record<string, string> = {};
  const aRows: Record<string, string> = {};

  beforeAll(async () => {
    a = await createTenant();
    b = await createTenant();
    for (const [table, f] of Object.entries(fixtures)) {
      aRows[table] = await f.seed(a.id);
      bRows[table] = await f.seed(b.id);
    }
  });

  it("covers every table that has tenant_id", async () => {
    const owner = await rawClient("owner");
    const { rows } = await owner.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' ORDER BY 1`,
    );
    await owner.end();
    expect(rows.map((r) => r.table_name).sort()).toEqual(Object.keys(fixtures).sort());
  });

  for (const [table, f] of Object.entries(fixtures)) {
    describe(table, () => {
      const key = f.idField ?? "id";
      const byId = (id: string | undefined) => ({ [key]: id });

      it("A cannot read B's row, even by id", async () => {
        const db = delegate(forTenant(a.id), f.model);
        expect(await db.findUnique({ where: byId(bRows[table]) })).toBeNull();
        expect(await db.findMany({ where: byId(bRows[table]) })).toEqual([]);
        expect(await db.count({ where: { tenantId: b.id } })).toBe(0);
        // …while its own row is there.
        expect(await db.findUnique({ where: byId(aRows[table]) })).not.toBeNull();
      });

      it("A cannot change B's row", async () => {
        const db = delegate(forTenant(a.id), f.model);
        if (f.isAppendOnly) await expect(db.updateMany({ where: byId(bRows[table]), data: f.update })).rejects.toThrow(/permission denied/);
        else expect((await db.updateMany({ where: byId(bRows[table]), data: f.update })).count).toBe(0);
        await expect(db.update({ where: byId(bRows[table]), data: f.update })).rejects.toThrow();
        const after = await delegate(ownerDb(), f.model).findUnique({ where: byId(bRows[table]) });
        const before = { ...(after as Record<string, unknown>) };
        for (const key of Object.keys(f.update)) expect(before[key]).not.toEqual(f.update[key]);
      });

      it("A cannot delete B's row", async () => {
        const db = delegate(forTenant(a.id), f.model);
        if (f.isAppendOnly || f.isUndeletable) await expect(db.deleteMany({ where: byId(bRows[table]) })).rejects.toThrow(/permission denied/);
        else expect((await db.deleteMany({ where: byId(bRows[table]) })).count).toBe(0);
        await expect(db.delete({ where: byId(bRows[table]) })).rejects.toThrow();
        expect(await delegate(ownerDb(), f.model).findUnique({ where: byId(bRows[table]) })).not.toBeNull();
      });

      it("A cannot create a row that belongs to B", async () => {
        const db = delegate(forTenant(a.id), f.model);
        const data = await f.createData(b.id);
        await expect(db.create({ data })).rejects.toThrow();
        expect(await delegate(ownerDb(), f.model).count({ where: data })).toBe(0);
      });

      it("without a tenant nothing is visible", async () => {
        expect(await delegate(appBaseClient(), f.model).count()).toBe(0);
      });
    });
  }
});

describe("the app role cannot switch row-level security off", () => {
  let app: pg.Client;
  beforeAll(async () => {
    app = await rawClient("app");
  });
  afterAll(() => app.end());

  it("cannot disable row security for its session", async () => {
    await app.query("SET row_security = off");
    await expect(app.query("SELECT count(*) FROM memberships")).rejects.toThrow(/row-level security/);
    await app.query("RESET row_security");
  });

  it("cannot alter the policies or the tables", async () => {
    await expect(app.query("ALTER TABLE memberships DISABLE ROW LEVEL SECURITY")).rejects.toThrow(/owner/);
    await expect(app.query("ALTER TABLE memberships NO FORCE ROW LEVEL SECURITY")).rejects.toThrow(/owner/);
    await expect(app.query("DROP POLICY tenant_isolation ON memberships")).rejects.toThrow(/owner/);
  });

  it("cannot become another role", async () => {
    await expect(app.query("SET ROLE postgres")).rejects.toThrow(/permission denied/);
    await expect(app.query("SET SESSION AUTHORIZATION postgres")).rejects.toThrow(/permission denied/);
  });

  it("an empty or unset tenant matches nothing", async () => {
    await app.query("SELECT set_config('app.tenant_id', '', false)");
    expect((await app.query("SELECT count(*)::int AS n FROM memberships")).rows[0].n).toBe(0);
    await app.query("RESET app.tenant_id");
    expect((await app.query("SELECT count(*)::int AS n FROM api_tokens")).rows[0].n).toBe(0);
  });
});
