import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { forTenant, withTenantTx } from "./client";
import { buildTenantCtx } from "../context";
import { createTenant, ownerDb } from "../testing/db";

describe("tenant transactions", () => {
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it("roll back every step of a failing multi-step write", async () => {
    const host = `${randomUUID()}.rollback.test`;
    await expect(
      withTenantTx(tenant.id, async (tx) => {
        await tx.tenantDomain.create({ data: { tenantId: tenant.id, host } });
        await tx.tenantDomain.create({ data: { tenantId: tenant.id, host: `second-${host}` } });
        throw new Error("boom after two writes");
      }),
    ).rejects.toThrow("boom");
    expect(await ownerDb().tenantDomain.count({ where: { host: { endsWith: host } } })).toBe(0);
  });

  it("roll back the write when a later statement fails in the database", async () => {
    const host = `${randomUUID()}.rollback.test`;
    await expect(
      withTenantTx(tenant.id, async (tx) => {
        await tx.tenantDomain.create({ data: { tenantId: tenant.id, host } });
        await tx.tenantDomain.create({ data: { tenantId: tenant.id, host } }); // unique violation
      }),
    ).rejects.toThrow();
    expect(await ownerDb().tenantDomain.count({ where: { host } })).toBe(0);
  });

  it("mutate() commits the change and its audit row together, or neither", async () => {
    const ctx = buildTenantCtx({
      tenant,
      role: "admin",
      actor: { userId: null, tokenId: null, label: "test" },
      meta: { requestId: randomUUID(), ip: null, userAgent: null },
    });
    const host = `${randomUUID()}.audit.test`;
    await expect(
      ctx.mutate(
        async (tx) => {
          await tx.tenantDomain.create({ data: { tenantId: tenant.id, host } });
          return { id: "x" };
        },
        () => {
          throw new Error("audit entry could not be built");
        },
      ),
    ).rejects.toThrow();
    expect(await ownerDb().tenantDomain.count({ where: { host } })).toBe(0);

    await ctx.mutate((tx) => tx.tenantDomain.create({ data: { tenantId: tenant.id, host } }), { action: "domain.add" });
    expect(await ownerDb().tenantDomain.count({ where: { host } })).toBe(1);
    expect(await ownerDb().auditLog.count({ where: { tenantId: tenant.id, action: "domain.add", requestId: ctx.meta.requestId } })).toBe(1);
  });

  it("refuses $transaction on the scoped client, which would not be atomic", () => {
    const db = forTenant(tenant.id) as unknown as { $transaction: (fn: unknown) => unknown };
    expect(() => db.$transaction(async () => {})).toThrow(/not atomic/);
  });
});
