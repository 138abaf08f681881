import type { TenantCtx } from "../../context";
import { AppError } from "../../errors";
import { auditSelect, auditWhere } from "./filter";
import { listAuditInput, type ListAuditInput } from "./schemas";

// Keyset pagination on (created_at DESC, id DESC): stable while new rows arrive.
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [ms, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(Number(ms));
  if (!id || Number.isNaN(createdAt.getTime())) throw new AppError("validation_failed", "Invalid cursor.");
  return { createdAt, id };
}

function encodeCursor(row: { createdAt: Date; id: string }) {
  return Buffer.from(`${row.createdAt.getTime()}|${row.id}`).toString("base64url");
}

export async function listAuditLogs(ctx: TenantCtx, rawInput: ListAuditInput) {
  const input = listAuditInput.parse(rawInput);
  const where = auditWhere(input);
  if (input.cursor) {
    const c = decodeCursor(input.cursor);
    where.OR = [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }];
  }
  const rows = await ctx.db.auditLog.findMany({
    where,
    select: auditSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
  });
  const items = rows.slice(0, input.limit);
  const hasMore = rows.length > input.limit;
  return { items, nextCursor: hasMore ? encodeCursor(items[items.length - 1]!) : null };
}
