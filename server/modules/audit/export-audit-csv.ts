import type { TenantCtx } from "../../context";
import { auditSelect, auditWhere } from "./filter";
import type { AuditFilter } from "./schemas";

const COLUMNS = ["created_at", "action", "outcome", "actor", "resource_type", "resource_id", "ip", "user_agent", "request_id", "metadata"] as const;
const BATCH = 1000;
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = typeof value === "string" ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  // Spreadsheet formula injection: cells starting with these are read as formulas.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The filtered audit log as CSV, streamed in batches (newest first). */
export function exportAuditCsv(ctx: TenantCtx, filter: AuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const where = auditWhere(filter);
  let cursor: { createdAt: Date; id: string } | null = null;
  let sent = 0;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(COLUMNS.join(",") + "\r\n"));
        return;
      }
      const rows: Array<Awaited<ReturnType<typeof ctx.db.auditLog.findMany<{ select: typeof auditSelect }>>>[number]> =
        await ctx.db.auditLog.findMany({
          where: cursor
            ? { AND: [where, { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }] }
            : where,
          select: auditSelect,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: Math.min(BATCH, AUDIT_EXPORT_MAX_ROWS - sent),
        });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const text = rows
        .map((r) =>
          [r.createdAt, r.action, r.outcome, r.actorLabel, r.resourceType, r.resourceId, r.ip, r.userAgent, r.requestId, r.metadata]
            .map(csvCell)
            .join(","),
        )
        .join("\r\n");
      controller.enqueue(encoder.encode(text + "\r\n"));
      sent += rows.length;
      cursor = rows[rows.length - 1]!;
      if (rows.length < BATCH || sent >= AUDIT_EXPORT_MAX_ROWS) controller.close();
    },
  });
}
