// Checkout: one transaction that re-reads prices, redeems the promo code, reserves stock for every
// line, creates the order, clears the cart and writes the audit row. If any line is short, nothing
// changes and the error lists the short lines. Never oversells: stock is taken with a conditional
// UPDATE (stock = stock − qty WHERE stock >= qty), and the CHECK (stock >= 0) backs it up.
//
// The rows every checkout contends for (the product's stock, the tenant's order counter) are
// touched last, right before COMMIT, so their locks are held as briefly as possible.
import { randomBytes, randomUUID } from "node:crypto";
import type { StoreCtx } from "../../context";
import type { TxClient } from "../../db/client";
import { AppError } from "../../errors";
import { recordAudit } from "../audit";
import { calculateTotals } from "../money";
import { loadOrder, type OrderView } from "../orders";
import { redeemPromo } from "./promo";
import type { CheckoutRequest } from "./schemas";

export type StockStrategy = "conditional-update" | "select-for-update";

export interface ShortLine {
  productId: string;
  sku: string;
  name: string;
  requested: number;
  available: number;
}

export interface PlaceOrderOptions {
  /** Benchmarks compare the conditional UPDATE with SELECT … FOR UPDATE; the app uses the former. */
  stockStrategy?: StockStrategy;
  /** Runs inside the transaction after the order exists (idempotency bookkeeping). */
  beforeCommit?: (tx: TxClient, order: { id: string; number: number }) => Promise<void>;
}

const FIRST_ORDER_NUMBER = 1001;

interface LineRow {
  product_id: string;
  quantity: number;
  sku: string;
  name: string;
  price_minor: number;
  stock: number;
  active: boolean;
}

function shortError(short: ShortLine[]): AppError {
  const names = short.map((s) => (s.available === 0 ? `${s.name} (sold out)` : `${s.name} (only ${s.available} left)`)).join(", ");
  return new AppError("insufficient_stock", `Not enough stock for: ${names}.`, { items: short });
}

async function reserveStock(tx: TxClient, lines: LineRow[], strategy: StockStrategy): Promise<ShortLine[]> {
  // Lines in product-id order: concurrent multi-line checkouts lock rows in the same order (no deadlocks).
  const sorted = [...lines].sort((a, b) => (a.product_id < b.product_id ? -1 : 1));
  const short: ShortLine[] = [];
  if (strategy === "select-for-update") {
    const locked = await tx.$queryRaw<Array<{ id: string; stock: number }>>`
      SELECT id, stock FROM products WHERE id = ANY(${sorted.map((l) => l.product_id)}::uuid[]) ORDER BY id FOR UPDATE`;
    const stockOf = new Map(locked.map((r) => [r.id, r.stock]));
    for (const line of sorted) {
      const available = stockOf.get(line.product_id) ?? 0;
      if (available < line.quantity) short.push({ productId: line.product_id, sku: line.sku, name: line.name, requested: line.quantity, available });
    }
    if (short.length) return short;
    for (const line of sorted) {
      await tx.$executeRaw`UPDATE products SET stock = stock - ${line.quantity}, updated_at = now() WHERE id = ${line.product_id}::uuid`;
    }
    return short;
  }
  for (const line of sorted) {
    const updated = await tx.$executeRaw`
      UPDATE products SET stock = stock - ${line.quantity}, updated_at = now()
      WHERE id = ${line.product_id}::uuid AND stock >= ${line.quantity}`;
    if (updated === 0) short.push({ productId: line.product_id, sku: line.sku, name: line.name, requested: line.quantity, available: -1 });
  }
  if (short.length) {
    const current = await tx.$queryRaw<Array<{ id: string; stock: number }>>`SELECT id, stock FROM products WHERE id = ANY(${short.map((s) => s.productId)}::uuid[])`;
    for (const s of short) s.available = current.find((c) => c.id === s.productId)?.stock ?? 0;
  }
  return short;
}

