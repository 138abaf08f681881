import { z } from "zod";
import { orderStatusSchema } from "./schemas";

export const restOrdersQuery = z.object({
  status: orderStatusSchema.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const orderResource = z.object({
  id: z.uuid(),
  number: z.number().int(),
  status: orderStatusSchema,
  email: z.string(),
  currency: z.string().length(3),
  items: z.array(
    z.object({ product_id: z.uuid(), sku: z.string(), name: z.string(), unit_price: z.number(), quantity: z.number().int(), line_total: z.number() }),
  ),
  subtotal: z.number(),
  discount: z.number(),
  vat: z.number(),
  vat_rate: z.number(),
  total: z.number(),
  promo_code: z.string().nullable(),
  created_at: z.string(),
  paid_at: z.string().nullable(),
  fulfilled_at: z.string().nullable(),
  cancelled_at: z.string().nullable(),
});

export const orderListResource = z.object({ data: z.array(orderResource), total: z.number().int() });
