import type { ScopedClient } from "../../db/client";
import { AppError } from "../../errors";
import { productSelect } from "./product-select";

export async function getProduct(db: ScopedClient, id: string, audience: "staff" | "shopper" = "staff") {
  const product = await db.product.findUnique({ where: { id }, select: productSelect });
  if (!product || (audience === "shopper" && !product.active)) throw new AppError("not_found", "No such product.");
  return product;
}
