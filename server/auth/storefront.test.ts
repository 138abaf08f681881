import { describe, expect, it } from "vitest";
import { isRootHost, subdomainSlug } from "./storefront";

describe("storefront host parsing", () => {
  it.each([
    ["company-a.localhost:3000", "company-a"],
    ["COMPANY-A.localhost:3000", "company-a"],
    ["localhost:3000", null],
    ["www.localhost:3000", null],
    ["a.b.localhost:3000", null],
    ["company-a.localhost:3001", null],
    ["shop.example.com", null],
    ["-bad.localhost:3000", null],
  ])("%s → %s", (host, slug) => {
    expect(subdomainSlug(host, "localhost:3000")).toBe(slug);
  });

  it("recognises the root host", () => {
    expect(isRootHost("localhost:3000", "localhost:3000")).toBe(true);
    expect(isRootHost("company-a.localhost:3000", "localhost:3000")).toBe(false);
  });
});

describe("storefront tenant lookup", () => {
  it("routes verified custom domains and ignores unverified ones", async () => {
    const { createTenant, ownerDb } = await import("../testing/db");
    const { storeByHost, storeByParam, storeBySlug, invalidateStorefrontCache } = await import("./storefront");
    const tenant = await createTenant();
    const host = `shop-${tenant.slug}.example.test`;
    await ownerDb().tenantDomain.create({ data: { tenantId: tenant.id, host, verified: false } });
    expect(await storeByHost(`${host}:443`)).toBeNull();
    await ownerDb().tenantDomain.updateMany({ where: { host }, data: { verified: true } });
    invalidateStorefrontCache();
    expect((await storeByHost(host))?.id).toBe(tenant.id);
    expect((await storeByParam(host))?.id).toBe(tenant.id);
    expect((await storeBySlug(tenant.slug.toUpperCase()))?.id).toBe(tenant.id);
    expect(await storeBySlug("no-such-store")).toBeNull();
    expect(await storeBySlug("../etc")).toBeNull();
  });
});
