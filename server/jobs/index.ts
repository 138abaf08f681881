// Maintenance jobs the worker runs periodically. Each visits every tenant through the
// tenant-scoped client, so even housekeeping never reads across tenants.
import { forTenant } from "../db/client";
import { listTenantIds } from "../db/system";

export interface MaintenanceJob {
  name: string;
  run(): Promise<Record<string, unknown>>;
}

async function perTenant(fn: (db: ReturnType<typeof forTenant>) => Promise<number>) {
  let total = 0;
  const tenants = await listTenantIds();
  for (const id of tenants) total += await fn(forTenant(id));
  return { tenants: tenants.length, deleted: total };
}

export const purgeExpiredCarts: MaintenanceJob = {
  name: "purge-expired-carts",
  run: () => perTenant(async (db) => (await db.cart.deleteMany({ where: { expiresAt: { lte: new Date() } } })).count),
};

export const purgeExpiredIdempotencyKeys: MaintenanceJob = {
  name: "purge-expired-idempotency-keys",
  run: () => perTenant(async (db) => (await db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: new Date() } } })).count),
};

export const maintenanceJobs: MaintenanceJob[] = [purgeExpiredCarts, purgeExpiredIdempotencyKeys];
