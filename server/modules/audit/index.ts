export { recordAudit, recordDenial } from "./record";
export type { AuditEntry } from "./record";
export { listAuditLogs } from "./list-audit-logs";
export { exportAuditCsv, AUDIT_EXPORT_MAX_ROWS } from "./export-audit-csv";
export { auditFilterSchema, listAuditInput } from "./schemas";
export type { AuditFilter, ListAuditInput } from "./schemas";
