import type { Prisma } from "../../db/generated/client";
import type { AuditFilter } from "./schemas";

export function auditWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.action) where.action = { startsWith: filter.action };
  if (filter.outcome) where.outcome = filter.outcome;
  if (filter.actor) where.actorLabel = { contains: filter.actor, mode: "insensitive" };
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: filter.from } : {}),
      // A date-only "to" means the whole day.
      ...(filter.to ? { lt: new Date(filter.to.getTime() + (isMidnight(filter.to) ? 86_400_000 : 1)) } : {}),
    };
  }
  return where;
}

function isMidnight(d: Date) {
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
}

export const auditSelect = {
  id: true,
  createdAt: true,
  action: true,
  outcome: true,
  actorLabel: true,
  actorUserId: true,
  actorTokenId: true,
  resourceType: true,
  resourceId: true,
  ip: true,
  userAgent: true,
  requestId: true,
  metadata: true,
} as const;
