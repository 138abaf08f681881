// Writing audit rows. Allowed mutations write theirs inside the mutation's transaction
// (TenantCtx.mutate); refusals are written on their own (recordDenial), since nothing else commits.
import { withTenantTx, type TxClient } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import type { RequestMeta } from "../../auth/request-meta";
import { errorFields, log } from "../../platform/log";

export interface AuditEntry {
  action: string;
  resourceType?: string;
  resourceId?: string | null;
  metadata?: Record<string, unknown>;
}

interface AuditActor {
  userId: string | null;
  tokenId: string | null;
  label: string;
}

export async function recordAudit(
  tx: TxClient,
  who: { tenantId: string; actor: AuditActor; meta: RequestMeta },
  entry: AuditEntry,
  outcome: "allow" | "deny" = "allow",
) {
  await tx.auditLog.create({
    data: {
      tenantId: who.tenantId,
      actorUserId: who.actor.userId,
      actorTokenId: who.actor.tokenId,
      actorLabel: who.actor.label,
      action: entry.action,
      resourceType: entry.resourceType ?? null,
      resourceId: entry.resourceId ?? null,
      outcome,
      ip: who.meta.ip,
      userAgent: who.meta.userAgent,
      requestId: who.meta.requestId,
      metadata: (entry.metadata ?? {}) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
}

/** A refused request, logged in the tenant it tried to reach. Never throws: a denial must still be answered. */
export async function recordDenial(
  tenantId: string,
  actor: AuditActor,
  meta: RequestMeta,
  entry: AuditEntry,
): Promise<void> {
  try {
    await withTenantTx(tenantId, (tx) => recordAudit(tx, { tenantId, actor, meta }, entry, "deny"));
  } catch (error) {
    log.error("audit denial not recorded", { requestId: meta.requestId, ...errorFields(error) });
  }
}
