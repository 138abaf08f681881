// Every tRPC procedure × every role, and every procedure from a foreign tenant. The expected answer
// comes from server/permissions.ts through each procedure's meta, so a new procedure is covered the
// moment it is added; one without a sample input below fails the test.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, can } from "./permissions";
import { callerAs, createTenantWithRoles, type TenantFixture } from "./testing/tenants";
import { invoke, listProcedures, outcomeOf } from "./testing/procedures";
import { ownerDb } from "./testing/db";

// Inputs that pass validation. Authorized callers may still get NOT_FOUND/CONFLICT: that is past the check.
const samples: Record<string, () => unknown> = {
  "tenant.mine": () => undefined,
  "tenant.me": () => undefined,
  "tenant.signOutEverywhere": () => undefined,
  "members.list": () => undefined,
  "members.add": () => ({ email: `${randomUUID()}@example.test`, role: "guest" }),
  "members.changeRole": () => ({ userId: randomUUID(), role: "user" }),
  "members.remove": () => ({ userId: randomUUID() }),
  "tokens.list": () => undefined,
  "tokens.create": () => ({ name: "authz test" }),
  "tokens.revoke": () => ({ id: randomUUID() }),
  "audit.list": () => ({}),
  "products.list": () => ({}),
  "products.get": () => ({ id: randomUUID() }),
  "products.create": () => ({ sku: `AUTHZ-${randomUUID().slice(0, 8)}`, name: "Authz product", priceMinor: 100, stock: 1 }),
  "products.update": () => ({ id: randomUUID(), name: "Renamed" }),
  "products.archive": () => ({ id: randomUUID() }),
  "products.adjustStock": () => ({ id: randomUUID(), delta: 1, reason: "authz test" }),
  "orders.list": () => ({}),
  "orders.get": () => ({ id: randomUUID() }),
  "orders.markPaid": () => ({ id: randomUUID() }),
  "orders.fulfil": () => ({ id: randomUUID() }),
  "orders.cancel": () => ({ id: randomUUID() }),
  "promos.list": () => undefined,
  "promos.create": () => ({ code: `AUTHZ${randomUUID().slice(0, 6).replace(/-/g, "")}`, percentOff: 5 }),
  "promos.setActive": () => ({ id: randomUUID(), active: false }),
  // Storefront (anonymous shoppers, scoped to the store the request names):
  "products.storeList": () => ({}),
  "products.storeCategories": () => undefined,
  "products.storeGet": () => ({ id: randomUUID() }),
  "carts.create": () => undefined,
  "carts.get": () => ({ cartId: randomUUID() }),
  "carts.setItem": () => ({ cartId: randomUUID(), productId: randomUUID(), quantity: 1 }),
};

const procedures = listProcedures();

