import type { TenantCtx } from "../../context";
import { AppError, prismaErrorCode } from "../../errors";
import { recordAudit } from "../audit";
import { productSelect } from "./product-select";
import type { UpdateProductInput } from "./schemas";

/**
 * The REST PATCH: detail changes and an absolute stock level in one transaction, each with its own
 * audit row (product.update, product.stock_adjust with the reason). All or nothing.
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
          Object.keys(changes)
            .filter((k) => before[k as keyof typeof before] !== after[k as keyof typeof after])
            .map((k) => [k, { from: before[k as keyof typeof before], to: after[k as keyof typeof after] }]),
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
