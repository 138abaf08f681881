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
      it("A cannot read B's row, even by id", async () => {
        const db = delegate(forTenant(a.id), f.model);
        expect(await db.findUnique({ where: { id: bRows[table] } })).toBeNull();
        expect(await db.findMany({ where: { id: bRows[table] } })).toEqual([]);
        expect(await db.count({ where: { tenantId: b.id } })).toBe(0);
        // …while its own row is there.
        expect(await db.findUnique({ where: { id: aRows[table] } })).not.toBeNull();
      });

      it("A cannot change B's row", async () => {
        const db = delegate(forTenant(a.id), f.model);
        if (f.isAppendOnly) await expect(db.updateMany({ where: { id: bRows[table] }, data: f.update })).rejects.toThrow(/permission denied/);
        else expect((await db.updateMany({ where: { id: bRows[table] }, data: f.update })).count).toBe(0);
        await expect(db.update({ where: { id: bRows[table] }, data: f.update })).rejects.toThrow();
        const after = await delegate(ownerDb(), f.model).findUnique({ where: { id: bRows[table] } });
        const before = { ...(after as Record<string, unknown>) };
        for (const key of Object.keys(f.update)) expect(before[key]).not.toEqual(f.update[key]);
      });

      it("A cannot delete B's row", async () => {
        const db = delegate(forTenant(a.id), f.model);
        if (f.isAppendOnly) await expect(db.deleteMany({ where: { id: bRows[table] } })).rejects.toThrow(/permission denied/);
        else expect((await db.deleteMany({ where: { id: bRows[table] } })).count).toBe(0);
        await expect(db.delete({ where: { id: bRows[table] } })).rejects.toThrow();
        expect(await delegate(ownerDb(), f.model).findUnique({ where: { id: bRows[table] } })).not.toBeNull();
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