export async function placeOrder(store: StoreCtx, input: CheckoutRequest, options: PlaceOrderOptions = {}): Promise<OrderView> {
  const tenantId = store.store.id;
  const orderId = randomUUID();
  await store.tx(async (tx) => {
    // One checkout per cart at a time; an expired or foreign cart is not found.
    const cart = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM carts WHERE id = ${input.cartId}::uuid AND expires_at > now() FOR UPDATE`;
    if (cart.length === 0) throw new AppError("not_found", "No such cart (it may have expired).");
    const lines = await tx.$queryRaw<LineRow[]>`
      SELECT ci.product_id, ci.quantity, p.sku, p.name, p.price_minor, p.stock, p.active
      FROM cart_items ci JOIN products p ON p.id = ci.product_id
      WHERE ci.cart_id = ${input.cartId}::uuid ORDER BY ci.created_at`;
    if (lines.length === 0) throw new AppError("validation_failed", "The cart is empty.", { issues: [{ path: "cartId", message: "The cart is empty" }] });
    const unavailable = lines.filter((l) => !l.active);
    if (unavailable.length) {
      throw new AppError("insufficient_stock", `No longer sold: ${unavailable.map((l) => l.name).join(", ")}.`, {
        items: unavailable.map((l) => ({ productId: l.product_id, sku: l.sku, name: l.name, requested: l.quantity, available: 0 })),
      });
    }
    // Fail fast on what is visibly short, before taking any contended lock.
    const visiblyShort = lines.filter((l) => l.stock < l.quantity);
    if (visiblyShort.length) {
      throw shortError(visiblyShort.map((l) => ({ productId: l.product_id, sku: l.sku, name: l.name, requested: l.quantity, available: l.stock })));
    }

    const promoPercent = input.promoCode ? await redeemPromo(tx, input.promoCode) : null;
    const totals = calculateTotals(lines.map((l) => ({ unitPriceMinor: l.price_minor, quantity: l.quantity })), promoPercent, store.store.vatRateBps);

    await tx.$executeRaw`DELETE FROM cart_items WHERE cart_id = ${input.cartId}::uuid`;
    await recordAudit(
      tx,
      { tenantId, actor: { userId: null, tokenId: null, label: `shopper ${input.email}` }, meta: store.meta },
      { action: "order.place", resourceType: "order", resourceId: orderId, metadata: { totalMinor: totals.totalMinor, promoCode: input.promoCode ?? null, lines: lines.length } },
    );

    // Contended rows from here to COMMIT: the tenant's order counter, then the products' stock.
    const created = await tx.$queryRaw<Array<{ number: number }>>`
      WITH n AS (
        INSERT INTO order_counters (tenant_id, last_number) VALUES (${tenantId}::uuid, ${FIRST_ORDER_NUMBER})
        ON CONFLICT (tenant_id) DO UPDATE SET last_number = order_counters.last_number + 1
        RETURNING last_number
      ), o AS (
        INSERT INTO orders (id, tenant_id, number, email, currency, subtotal_minor, discount_minor, vat_minor, total_minor,
                            vat_rate_bps, promo_code, promo_percent, access_key)
        SELECT ${orderId}::uuid, ${tenantId}::uuid, n.last_number, ${input.email}, ${store.store.currency}, ${totals.subtotalMinor},
               ${totals.discountMinor}, ${totals.vatMinor}, ${totals.totalMinor}, ${store.store.vatRateBps}, ${input.promoCode ?? null},
               ${promoPercent}, ${randomBytes(18).toString("base64url")}
        FROM n RETURNING id, number
      ), items AS (
        INSERT INTO order_items (tenant_id, order_id, product_id, sku, name, unit_price_minor, quantity, line_total_minor)
        SELECT ${tenantId}::uuid, o.id, x.product_id, x.sku, x.name, x.price, x.qty, x.price * x.qty
        FROM o, unnest(${lines.map((l) => l.product_id)}::uuid[], ${lines.map((l) => l.sku)}::text[], ${lines.map((l) => l.name)}::text[],
                       ${lines.map((l) => l.price_minor)}::int[], ${lines.map((l) => l.quantity)}::int[]) AS x(product_id, sku, name, price, qty)
      )
      SELECT number FROM o`;

    const short = await reserveStock(tx, lines, options.stockStrategy ?? "conditional-update");
    if (short.length) throw shortError(short);
    await options.beforeCommit?.(tx, { id: orderId, number: created[0]!.number });
  }, { timeoutMs: 20_000 });
  return loadOrder(store.db, orderId);
}
