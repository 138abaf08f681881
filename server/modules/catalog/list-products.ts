import type { Prisma } from "../../db/generated/client";
import type { ScopedClient } from "../../db/client";
import { productSelect } from "./product-select";
import { listProductsInput, type ListProductsInput } from "./schemas";

/** Products of the tenant in `db`'s scope: staff see archived ones on request, shoppers never. */
export async function listProducts(db: ScopedClient, rawInput: ListProductsInput, audience: "staff" | "shopper" = "staff") {
  const input = listProductsInput.parse(rawInput);
  const where: Prisma.ProductWhereInput = {};
  if (audience === "shopper" || !input.includeArchived) where.active = true;
  if (input.category) where.category = input.category;
  if (input.q) {
    where.OR = [
      { name: { contains: input.q, mode: "insensitive" } },
      { description: { contains: input.q, mode: "insensitive" } },
      { sku: { equals: input.q, mode: "insensitive" } },
    ];
  }
  const [items, total] = await Promise.all([
    db.product.findMany({ where, select: productSelect, orderBy: [{ category: "asc" }, { name: "asc" }], take: input.limit, skip: input.offset }),
    db.product.count({ where }),
  ]);
  return { items, total };
}

export async function listCategories(db: ScopedClient) {
  const rows = await db.product.groupBy({ by: ["category"], where: { active: true, category: { not: "" } }, _count: { _all: true }, orderBy: { category: "asc" } });
  return rows.map((r) => ({ name: r.category, count: r._count._all }));
}
