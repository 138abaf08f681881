// Checkout against real PostgreSQL, under real concurrency.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ownerDb } from "../../testing/db";
import { cartWith, codeOf, createProduct, createStore, errorBody } from "../../testing/store";
import type { StoreCtx } from "../../context";
import { setCartItem, createCart, loadCart } from "../carts";
import { calculateTotals } from "../money";
import { checkout } from "./checkout";

const buy = (store: StoreCtx, cartId: string, extra: { promoCode?: string; idempotencyKey?: string; email?: string } = {}) =>
  checkout(store, { cartId, email: extra.email ?? "shopper@example.test", promoCode: extra.promoCode }, { idempotencyKey: extra.idempotencyKey, errorBody });

describe("checkout", () => {
  let store: StoreCtx;
  beforeAll(async () => {
    store = await createStore();
  });

  it("creates the order with price snapshots, the money rules and a human number, and clears the cart", async () => {
    const laptop = await createProduct(store.store.id, { stock: 3, priceMinor: 89900, name: "Laptop" });
    const mouse = await createProduct(store.store.id, { stock: 10, priceMinor: 4999, name: "Mouse" });
    await ownerDb().promoCode.create({ data: { tenantId: store.store.id, code: "TEN", percentOff: 10 } });
    const cartId = await cartWith(store, [[laptop.id, 1], [mouse.id, 2]]);
    const result = await buy(store, cartId, { promoCode: "ten" });
    const order = result.order!;
    expect(result.status).toBe(201);
    expect(order).toMatchObject({ number: expect.any(Number), status: "pending", currency: "EUR", promoCode: "TEN", ...calculateTotals([{ unitPriceMinor: 89900, quantity: 1 }, { unitPriceMinor: 4999, quantity: 2 }], 10, 2000) });
    expect(order.number).toBeGreaterThanOrEqual(1001);
    expect(order.items.map((i) => [i.name, i.unitPriceMinor, i.quantity])).toEqual(expect.arrayContaining([["Laptop", 89900, 1], ["Mouse", 4999, 2]]));
    expect(result.body).toMatchObject({ subtotal: 998.98, discount: 99.9, vat: 179.82, total: 1078.9, currency: "EUR" });
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: laptop.id } })).stock).toBe(2);
    expect((await loadCart(store.db, store.store, cartId)).lines).toEqual([]);
    // A later price change does not touch the order.
    await ownerDb().product.update({ where: { id: laptop.id }, data: { priceMinor: 1 } });
    expect((await ownerDb().orderItem.findFirstOrThrow({ where: { orderId: order.id, productId: laptop.id } })).unitPriceMinor).toBe(89900);
    expect(await ownerDb().auditLog.count({ where: { tenantId: store.store.id, action: "order.place", resourceId: order.id } })).toBe(1);
  });

  it("50 concurrent checkouts of a product with stock 5: exactly 5 orders, stock 0, 45 clear refusals", async () => {
    const product = await createProduct(store.store.id, { stock: 5 });
    const carts = await Promise.all(Array.from({ length: 50 }, () => cartWith(store, [[product.id, 1]])));
    const outcomes = await Promise.all(carts.map((cartId) => codeOf(buy(store, cartId))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "insufficient_stock")).toHaveLength(45);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    expect(await ownerDb().orderItem.count({ where: { productId: product.id } })).toBe(5);
  });

  it("the SELECT … FOR UPDATE strategy (benchmark comparison) never oversells either", async () => {
    const product = await createProduct(store.store.id, { stock: 4 });
    const carts = await Promise.all(Array.from({ length: 20 }, () => cartWith(store, [[product.id, 1]])));
    const outcomes = await Promise.all(
      carts.map((cartId) => codeOf(checkout(store, { cartId, email: "s@example.test" }, { errorBody, stockStrategy: "select-for-update" }))),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(4);
    expect(outcomes.filter((o) => o === "insufficient_stock")).toHaveLength(16);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
  });

  it("a multi-line cart with one short line changes nothing and names the short line", async () => {
    const plenty = await createProduct(store.store.id, { stock: 10, name: "Plenty" });
    const scarce = await createProduct(store.store.id, { stock: 2, name: "Scarce" });
    await ownerDb().promoCode.create({ data: { tenantId: store.store.id, code: "ONCE", percentOff: 5, maxRedemptions: 1 } });
    const cartId = await cartWith(store, [[plenty.id, 3], [scarce.id, 2]]);
    // Someone else buys one of the scarce items after this cart was filled.
    await ownerDb().product.update({ where: { id: scarce.id }, data: { stock: 1 } });
    const ordersBefore = await ownerDb().order.count({ where: { tenantId: store.store.id } });
    const counterBefore = await ownerDb().orderCounter.findUnique({ where: { tenantId: store.store.id } });

    const error = await buy(store, cartId, { promoCode: "ONCE" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "insufficient_stock", details: { items: [{ productId: scarce.id, name: "Scarce", requested: 2, available: 1 }] } });

    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: plenty.id } })).stock).toBe(10);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: scarce.id } })).stock).toBe(1);
    expect(await ownerDb().order.count({ where: { tenantId: store.store.id } })).toBe(ordersBefore);
    expect(await ownerDb().orderCounter.findUnique({ where: { tenantId: store.store.id } })).toEqual(counterBefore);
    expect((await ownerDb().promoCode.findFirstOrThrow({ where: { tenantId: store.store.id, code: "ONCE" } })).redemptions).toBe(0);
    expect((await loadCart(store.db, store.store, cartId)).lines).toHaveLength(2);
  });

  it("a line that runs short between the stock check and the reservation also rolls back everything", async () => {
    // Force the race: many carts each wanting the whole (small) stock of one product, plus another line.
    const side = await createProduct(store.store.id, { stock: 1000, name: "Side" });
    const contested = await createProduct(store.store.id, { stock: 3, name: "Contested" });
    const carts = await Promise.all(Array.from({ length: 12 }, () => cartWith(store, [[side.id, 1], [contested.id, 3]])));
    const outcomes = await Promise.all(carts.map((cartId) => codeOf(buy(store, cartId))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: contested.id } })).stock).toBe(0);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: side.id } })).stock).toBe(999);
  });

  it("promo max redemptions hold under concurrency", async () => {
    const product = await createProduct(store.store.id, { stock: 100 });
    await ownerDb().promoCode.create({ data: { tenantId: store.store.id, code: "FIRST3", percentOff: 20, maxRedemptions: 3 } });
    const carts = await Promise.all(Array.from({ length: 12 }, () => cartWith(store, [[product.id, 1]])));
    const outcomes = await Promise.all(carts.map((cartId) => codeOf(buy(store, cartId, { promoCode: "first3" }))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(3);
    expect(outcomes.filter((o) => o === "invalid_promo_code")).toHaveLength(9);
    expect((await ownerDb().promoCode.findFirstOrThrow({ where: { tenantId: store.store.id, code: "FIRST3" } })).redemptions).toBe(3);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(97);
  });

  it("refuses unknown, expired, future and inactive codes with a reason", async () => {
    const product = await createProduct(store.store.id, { stock: 100 });
    const day = 86_400_000;
    await ownerDb().promoCode.createMany({
      data: [
        { tenantId: store.store.id, code: "OLD", percentOff: 10, endsAt: new Date(Date.now() - day), startsAt: new Date(Date.now() - 2 * day) },
        { tenantId: store.store.id, code: "SOON", percentOff: 10, startsAt: new Date(Date.now() + day) },
        { tenantId: store.store.id, code: "OFF", percentOff: 10, active: false },
      ],
    });
    for (const [code, reason] of [["NOPE", /does not exist/], ["OLD", /expired/], ["SOON", /not valid yet/], ["OFF", /does not exist/]] as const) {
      const cartId = await cartWith(store, [[product.id, 1]]);
      await expect(buy(store, cartId, { promoCode: code })).rejects.toMatchObject({ code: "invalid_promo_code", message: expect.stringMatching(reason) });
    }
  });

  it("Idempotency-Key: 20 concurrent requests with one key make one order", async () => {
    const product = await createProduct(store.store.id, { stock: 50 });
    const cartId = await cartWith(store, [[product.id, 2]]);
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        buy(store, cartId, { idempotencyKey: key }).then(
          (r) => ({ code: "ok", body: r.body }),
          (e: { code: string }) => ({ code: e.code, body: null }),
        ),
      ),
    );
    expect(await ownerDb().orderItem.count({ where: { productId: product.id } })).toBe(1);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(48);
    expect(results.every((r) => r.code === "ok" || r.code === "idempotency_in_flight")).toBe(true);
    const bodies = results.filter((r) => r.code === "ok").map((r) => r.body);
    expect(bodies.length).toBeGreaterThanOrEqual(1);
    for (const body of bodies) expect(body).toEqual(bodies[0]);
    // Afterwards the same key and body replays the first response; another body is refused.
    const replay = await buy(store, cartId, { idempotencyKey: key });
    expect(replay.replayed).toBe(true);
    expect(replay.body).toEqual(bodies[0]);
    await expect(buy(store, cartId, { idempotencyKey: key, email: "other@example.test" })).rejects.toMatchObject({ code: "idempotency_key_reused" });
  });

  it("Idempotency-Key replays a refusal too", async () => {
    const product = await createProduct(store.store.id, { stock: 1 });
    const cartId = await cartWith(store, [[product.id, 1]]);
    await ownerDb().product.update({ where: { id: product.id }, data: { stock: 0 } });
    const key = randomUUID();
    await expect(buy(store, cartId, { idempotencyKey: key })).rejects.toMatchObject({ code: "insufficient_stock" });
    const replay = await buy(store, cartId, { idempotencyKey: key });
    expect(replay).toMatchObject({ status: 409, replayed: true, body: { code: "insufficient_stock" } });
  });

  it("a cart belongs to one store: another store's product is not found", async () => {
    const other = await createStore();
    const foreign = await createProduct(other.store.id, { stock: 5 });
    const cart = await createCart(store);
    expect(await codeOf(setCartItem(store, { cartId: cart.id, productId: foreign.id, quantity: 1 }))).toBe("not_found");
    // Nor can the other store see or use this store's cart.
    expect(await codeOf(setCartItem(other, { cartId: cart.id, productId: foreign.id, quantity: 1 }))).toBe("not_found");
    expect(await codeOf(buy(other, cart.id))).toBe("not_found");
  });

  it("refuses out-of-stock and over-stock quantities when adding to the cart", async () => {
    const product = await createProduct(store.store.id, { stock: 2 });
    const cart = await createCart(store);
    expect(await codeOf(setCartItem(store, { cartId: cart.id, productId: product.id, quantity: 3 }))).toBe("insufficient_stock");
    await setCartItem(store, { cartId: cart.id, productId: product.id, quantity: 2 });
    const view = await setCartItem(store, { cartId: cart.id, productId: product.id, quantity: 0 });
    expect(view.lines).toEqual([]);
    expect(await codeOf(buy(store, cart.id))).toBe("validation_failed");
  });
});
