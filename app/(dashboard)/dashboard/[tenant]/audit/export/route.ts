import { exportAuditCsv, auditFilterSchema } from "@/server/modules/audit";
import { tenantRoute } from "@/server/rest/handler";

// CSV download for the dashboard (session cookie; GET only, so no cross-site writes).
export const GET = tenantRoute({ permission: "audit.read", allowSession: true }, async ({ req, ctx }) => {
  const url = new URL(req.url);
  const parsed = auditFilterSchema.safeParse(Object.fromEntries([...url.searchParams].filter(([, v]) => v !== "")));
  const filter = parsed.success ? parsed.data : {};
  const stamp = new Date().toISOString().slice(0, 10);
  // Exports leave the system: they are audited like changes.
  await ctx.mutate(async () => null, { action: "audit.export", metadata: { filter } });
  return new Response(exportAuditCsv(ctx, filter), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${ctx.tenant.slug}-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
});
