import type { Prisma } from "../../db/generated/client";
import type { TenantCtx } from "../../context";
import { listOrdersInput, type ListOrdersInput } from "./schemas";

export async function listOrders(ctx: TenantCtx, rawInput: ListOrdersInput) {
  const input = listOrdersInput.parse(rawInput);
  const where: Prisma.OrderWhereInput = {};
  if (input.status) where.status = input.status;
  if (input.q) {
    const asNumber = Number(input.q.replace(/^#/, ""));
    where.OR = [{ email: { contains: input.q, mode: "insensitive" } }, ...(Number.isInteger(asNumber) && asNumber > 0 && asNumber < 2 ** 31 ? [{ number: asNumber }] : [])];
  }
  if (input.from || input.to) where.createdAt = { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lt: new Date(input.to.getTime() + 86_400_000) } : {}) };
  const [items, total] = await Promise.all([
    ctx.db.order.findMany({
      where,
      select: { id: true, number: true, email: true, status: true, currency: true, totalMinor: true, createdAt: true, _count: { select: { items: true } } },
      orderBy: { createdAt: "desc" },
      take: input.limit,
      skip: input.offset,
    }),
    ctx.db.order.count({ where }),
  ]);
  return { items, total };
}
