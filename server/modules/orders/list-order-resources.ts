import type { Prisma } from "../../db/generated/client";
import type { TenantCtx } from "../../context";
import { orderSelect, toOrderResource } from "./order-view";

/** Orders for the REST API, newest first, with their lines. */
export async function listOrderResources(ctx: TenantCtx, query: { status?: Prisma.OrderWhereInput["status"]; q?: string; limit: number; offset: number }) {
  const where: Prisma.OrderWhereInput = {};
  if (query.status) where.status = query.status;
  if (query.q) where.email = { contains: query.q, mode: "insensitive" };
  const [orders, total] = await Promise.all([
    ctx.db.order.findMany({ where, select: orderSelect, orderBy: { createdAt: "desc" }, take: query.limit, skip: query.offset }),
    ctx.db.order.count({ where }),
  ]);
  return { data: orders.map(toOrderResource), total };
}
