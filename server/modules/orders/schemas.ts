import { z } from "zod";

export const orderStatusSchema = z.enum(["pending", "paid", "fulfilled", "cancelled"]);

export const listOrdersInput = z.object({
  status: orderStatusSchema.optional(),
  q: z.string().trim().max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.number().int().min(1).max(200).default(25),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});

export const orderIdInput = z.object({ id: z.uuid() });
export const cancelOrderInput = z.object({ id: z.uuid(), reason: z.string().trim().max(500).optional() });

export type ListOrdersInput = z.input<typeof listOrdersInput>;