describe("authorization of every tRPC procedure", () => {
  let a: TenantFixture;
  let b: TenantFixture;
  beforeAll(async () => {
    a = await createTenantWithRoles();
    b = await createTenantWithRoles();
  });

  it("has a sample input for every procedure", () => {
    expect(procedures.map((p) => p.path).filter((p) => !(p in samples))).toEqual([]);
  });

  it("every procedure is either a tenant procedure with a permission or a storefront procedure", () => {
    const tenantless = new Set(["tenant.mine"]);
    expect(procedures.filter((p) => !tenantless.has(p.path) && !p.meta?.permission && !p.meta?.storefront).map((p) => p.path)).toEqual([]);
  });

  for (const procedure of procedures.filter((p) => !p.meta?.storefront)) {
    describe(procedure.path, () => {
      it("answers each role as the permission table says", async () => {
        const seen: Record<string, string> = {};
        const expected: Record<string, string> = {};
        for (const role of ROLES) {
          const outcome = await outcomeOf(invoke(callerAs(a.roles[role].token, a.slug), procedure.path, samples[procedure.path]!()));
          seen[role] = outcome === "FORBIDDEN" ? "denied" : "allowed";
          const permission = procedure.meta?.permission;
          expected[role] = !permission || can(role, permission) ? "allowed" : "denied";
        }
        expect(seen).toEqual(expected);
      });

      it("refuses anonymous callers", async () => {
        const { createCaller } = await import("./root");
        const { createTRPCContext } = await import("./trpc");
        const anonymous = createCaller(createTRPCContext({ headers: new Headers({ "x-storefleet-tenant": a.slug }) }));
        expect(await outcomeOf(invoke(anonymous, procedure.path, samples[procedure.path]!()))).toBe("UNAUTHORIZED");
      });
    });
  }

  // Tenant-less procedures (the caller's own memberships) are covered by "lists only the caller's own tenants".
  for (const procedure of procedures.filter((p) => p.meta?.permission)) {
    it(`${procedure.path} refuses a foreign tenant`, async () => {
      const outcome = await outcomeOf(invoke(callerAs(a.roles.admin.token, b.slug), procedure.path, samples[procedure.path]!()));
      expect(outcome).toBe("FORBIDDEN");
    });
  }

  it("storefront procedures work anonymously, only inside the named store", async () => {
    const { createCaller } = await import("./root");
    const { createTRPCContext } = await import("./trpc");
    const { createProduct } = await import("./testing/store");
    const shopperIn = (slug: string) => createCaller(createTRPCContext({ headers: new Headers({ "x-storefleet-store": slug }) }));
    const productOfB = await createProduct(b.id, { stock: 3, name: "B only" });
    expect(await outcomeOf(shopperIn(b.slug).products.storeGet({ id: productOfB.id }))).toBe("ok");
    expect(await outcomeOf(shopperIn(a.slug).products.storeGet({ id: productOfB.id }))).toBe("NOT_FOUND");
    expect((await shopperIn(a.slug).products.storeList({})).items.some((p) => p.id === productOfB.id)).toBe(false);
    const cart = await shopperIn(a.slug).carts.create();
    expect(await outcomeOf(shopperIn(a.slug).carts.setItem({ cartId: cart.id, productId: productOfB.id, quantity: 1 }))).toBe("NOT_FOUND");
    expect(await outcomeOf(shopperIn(b.slug).carts.get({ cartId: cart.id }))).toBe("NOT_FOUND");
    expect(await outcomeOf(shopperIn("no-such-store").products.storeList({}))).toBe("NOT_FOUND");
  });

  it("lists only the caller's own tenants", async () => {
    const mine = await callerAs(a.roles.user.token).tenant.mine();
    expect(mine.map((t) => t.slug)).toEqual([a.slug]);
  });

  it("answers foreign resource ids with NOT_FOUND and changes nothing", async () => {
    const admin = callerAs(a.roles.admin.token, a.slug);
    expect(await outcomeOf(admin.members.remove({ userId: b.roles.user.userId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(admin.members.changeRole({ userId: b.roles.user.userId, role: "admin" }))).toBe("NOT_FOUND");
    expect(await outcomeOf(admin.tokens.revoke({ id: b.roles.admin.tokenId }))).toBe("NOT_FOUND");
    expect(await ownerDb().membership.findFirst({ where: { tenantId: b.id, userId: b.roles.user.userId } })).toMatchObject({ role: "user" });
    expect(await ownerDb().apiToken.findUnique({ where: { id: b.roles.admin.tokenId } })).toMatchObject({ revokedAt: null });
    // Nor do foreign rows appear in lists.
    const members = await admin.members.list();
    expect(members.some((m) => m.userId === b.roles.user.userId)).toBe(false);
    const tokens = await admin.tokens.list();
    expect(tokens.some((t) => t.id === b.roles.admin.tokenId)).toBe(false);
  });

  it("answers foreign products, orders and promo codes with NOT_FOUND and changes nothing", async () => {
    const { createProduct, storeCtxFor, cartWith, errorBody } = await import("./testing/store");
    const { checkout } = await import("./modules/checkout");
    const product = await createProduct(b.id, { stock: 5, name: "B product" });
    const store = await storeCtxFor(b.id);
    const order = (await checkout(store, { cartId: await cartWith(store, [[product.id, 1]]), email: "b@example.test" }, { errorBody })).order!;
    const promo = await ownerDb().promoCode.create({ data: { tenantId: b.id, code: `BONLY${Date.now() % 100000}`, percentOff: 50 } });
    const admin = callerAs(a.roles.admin.token, a.slug);
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ["products.get", () => admin.products.get({ id: product.id })],
      ["products.update", () => admin.products.update({ id: product.id, priceMinor: 1 })],
      ["products.archive", () => admin.products.archive({ id: product.id })],
      ["products.adjustStock", () => admin.products.adjustStock({ id: product.id, delta: -5, reason: "steal" })],
      ["orders.get", () => admin.orders.get({ id: order.id })],
      ["orders.markPaid", () => admin.orders.markPaid({ id: order.id })],
      ["orders.cancel", () => admin.orders.cancel({ id: order.id })],
      ["promos.setActive", () => admin.promos.setActive({ id: promo.id, active: false })],
    ];
    for (const [name, attempt] of attempts) expect([name, await outcomeOf(attempt())]).toEqual([name, "NOT_FOUND"]);
    expect(await ownerDb().product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ priceMinor: 1000, stock: 4, active: true });
    expect(await ownerDb().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "pending" });
    expect(await ownerDb().promoCode.findUniqueOrThrow({ where: { id: promo.id } })).toMatchObject({ active: true });
    expect((await admin.products.list({ includeArchived: true })).items.some((p) => p.id === product.id)).toBe(false);
    expect((await admin.orders.list({})).items.some((o) => o.id === order.id)).toBe(false);
    expect((await admin.promos.list()).some((p) => p.id === promo.id)).toBe(false);
  });

  it("refuses an X-Tenant-ID that contradicts the token, and audits it in the named tenant", async () => {
    const caller = callerAs(a.roles.admin.token, a.slug, { "x-tenant-id": b.id });
    expect(await outcomeOf(caller.members.list())).toBe("FORBIDDEN");
    const denial = await ownerDb().auditLog.findFirst({ where: { tenantId: b.id, outcome: "deny", actorTokenId: a.roles.admin.tokenId } });
    expect(denial).toMatchObject({ action: "tenant.access", outcome: "deny" });
    // A hint that agrees is fine.
    expect(await outcomeOf(callerAs(a.roles.admin.token, a.slug, { "x-tenant-id": a.id }).members.list())).toBe("ok");
  });

  it("records permission refusals in the audit log", async () => {
    expect(await outcomeOf(callerAs(a.roles.guest.token, a.slug).members.list())).toBe("FORBIDDEN");
    const row = await ownerDb().auditLog.findFirst({ where: { tenantId: a.id, action: "permission.denied", actorTokenId: a.roles.guest.tokenId } });
    expect(row?.metadata).toMatchObject({ permission: "members.read", role: "guest" });
  });
});
