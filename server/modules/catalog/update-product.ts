import type { TenantCtx } from "../../context";
import { AppError, prismaErrorCode } from "../../errors";
import { productSelect } from "./product-select";
import { updateProductInput, type UpdateProductInput } from "./schemas";

/** Edits product details. Stock changes go through adjustStock, which needs a reason. */
export async function updateProduct(ctx: TenantCtx, rawInput: UpdateProductInput) {
  const { id, ...changes } = updateProductInput.parse(rawInput);
  try {
    return await ctx.mutate(
      async (tx) => {
        const before = await tx.product.findFirst({ where: { id }, select: productSelect });
        if (!before) throw new AppError("not_found", "No such product.");
        const after = await tx.product.update({ where: { id }, data: changes, select: productSelect });
        const changed = Object.fromEntries(
          Object.keys(changes)
            .filter((k) => before[k as keyof typeof before] !== after[k as keyof typeof after])
            .map((k) => [k, { from: before[k as keyof typeof before], to: after[k as keyof typeof after] }]),
        );
        return { product: after, changed };
      },
      (r) => ({ action: changes.active === false ? "product.archive" : "product.update", resourceType: "product", resourceId: id, metadata: { changed: r.changed } }),
    ).then((r) => r.product);
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new AppError("conflict", "Another product already uses that SKU.", { issues: [{ path: "sku", message: "Already used by another product" }] });
    throw error;
  }
}

/** Archiving hides a product from the store; orders keep referring to it. */
export function archiveProduct(ctx: TenantCtx, id: string) {
  return updateProduct(ctx, { id, active: false });
}
