import { createTRPCRouter, permitted } from "../../trpc";
import { listAuditLogs } from "./list-audit-logs";
import { listAuditInput } from "./schemas";

export const auditRouter = createTRPCRouter({
  list: permitted("audit.read").input(listAuditInput).query(({ ctx, input }) => listAuditLogs(ctx.t, input)),
});
