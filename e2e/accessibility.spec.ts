// Automated accessibility checks (axe-core) on the main pages of each audience. Serious and
// critical violations fail the test; the report names the rule and the elements.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("accessibility", () => {
  test("sign-in page", async ({ page }) => {
    await page.goto("/sign-in");
    await expectAccessible(page);
  });

  test("storefront catalog, product, cart and checkout", async ({ page }) => {
    await page.goto("/s/company-b");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Hand Grinder" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Add Hand Grinder to cart" }).click();
    await expect(page.getByTestId("cart-link")).toContainText("1");
    await page.goto("/s/company-b/cart");
    await expectAccessible(page);
    await page.goto("/s/company-b/checkout");
    await expectAccessible(page);
  });

  test("dashboard sections", async ({ page }) => {
    await signIn(page, "admin_b");
    for (const section of ["", "/products", "/orders", "/promos", "/members", "/tokens", "/audit"]) {
      await page.goto(`/dashboard/company-b${section}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await expectAccessible(page);
    }
  });
});
