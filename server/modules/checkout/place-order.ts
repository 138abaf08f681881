// Checkout: one transaction that re-reads prices, redeems the promo code, reserves stock for every
// line, creates the order, clears the cart and writes the audit row. If any line is short, nothing
// changes and the error lists the short lines. Never oversells: stock is taken with a conditional
// UPDATE (stock = stock − qty WHERE stock >= qty), and the CHECK (stock >= 0) backs it up.
//
// Throughput on a hot product is decided by how long its row stays locked. The conditional UPDATE
// is the last statement before COMMIT, so the lock lives for one statement and the commit. The
// order number comes from the tenant's counter in its own short autocommit statement before the
// transaction (a checkout that then fails leaves a gap in the numbers, never a duplicate).
import { randomBytes, randomUUID } from "node:crypto";
import type { StoreCtx } from "../../context";
import { Prisma } from "../../db/generated/client";
import type { TxClient } from "../../db/client";
import { AppError } from "../../errors";
import { recordAudit } from "../audit";
import { calculateTotals } from "../money";
import type { OrderView } from "../orders";
import { previewPromo, redeemPromo } from "./promo";
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
  /**
   * "conditional-update" (the app): no lock until the final conditional UPDATE.
   * "select-for-update" (benchmark comparison): the classic pattern — lock the products with
   * SELECT … FOR UPDATE when the checkout starts, check stock, decrement at the end.
   */
  stockStrategy?: StockStrategy;
  /** Runs inside the transaction after the order exists (idempotency bookkeeping). */
  beforeCommit?: (tx: TxClient, order: OrderView) => Promise<void>;
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

// Lines in product-id order: concurrent multi-line checkouts lock rows in the same order (no deadlocks).
function byProduct(lines: LineRow[]) {
  return [...lines].sort((a, b) => (a.product_id < b.product_id ? -1 : 1));
}

/** select-for-update: lock the products first and check their stock under the lock. */
async function lockAndCheckStock(tx: TxClient, lines: LineRow[]): Promise<ShortLine[]> {
  const sorted = byProduct(lines);
  const locked = await tx.$queryRaw<Array<{ id: string; stock: number }>>`
    SELECT id, stock FROM products WHERE id = ANY(${sorted.map((l) => l.product_id)}::uuid[]) ORDER BY id FOR UPDATE`;
  const stockOf = new Map(locked.map((r) => [r.id, r.stock]));
  return sorted
    .filter((l) => (stockOf.get(l.product_id) ?? 0) < l.quantity)
    .map((l) => ({ productId: l.product_id, sku: l.sku, name: l.name, requested: l.quantity, available: stockOf.get(l.product_id) ?? 0 }));
}

