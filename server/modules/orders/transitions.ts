// Order lifecycle: pending → paid → fulfilled, or → cancelled (from pending or paid). Each step is
// a conditional UPDATE on the current status, so two staff clicking at once cannot both succeed.
// Cancelling returns the stock in the same transaction.
import type { TenantCtx } from "../../context";
import type { OrderStatus } from "../../db/generated/client";
import type { TxClient } from "../../db/client";
import { AppError } from "../../errors";
import { paymentProvider } from "../../platform/payments";
import { loadOrder } from "./order-view";


async function move(tx: TxClient, id: string, from: OrderStatus[], to: OrderStatus): Promise<OrderStatus> {
  const current = await tx.$queryRaw<Array<{ status: OrderStatus; payment_provider: string }>>`
    SELECT status, payment_provider FROM orders WHERE id = ${id}::uuid FOR UPDATE`;
  if (current.length === 0) throw new AppError("not_found", "No such order.");
  const status = current[0]!.status;
  if (!from.includes(status)) throw new AppError("invalid_transition", `A ${status} order cannot become ${to}.`);
  if (to === "paid" && !paymentProvider(current[0]!.payment_provider).allowsManualCapture) {
    throw new AppError("invalid_transition", "This order's payment provider records payments itself.");
  }
  if (to === "paid") await tx.$executeRaw`UPDATE orders SET status = 'paid', paid_at = now(), updated_at = now() WHERE id = ${id}::uuid`;
  if (to === "fulfilled") await tx.$executeRaw`UPDATE orders SET status = 'fulfilled', fulfilled_at = now(), updated_at = now() WHERE id = ${id}::uuid`;
  if (to === "cancelled") await tx.$executeRaw`UPDATE orders SET status = 'cancelled', cancelled_at = now(), updated_at = now() WHERE id = ${id}::uuid`;
  return status;
}

export function markOrderPaid(ctx: TenantCtx, id: string) {
  return ctx.mutate(
    async (tx) => ({ from: await move(tx, id, ["pending"], "paid"), order: await loadOrder(tx, id) }),
    (r) => ({ action: "order.mark_paid", resourceType: "order", resourceId: id, metadata: { number: r.order.number, from: r.from, provider: r.order.paymentProvider } }),
  ).then((r) => r.order);
}

export function fulfilOrder(ctx: TenantCtx, id: string) {
  return ctx.mutate(
    async (tx) => ({ from: await move(tx, id, ["paid"], "fulfilled"), order: await loadOrder(tx, id) }),
    (r) => ({ action: "order.fulfil", resourceType: "order", resourceId: id, metadata: { number: r.order.number, from: r.from } }),
  ).then((r) => r.order);
}

export function cancelOrder(ctx: TenantCtx, id: string, reason?: string) {
  return ctx.mutate(
    async (tx) => {
      const from = await move(tx, id, ["pending", "paid"], "cancelled");
      const restocked = await tx.$executeRaw`
        UPDATE products p SET stock = p.stock + oi.quantity, updated_at = now()
        FROM order_items oi WHERE oi.order_id = ${id}::uuid AND p.id = oi.product_id`;
      return { from, restocked, order: await loadOrder(tx, id) };
    },
    (r) => ({ action: "order.cancel", resourceType: "order", resourceId: id, metadata: { number: r.order.number, from: r.from, reason: reason ?? null, linesRestocked: r.restocked } }),
  ).then((r) => r.order);
}
