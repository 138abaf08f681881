// Guards the per-statement tenant design (tenant-pool.ts), which relies on pg's Query internals and
// on Prisma's request pipeline: two tenants interleaved over a small pool, thousands of operations,
// every one must see only its own tenant's rows, and cross-tenant writes must fail.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppClient, scopeClient } from "./client";
import { createTenant, ownerDb } from "../testing/db";

describe("tenant scope under concurrency", () => {
  const { client: base, pool } = createAppClient(process.env.APP_DATABASE_URL!, 3);
  const tenants: Array<{ id: string; domainIds: string[] }> = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const t = await createTenant();
      const domainIds: string[] = [];
      for (let j = 0; j < 5; j++) {
        domainIds.push((await ownerDb().tenantDomain.create({ data: { tenantId: t.id, host: `${randomUUID()}.stress.test` } })).id);
      }
      tenants.push({ id: t.id, domainIds });
    }
  });
  afterAll(async () => {
    await base.$disconnect();
    await pool.end().catch(() => {});
  });

  it("4,000 interleaved operations over a pool of 3 each see only their tenant", async () => {
    const violations: string[] = [];
    const ops: Array<Promise<void>> = [];
    for (let i = 0; i < 4000; i++) {
      const me = tenants[i % 2]!;
      const other = tenants[(i + 1) % 2]!;
      const db = scopeClient(base, me.id);
      const kind = i % 4;
      ops.push(
        (async () => {
          if (kind === 0) {
            const rows = await db.tenantDomain.findMany({ select: { tenantId: true } });
            if (rows.length !== 5 || rows.some((r) => r.tenantId !== me.id)) violations.push(`findMany ${i}`);
          } else if (kind === 1) {
            // Same-tick findUnique calls of both tenants: Prisma would batch these into one statement.
            const own = await db.tenantDomain.findUnique({ where: { id: me.domainIds[i % 5]! } });
            if (!own || own.tenantId !== me.id) violations.push(`findUnique own ${i}`);
          } else if (kind === 2) {
            const foreign = await db.tenantDomain.findUnique({ where: { id: other.domainIds[i % 5]! } });
            if (foreign) violations.push(`findUnique foreign ${i}`);
          } else {
            const n = await db.tenantDomain.count();
            if (n !== 5) violations.push(`count ${i}: ${n}`);
          }
        })(),
      );
    }
    await Promise.all(ops);
    expect(violations).toEqual([]);
  });

  it("cross-tenant inserts fail under concurrency and nothing leaks in", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => {
        const me = tenants[i % 2]!;
        const other = tenants[(i + 1) % 2]!;
        return scopeClient(base, me.id).tenantDomain.create({ data: { tenantId: other.id, host: `${randomUUID()}.evil.test` } });
      }),
    );
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect(await ownerDb().tenantDomain.count({ where: { host: { endsWith: ".evil.test" } } })).toBe(0);
  });

  it("a negative control: without the scope, queries see nothing", async () => {
    const rows = await Promise.all(tenants.map(() => base.tenantDomain.findMany()));
    expect(rows.flat()).toEqual([]);
  });
});
