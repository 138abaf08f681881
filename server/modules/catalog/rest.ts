// The REST shape of products: snake_case, money as decimal major units plus the currency.
import { z } from "zod";
import { toMajor, toMinor } from "../money";
import { imageUrlSchema, productFields } from "./schemas";

const money = z.number().min(0).max(1_000_000).describe("Decimal amount in major units of the tenant's currency, e.g. 12.5");

export const restProductCreate = z.object({
  sku: productFields.sku,
  name: productFields.name,
  description: z.string().trim().max(5000).default(""),
  category: z.string().trim().max(80).default(""),
  price: money,
  stock: productFields.stock,
  image_url: imageUrlSchema.nullable().default(null),
  active: z.boolean().default(true),
});

export const restProductPatch = z
  .object({
    sku: productFields.sku.optional(),
    name: productFields.name.optional(),
    description: z.string().trim().max(5000).optional(),
    category: z.string().trim().max(80).optional(),
    price: money.optional(),
    image_url: imageUrlSchema.nullable().optional(),
    active: z.boolean().optional(),
    stock: productFields.stock.optional().describe("New absolute stock level; recorded in the audit log with stock_reason"),
    stock_reason: z.string().trim().min(3).max(500).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, "Send at least one field to change");

export const restProductQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(80).optional(),
  include_archived: z.enum(["true", "false"]).optional().transform((v) => v === "true"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const productResource = z.object({
  id: z.uuid(),
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  price: z.number(),
  currency: z.string().length(3),
  stock: z.number().int(),
  in_stock: z.boolean(),
  image_url: z.string().nullable(),
  active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const productListResource = z.object({ data: z.array(productResource), total: z.number().int() });

export function toProductResource(p: {
  id: string;
  sku: string;
  name: string;
  description: string;
  category: string;
  priceMinor: number;
  currency: string;
  stock: number;
  imageUrl: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}): z.infer<typeof productResource> {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    description: p.description,
    category: p.category,
    price: toMajor(p.priceMinor, p.currency),
    currency: p.currency,
    stock: p.stock,
    in_stock: p.stock > 0,
    image_url: p.imageUrl,
    active: p.active,
    created_at: p.createdAt.toISOString(),
    updated_at: p.updatedAt.toISOString(),
  };
}

/** Major → minor units for the tenant's currency, or a field error. */
export function priceToMinor(price: number, currency: string): number | { error: string } {
  const minor = toMinor(price, currency);
  return minor === null ? { error: `At most the currency's decimals (${currency})` } : minor;
}
