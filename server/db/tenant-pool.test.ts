import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppClient, scopeClient, withTenantTx } from "./client";
import { createTenant, ownerDb } from "../testing/db";

describe("tenant-scoped statements", () => {
  const { client: base, pool } = createAppClient(process.env.APP_DATABASE_URL!, 3);
  let tenantA: { id: string; slug: string };
  let tenantB: { id: string; slug: string };

  beforeAll(async () => {
    tenantA = await createTenant();
    tenantB = await createTenant();
    await ownerDb().tenantDomain.createMany({
      data: [
        { tenantId: tenantA.id, host: `${tenantA.slug}.shop.test` },
        { tenantId: tenantB.id, host: `${tenantB.slug}.shop.test` },
      ],
    });
  });
  afterAll(async () => {
    await base.$disconnect();
    await pool.end().catch(() => {});
  });

  it("sees only its own tenant's rows", async () => {
    const a = scopeClient(base, tenantA.id);
    const rows = await a.tenantDomain.findMany();
    expect(rows.map((r) => r.tenantId)).toEqual([tenantA.id]);
  });

  it("sees nothing without a tenant", async () => {
    expect(await base.tenantDomain.findMany()).toEqual([]);
  });

  it("does not leave the tenant on the connection", async () => {
    const a = scopeClient(base, tenantA.id);
    for (let i = 0; i < 5; i++) await a.tenantDomain.count();
    const rows = await base.$queryRaw<Array<{ t: string | null }>>`SELECT current_setting('app.tenant_id', true) AS t`;
    expect(rows[0]?.t ?? "").toBe("");
  });

  it("reports statement errors without breaking the pool", async () => {
    const a = scopeClient(base, tenantA.id);
    await expect(a.$queryRaw`SELECT * FROM no_such_table`).rejects.toThrow();
    expect(await a.tenantDomain.count()).toBe(1);
  });

  it("withTenantTx sets the tenant once for the whole transaction", async () => {
    const count = await withTenantTx(tenantB.id, async (tx) => tx.tenantDomain.count());
    expect(count).toBe(1);
  });
});
