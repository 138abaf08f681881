// The commerce REST API through its real route handlers.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as products from "@/app/api/v1/products/route";
import * as product from "@/app/api/v1/products/[id]/route";
import * as orders from "@/app/api/v1/orders/route";
import * as order from "@/app/api/v1/orders/[id]/route";
import * as storeProducts from "@/app/api/v1/stores/[store]/products/route";
import * as carts from "@/app/api/v1/stores/[store]/carts/route";
import * as cart from "@/app/api/v1/stores/[store]/carts/[id]/route";
import * as cartItems from "@/app/api/v1/stores/[store]/carts/[id]/items/route";
import * as checkoutRoute from "@/app/api/v1/stores/[store]/carts/[id]/checkout/route";
import { createTenantWithRoles, type TenantFixture } from "../testing/tenants";
import { createProduct } from "../testing/store";
import { ownerDb } from "../testing/db";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, params: Record<string, string>, init: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set("content-type", "application/json");
  const res = await handler(new Request(`http://localhost:3000/api/v1/x${init.headers?.query ?? ""}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) }), {
    params: Promise.resolve(params),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

describe("REST commerce API", () => {
  let a: TenantFixture;
  let b: TenantFixture;
  beforeAll(async () => {
    a = await createTenantWithRoles();
    b = await createTenantWithRoles();
  });

  it("staff create, read, change and archive products with money in major units", async () => {
    const sku = `REST-${randomUUID().slice(0, 6)}`;
    const created = await call(products.POST, "POST", {}, { token: a.roles.admin.token, body: { sku, name: "Travel mug", price: 12.5, stock: 7, category: "Kitchen" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ sku, price: 12.5, currency: "EUR", stock: 7, in_stock: true, active: true });
    expect(created.headers.get("location")).toBe(`/api/v1/products/${created.body.id}`);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: created.body.id } })).priceMinor).toBe(1250);

    const patched = await call(product.PATCH, "PATCH", { id: created.body.id }, { token: a.roles.admin.token, body: { price: 9.99, stock: 3, stock_reason: "cycle count" } });
    expect(patched.body).toMatchObject({ price: 9.99, stock: 3 });
    expect(await ownerDb().auditLog.count({ where: { tenantId: a.id, resourceId: created.body.id, action: "product.stock_adjust" } })).toBe(1);

    expect((await call(product.GET, "GET", { id: created.body.id }, { token: a.roles.analyst.token })).body).toMatchObject({ id: created.body.id });
    expect((await call(product.DELETE, "DELETE", { id: created.body.id }, { token: a.roles.admin.token })).status).toBe(204);
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: created.body.id } })).active).toBe(false);
  });

  it("refuses bad input with problem+json: 422 fields, 422 too many decimals, 409 duplicate SKU, 403 role", async () => {
    const invalid = await call(products.POST, "POST", {}, { token: a.roles.admin.token, body: { sku: "", name: "x", price: -1, stock: 1.5 } });
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("content-type")).toBe("application/problem+json");
    expect([...new Set(invalid.body.issues.map((i: { path: string }) => i.path))].sort()).toEqual(["price", "sku", "stock"]);
    const decimals = await call(products.POST, "POST", {}, { token: a.roles.admin.token, body: { sku: `D-${randomUUID().slice(0, 5)}`, name: "x", price: 1.234, stock: 1 } });
    expect(decimals.body).toMatchObject({ status: 422, issues: [{ path: "price" }] });
    const sku = `DUP-${randomUUID().slice(0, 5)}`;
    await call(products.POST, "POST", {}, { token: a.roles.admin.token, body: { sku, name: "x", price: 1, stock: 1 } });
    expect((await call(products.POST, "POST", {}, { token: a.roles.admin.token, body: { sku, name: "x", price: 1, stock: 1 } })).body).toMatchObject({ status: 409, code: "conflict" });
    expect((await call(products.POST, "POST", {}, { token: a.roles.user.token, body: { sku: "X1", name: "x", price: 1, stock: 1 } })).status).toBe(403);
    expect((await call(orders.GET, "GET", {}, { token: a.roles.guest.token })).status).toBe(403);
  });

  it("another tenant's product or order is 404 and stays untouched", async () => {
    const foreign = await createProduct(b.id, { stock: 4, name: "B's" });
    for (const [handler, method, body] of [[product.GET, "GET"], [product.PATCH, "PATCH", { name: "hijack" }], [product.DELETE, "DELETE"]] as const) {
      const res = await call(handler as Handler, method, { id: foreign.id }, { token: a.roles.admin.token, body });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe("not_found");
    }
    expect(await ownerDb().product.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ name: "B's", active: true });
    const list = await call(products.GET, "GET", {}, { token: a.roles.admin.token });
    expect(list.body.data.some((p: { id: string }) => p.id === foreign.id)).toBe(false);
    expect((await call(order.GET, "GET", { id: randomUUID() }, { token: a.roles.admin.token })).status).toBe(404);
    expect((await call(product.GET, "GET", { id: "not-a-uuid" }, { token: a.roles.admin.token })).status).toBe(404);
  });

  it("a shopper fills a cart and checks out; staff see the order", async () => {
    const laptop = await createProduct(a.id, { stock: 5, priceMinor: 89900, name: "Laptop" });
    const bag = await createProduct(a.id, { stock: 5, priceMinor: 4999, name: "Bag" });
    await ownerDb().promoCode.create({ data: { tenantId: a.id, code: "SUMMER10", percentOff: 10 } });
    const listed = await call(storeProducts.GET, "GET", { store: a.slug });
    expect(listed.body.data.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining([laptop.id, bag.id]));

    const created = await call(carts.POST, "POST", { store: a.slug });
    expect(created.status).toBe(201);
    const cartId = created.body.id;
    await call(cartItems.PUT, "PUT", { store: a.slug, id: cartId }, { body: { product_id: laptop.id, quantity: 1 } });
    const filled = await call(cartItems.PUT, "PUT", { store: a.slug, id: cartId }, { body: { product_id: bag.id, quantity: 2 } });
    expect(filled.body).toMatchObject({ item_count: 3, subtotal: 998.98 });
    expect((await call(cart.GET, "GET", { store: a.slug, id: cartId })).body.items).toHaveLength(2);

    const bad = await call(checkoutRoute.POST, "POST", { store: a.slug, id: cartId }, { body: { email: "shopper@example.test", promo_code: "WINTER99" } });
    expect(bad.body).toMatchObject({ status: 422, code: "invalid_promo_code" });

    const key = randomUUID();
    const done = await call(checkoutRoute.POST, "POST", { store: a.slug, id: cartId }, { body: { email: "shopper@example.test", promo_code: "summer10" }, headers: { "idempotency-key": key } });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ number: expect.any(Number), status: "pending", subtotal: 998.98, discount: 99.9, vat: 179.82, total: 1078.9, currency: "EUR" });
    const replay = await call(checkoutRoute.POST, "POST", { store: a.slug, id: cartId }, { body: { email: "shopper@example.test", promo_code: "summer10" }, headers: { "idempotency-key": key } });
    expect(replay.status).toBe(201);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body).toEqual(done.body);
    const reused = await call(checkoutRoute.POST, "POST", { store: a.slug, id: cartId }, { body: { email: "else@example.test" }, headers: { "idempotency-key": key } });
    expect(reused.body).toMatchObject({ status: 422, code: "idempotency_key_reused" });

    const staffView = await call(order.GET, "GET", { id: done.body.id }, { token: a.roles.analyst.token });
    expect(staffView.body).toEqual(done.body);
    const list = await call(orders.GET, "GET", {}, { token: a.roles.user.token });
    expect(list.body.data[0].id).toBe(done.body.id);
    // Company B's staff cannot see it.
    expect((await call(order.GET, "GET", { id: done.body.id }, { token: b.roles.admin.token })).status).toBe(404);
  });

  it("checkout of a short cart is 409 with the short items, and changes nothing", async () => {
    const scarce = await createProduct(a.id, { stock: 2, name: "Scarce" });
    const created = await call(carts.POST, "POST", { store: a.slug });
    await call(cartItems.PUT, "PUT", { store: a.slug, id: created.body.id }, { body: { product_id: scarce.id, quantity: 2 } });
    await ownerDb().product.update({ where: { id: scarce.id }, data: { stock: 1 } });
    const res = await call(checkoutRoute.POST, "POST", { store: a.slug, id: created.body.id }, { body: { email: "s@example.test" } });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "insufficient_stock", items: [{ product_id: scarce.id, name: "Scarce", requested: 2, available: 1 }] });
    expect((await ownerDb().product.findUniqueOrThrow({ where: { id: scarce.id } })).stock).toBe(1);
  });

  it("a store never shows or sells another store's products", async () => {
    const foreign = await createProduct(b.id, { stock: 3 });
    const list = await call(storeProducts.GET, "GET", { store: a.slug });
    expect(list.body.data.some((p: { id: string }) => p.id === foreign.id)).toBe(false);
    const created = await call(carts.POST, "POST", { store: a.slug });
    const res = await call(cartItems.PUT, "PUT", { store: a.slug, id: created.body.id }, { body: { product_id: foreign.id, quantity: 1 } });
    expect(res.status).toBe(404);
    expect((await call(cart.GET, "GET", { store: b.slug, id: created.body.id })).status).toBe(404);
    expect((await call(storeProducts.GET, "GET", { store: "no-such-store" })).status).toBe(404);
  });
});
