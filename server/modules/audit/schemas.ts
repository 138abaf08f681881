import { z } from "zod";

export const auditFilterSchema = z.object({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(200).optional(),
  outcome: z.enum(["allow", "deny"]).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export const listAuditInput = auditFilterSchema.extend({
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
export type ListAuditInput = z.input<typeof listAuditInput>;
