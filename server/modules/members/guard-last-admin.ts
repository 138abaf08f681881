import type { TxClient } from "../../db/client";
import { AppError } from "../../errors";

/**
 * Refuses a change that would leave the tenant without an admin. Locks the admin memberships first,
 * so two admins demoting each other at the same moment cannot both succeed.
 */
export async function assertAnotherAdminRemains(tx: TxClient, tenantId: string, userId: string) {
  const admins = await tx.$queryRaw<Array<{ user_id: string }>>`
    SELECT user_id FROM memberships WHERE tenant_id = ${tenantId}::uuid AND role = 'admin' FOR UPDATE`;
  if (!admins.some((a) => a.user_id !== userId)) {
    throw new AppError("last_admin", "A tenant needs at least one admin: make someone else admin first.");
  }
}
