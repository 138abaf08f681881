import type { TenantCtx } from "../../context";
import { AppError } from "../../errors";
import type { AdjustStockInput } from "./schemas";

/** A stock correction with its reason; atomic, and never below zero (the CHECK constraint agrees). */
export async function adjustStock(ctx: TenantCtx, input: AdjustStockInput) {
  return ctx.mutate(
    async (tx) => {
      const rows = await tx.$queryRaw<Array<{ stock: number }>>`
        UPDATE products SET stock = stock + ${input.delta}, updated_at = now()
        WHERE id = ${input.id}::uuid AND stock + ${input.delta} >= 0
        RETURNING stock`;
      if (rows.length === 0) {
        const exists = await tx.product.findFirst({ where: { id: input.id }, select: { stock: true } });
        if (!exists) throw new AppError("not_found", "No such product.");
        throw new AppError("validation_failed", `Stock would go below zero (it is ${exists.stock}).`, { issues: [{ path: "delta", message: `At most −${exists.stock}` }] });
      }
      return { id: input.id, stock: rows[0]!.stock };
    },
    (r) => ({ action: "product.stock_adjust", resourceType: "product", resourceId: input.id, metadata: { delta: input.delta, reason: input.reason, stock: r.stock } }),
  );
}
