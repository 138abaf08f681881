// Product schemas, shared by tRPC, REST and the dashboard forms.
import { z } from "zod";

/** An absolute http(s) URL, or a path on this site (/products/laptop.svg). */
export const imageUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => (v.startsWith("/") && !v.startsWith("//")) || /^https?:\/\/[^\s]+$/.test(v), "An http(s) URL or a /path");

export const productFields = {
  sku: z.string().trim().min(1, "SKU is required").max(64).regex(/^[A-Za-z0-9._-]+$/, "Letters, digits, . _ - only"),
  name: z.string().trim().min(1, "Name is required").max(200),
  description: z.string().trim().max(5000).default(""),
  category: z.string().trim().max(80).default(""),
  priceMinor: z.number().int("Whole minor units (cents)").min(0, "Price cannot be negative").max(100_000_000),
  stock: z.number().int().min(0, "Stock cannot be negative").max(10_000_000),
  imageUrl: imageUrlSchema.nullable().default(null),
  active: z.boolean().default(true),
};

export const createProductInput = z.object(productFields);
export const updateProductInput = z.object({
  id: z.uuid(),
  sku: productFields.sku.optional(),
  name: productFields.name.optional(),
  description: z.string().trim().max(5000).optional(),
  category: z.string().trim().max(80).optional(),
  priceMinor: productFields.priceMinor.optional(),
  imageUrl: imageUrlSchema.nullable().optional(),
  active: z.boolean().optional(),
});

export const adjustStockInput = z.object({
  id: z.uuid(),
  delta: z.number().int().min(-10_000_000).max(10_000_000).refine((d) => d !== 0, "Change the stock by at least 1"),
  reason: z.string().trim().min(3, "Say why (at least 3 characters)").max(500),
});

export const productIdInput = z.object({ id: z.uuid() });

export const listProductsInput = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(80).optional(),
  includeArchived: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).max(100_000).default(0),
});

export type CreateProductInput = z.input<typeof createProductInput>;
export type UpdateProductInput = z.input<typeof updateProductInput>;
export type AdjustStockInput = z.infer<typeof adjustStockInput>;
export type ListProductsInput = z.input<typeof listProductsInput>;
