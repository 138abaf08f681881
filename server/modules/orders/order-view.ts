import type { Prisma } from "../../db/generated/client";
import type { ScopedClient, TxClient } from "../../db/client";
import { AppError } from "../../errors";
import { toMajor } from "../money";

export const orderSelect = {
  id: true,
  number: true,
  email: true,
  status: true,
  currency: true,
  subtotalMinor: true,
  discountMinor: true,
  vatMinor: true,
  totalMinor: true,
  vatRateBps: true,
  promoCode: true,
  promoPercent: true,
  paymentProvider: true,
  accessKey: true,
  paidAt: true,
  fulfilledAt: true,
  cancelledAt: true,
  createdAt: true,
  items: {
    select: { productId: true, sku: true, name: true, unitPriceMinor: true, quantity: true, lineTotalMinor: true },
    orderBy: { productId: "asc" }, // uuid order: the same in PostgreSQL and in JavaScript (place-order.ts builds this list)
  },
} as const satisfies Prisma.OrderSelect;

export type OrderView = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

export async function loadOrder(db: ScopedClient | TxClient, id: string): Promise<OrderView> {
  const order = await db.order.findFirst({ where: { id }, select: orderSelect });
  if (!order) throw new AppError("not_found", "No such order.");
  return order;
}

/** The REST representation: snake_case, money as decimal major units with the currency. */
export function toOrderResource(order: OrderView) {
  const m = (minor: number) => toMajor(minor, order.currency);
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    email: order.email,
    currency: order.currency,
    items: order.items.map((i) => ({
      product_id: i.productId,
      sku: i.sku,
      name: i.name,
      unit_price: m(i.unitPriceMinor),
      quantity: i.quantity,
      line_total: m(i.lineTotalMinor),
    })),
    subtotal: m(order.subtotalMinor),
    discount: m(order.discountMinor),
    vat: m(order.vatMinor),
    vat_rate: order.vatRateBps / 10_000,
    total: m(order.totalMinor),
    promo_code: order.promoCode,
    created_at: order.createdAt.toISOString(),
    paid_at: order.paidAt?.toISOString() ?? null,
    fulfilled_at: order.fulfilledAt?.toISOString() ?? null,
    cancelled_at: order.cancelledAt?.toISOString() ?? null,
  };
}
