import type { TenantCtx } from "../../context";
import { AppError, prismaErrorCode } from "../../errors";
import { productSelect } from "./product-select";
import { createProductInput, type CreateProductInput } from "./schemas";

export async function createProduct(ctx: TenantCtx, rawInput: CreateProductInput) {
  const input = createProductInput.parse(rawInput);
  try {
    return await ctx.mutate(
      (tx) => tx.product.create({ data: { ...input, tenantId: ctx.tenant.id, currency: ctx.tenant.currency }, select: productSelect }),
      (p) => ({ action: "product.create", resourceType: "product", resourceId: p.id, metadata: { sku: p.sku, priceMinor: p.priceMinor, stock: p.stock } }),
    );
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new AppError("conflict", `A product with SKU ${input.sku} already exists.`, { issues: [{ path: "sku", message: "Already used by another product" }] });
    throw error;
  }
}
