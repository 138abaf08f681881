import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTenant, ownerDb } from "../testing/db";
import { purgeExpiredCarts, purgeExpiredIdempotencyKeys } from "./index";

describe("maintenance jobs", () => {
  it("delete expired carts and idempotency keys in every tenant, and nothing else", async () => {
    const tenants = [await createTenant(), await createTenant()];
    const past = new Date(Date.now() - 1000);
    const future = new Date(Date.now() + 86_400_000);
    for (const t of tenants) {
      await ownerDb().cart.createMany({ data: [{ tenantId: t.id, expiresAt: past }, { tenantId: t.id, expiresAt: future }] });
      await ownerDb().idempotencyKey.createMany({
        data: [
          { tenantId: t.id, key: randomUUID(), requestHash: "0".repeat(64), expiresAt: past },
          { tenantId: t.id, key: randomUUID(), requestHash: "0".repeat(64), expiresAt: future },
        ],
      });
    }
    const carts = await purgeExpiredCarts.run();
    const keys = await purgeExpiredIdempotencyKeys.run();
    expect(carts.deleted).toBeGreaterThanOrEqual(2);
    expect(keys.deleted).toBeGreaterThanOrEqual(2);
    for (const t of tenants) {
      expect(await ownerDb().cart.findMany({ where: { tenantId: t.id }, select: { expiresAt: true } })).toEqual([{ expiresAt: future }]);
      expect(await ownerDb().idempotencyKey.count({ where: { tenantId: t.id } })).toBe(1);
    }
  });
});
