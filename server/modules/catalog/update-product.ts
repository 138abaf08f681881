import type { TenantCtx } from "../../context";
import { AppError, prismaErrorCode } from "../../errors";
import { recordAudit } from "../audit";
import { productSelect } from "./product-select";
import { updateProductInput, type UpdateProductInput } from "./schemas";

/**
 * Detail changes and, optionally, an absolute stock level (the REST PATCH), in one transaction,
 * each with its own audit row (product.update / product.archive, product.stock_adjust with the
 * reason). All or nothing. Stock corrections from the dashboard go through adjustStock.
 */
export async function patchProduct(ctx: TenantCtx, id: string, changes: Omit<UpdateProductInput, "id">, stock?: { value: number; reason: string }) {
  const who = { tenantId: ctx.tenant.id, actor: ctx.actor, meta: ctx.meta };
  try {
    return await ctx.tx(async (tx) => {
      const before = await tx.product.findFirst({ where: { id }, select: productSelect });
      if (!before) throw new AppError("not_found", "No such product.");
      if (Object.keys(changes).length) {
        const after = await tx.product.update({ where: { id }, data: changes, select: productSelect });
        const changed = Object.fromEntries(
          (Object.keys(changes) as Array<keyof typeof before>)
            .filter((k) => before[k] !== after[k])
            .map((k) => [k, { from: before[k], to: after[k] }]),
        );
        await recordAudit(tx, who, { action: changes.active === false ? "product.archive" : "product.update", resourceType: "product", resourceId: id, metadata: { changed } });
      }
      if (stock) {
        await tx.$executeRaw`UPDATE products SET stock = ${stock.value}, updated_at = now() WHERE id = ${id}::uuid`;
        await recordAudit(tx, who, { action: "product.stock_adjust", resourceType: "product", resourceId: id, metadata: { delta: stock.value - before.stock, stock: stock.value, reason: stock.reason } });
      }
      return tx.product.findFirstOrThrow({ where: { id }, select: productSelect });
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new AppError("conflict", "Another product already uses that SKU.", { issues: [{ path: "sku", message: "Already used by another product" }] });
    throw error;
  }
}

export async function updateProduct(ctx: TenantCtx, rawInput: UpdateProductInput) {
  const { id, ...changes } = updateProductInput.parse(rawInput);
  return patchProduct(ctx, id, changes);
}

/** Archiving hides a product from the store; orders keep referring to it. */
export function archiveProduct(ctx: TenantCtx, id: string) {
  return patchProduct(ctx, id, { active: false });
}