/** conditional-update: take the stock in one statement per line; report every short line. */
async function reserveStock(tx: TxClient, lines: LineRow[]): Promise<ShortLine[]> {
  const short: ShortLine[] = [];
  for (const line of byProduct(lines)) {
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

/**
 * The cart and its lines with current product data, in one statement; [] when the cart does not
 * exist (or expired), one row with product_id null when it is empty. With lock, the cart row is
 * locked too: one checkout per cart at a time.
 */
async function readCart(db: TxClient | StoreCtx["db"], cartId: string, lock: boolean): Promise<LineRow[] | null> {
  const rows = await db.$queryRaw<Array<Omit<LineRow, "product_id"> & { product_id: string | null }>>`
    SELECT ci.product_id, ci.quantity, p.sku, p.name, p.price_minor, p.stock, p.active
    FROM carts c
    LEFT JOIN cart_items ci ON ci.cart_id = c.id
    LEFT JOIN products p ON p.id = ci.product_id
    WHERE c.id = ${cartId}::uuid AND c.expires_at > now()
    ORDER BY ci.created_at
    ${lock ? Prisma.sql`FOR UPDATE OF c` : Prisma.empty}`;
  if (rows.length === 0) return null;
  return rows.filter((r): r is LineRow => r.product_id !== null);
}

/** Refusals that need no lock: empty cart, products no longer sold, visibly short lines. */
function assertOrderable(lines: LineRow[]) {
  if (lines.length === 0) throw new AppError("validation_failed", "The cart is empty.", { issues: [{ path: "cartId", message: "The cart is empty" }] });
  const unavailable = lines.filter((l) => !l.active);
  if (unavailable.length) {
    throw new AppError("insufficient_stock", `No longer sold: ${unavailable.map((l) => l.name).join(", ")}.`, {
      items: unavailable.map((l) => ({ productId: l.product_id, sku: l.sku, name: l.name, requested: l.quantity, available: 0 })),
    });
  }
  const visiblyShort = lines.filter((l) => l.stock < l.quantity);
  if (visiblyShort.length) {
    throw shortError(visiblyShort.map((l) => ({ productId: l.product_id, sku: l.sku, name: l.name, requested: l.quantity, available: l.stock })));
  }
}

async function allocateOrderNumber(store: StoreCtx): Promise<number> {
  const rows = await store.db.$queryRaw<Array<{ last_number: number }>>`
    INSERT INTO order_counters (tenant_id, last_number) VALUES (${store.store.id}::uuid, ${FIRST_ORDER_NUMBER})
    ON CONFLICT (tenant_id) DO UPDATE SET last_number = order_counters.last_number + 1
    RETURNING last_number`;
  return rows[0]!.last_number;
}

export async function placeOrder(store: StoreCtx, input: CheckoutRequest, options: PlaceOrderOptions = {}): Promise<OrderView> {
  const tenantId = store.store.id;
  const strategy = options.stockStrategy ?? "conditional-update";
  const orderId = randomUUID();
  const accessKey = randomBytes(18).toString("base64url");
  const cartGone = () => new AppError("not_found", "No such cart (it may have expired).");

  // Before the transaction: cheap refusals, the promo code's value, the order number.
  const preview = await readCart(store.db, input.cartId, false);
  if (!preview) throw cartGone();
  assertOrderable(preview);
  const promoPercent = input.promoCode ? await previewPromo(store.db, input.promoCode) : null;
  const number = await allocateOrderNumber(store);

  return store.tx(
    async (tx) => {
      const lines = await readCart(tx, input.cartId, true); // prices re-read, cart locked
      if (!lines) throw cartGone();
      assertOrderable(lines);
      if (strategy === "select-for-update") {
        const short = await lockAndCheckStock(tx, lines);
        if (short.length) throw shortError(short);
      }
      const totals = calculateTotals(lines.map((l) => ({ unitPriceMinor: l.price_minor, quantity: l.quantity })), promoPercent, store.store.vatRateBps);

      await tx.$executeRaw`DELETE FROM cart_items WHERE cart_id = ${input.cartId}::uuid`;
      await recordAudit(
        tx,
        { tenantId, actor: { userId: null, tokenId: null, label: `shopper ${input.email}` }, meta: store.meta },
        { action: "order.place", resourceType: "order", resourceId: orderId, metadata: { number, totalMinor: totals.totalMinor, promoCode: input.promoCode ?? null, lines: lines.length } },
      );
      const created = await tx.$queryRaw<Array<{ created_at: Date }>>`
        WITH o AS (
          INSERT INTO orders (id, tenant_id, number, email, currency, subtotal_minor, discount_minor, vat_minor, total_minor,
                              vat_rate_bps, promo_code, promo_percent, access_key)
          VALUES (${orderId}::uuid, ${tenantId}::uuid, ${number}, ${input.email}, ${store.store.currency}, ${totals.subtotalMinor},
                  ${totals.discountMinor}, ${totals.vatMinor}, ${totals.totalMinor}, ${store.store.vatRateBps}, ${input.promoCode ?? null},
                  ${promoPercent}, ${accessKey})
          RETURNING id, created_at
        ), items AS (
          INSERT INTO order_items (tenant_id, order_id, product_id, sku, name, unit_price_minor, quantity, line_total_minor)
          SELECT ${tenantId}::uuid, o.id, x.product_id, x.sku, x.name, x.price, x.qty, x.price * x.qty
          FROM o, unnest(${lines.map((l) => l.product_id)}::uuid[], ${lines.map((l) => l.sku)}::text[], ${lines.map((l) => l.name)}::text[],
                         ${lines.map((l) => l.price_minor)}::int[], ${lines.map((l) => l.quantity)}::int[]) AS x(product_id, sku, name, price, qty)
        )
        SELECT created_at FROM o`;
      // The order as loadOrder would read it back (commerce tests compare the two), without the round trip.
      const order: OrderView = {
        id: orderId,
        number,
        email: input.email,
        status: "pending",
        currency: store.store.currency,
        ...totals,
        vatRateBps: store.store.vatRateBps,
        promoCode: input.promoCode ?? null,
        promoPercent,
        paymentProvider: "manual",
        accessKey,
        paidAt: null,
        fulfilledAt: null,
        cancelledAt: null,
        createdAt: created[0]!.created_at,
        items: lines
          .map((l) => ({ productId: l.product_id, sku: l.sku, name: l.name, unitPriceMinor: l.price_minor, quantity: l.quantity, lineTotalMinor: l.price_minor * l.quantity }))
          .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0)),
      };
      await options.beforeCommit?.(tx, order);

      // Contended rows from here to COMMIT: the promo code's counter, then the products' stock.
      if (input.promoCode) {
        const redeemed = await redeemPromo(tx, input.promoCode);
        if (redeemed !== promoPercent) throw new AppError("conflict", "The promo code changed while you checked out. Please try again.");
      }
      if (strategy === "select-for-update") {
        for (const line of byProduct(lines)) {
          await tx.$executeRaw`UPDATE products SET stock = stock - ${line.quantity}, updated_at = now() WHERE id = ${line.product_id}::uuid`;
        }
      } else {
        const short = await reserveStock(tx, lines);
        if (short.length) throw shortError(short);
      }
      return order;
    },
    { timeoutMs: 20_000 },
  );
}
