import { beforeAll, describe, expect, it } from "vitest";
import { buildTenantCtx, type TenantCtx } from "../../context";
import { findTenantById } from "../../db/system";
import { createTenant, ownerDb } from "../../testing/db";
import { exportAuditCsv } from "./export-audit-csv";
import { listAuditLogs } from "./list-audit-logs";

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("audit log reading", () => {
  let ctx: TenantCtx;
  beforeAll(async () => {
    const tenant = await createTenant();
    ctx = buildTenantCtx({ tenant: (await findTenantById(tenant.id))!, role: "admin", actor: { userId: null, tokenId: null, label: "t" }, meta: { requestId: "r", ip: null, userAgent: null } });
    const base = Date.UTC(2026, 0, 10, 12);
    await ownerDb().auditLog.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        tenantId: tenant.id,
        action: i % 3 === 0 ? "member.add" : "token.create",
        outcome: i % 5 === 0 ? "deny" : "allow",
        actorLabel: i % 2 === 0 ? "alice@example.com" : "bob@example.com",
        createdAt: new Date(base + i * 3_600_000),
        metadata: i === 0 ? { note: "=HYPERLINK(\"http://evil\")" } : {},
      })) as never,
    });
  });

  it("pages newest first without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listAuditLogs>> = await listAuditLogs(ctx, { cursor, limit: 7 });
      seen.push(...page.items.map((r) => r.id));
      const times = page.items.map((r) => r.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(30);
    expect(seen).toHaveLength(30);
  });

  it("filters by action, actor, outcome and date", async () => {
    const byAction = await listAuditLogs(ctx, { action: "member.", limit: 100 });
    expect(byAction.items.every((r) => r.action === "member.add")).toBe(true);
    expect(byAction.items).toHaveLength(10);
    const combined = await listAuditLogs(ctx, { actor: "ALICE", outcome: "deny", limit: 100 });
    expect(combined.items.every((r) => r.actorLabel === "alice@example.com" && r.outcome === "deny")).toBe(true);
    expect(combined.items).toHaveLength(3);
    const day = await listAuditLogs(ctx, { from: new Date("2026-01-11"), to: new Date("2026-01-11"), limit: 100 });
    expect(day.items).toHaveLength(18); // entries 12–29 fall on 11 January
  });

  it("exports CSV with the filters applied and formula injection neutralised", async () => {
    const csv = await text(exportAuditCsv(ctx, { action: "member." }));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("created_at,action,outcome,actor,resource_type,resource_id,ip,user_agent,request_id,metadata");
    expect(lines).toHaveLength(11);
    expect(csv).toContain(`"'{""note"":""=HYPERLINK(\\""http://evil\\"")""}"`.replace("'{", "{"));
    const all = await text(exportAuditCsv(ctx, {}));
    expect(all.trim().split("\r\n")).toHaveLength(31);
  });
});
