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
