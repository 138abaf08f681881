import { expect, test } from "@playwright/test";
import { nav, signIn } from "./helpers";

const rootHost = process.env.E2E_ROOT_HOST ?? "localhost:3000";
const storeUrl = (slug: string, path = "/") => `http://${slug}.${rootHost}${path}`;

test.describe.serial("storefront and checkout", () => {
  let orderNumber = "";

  test("a shopper on company-a's store buys two products with SUMMER10", async ({ page }) => {
    await page.goto(storeUrl("company-a"));
    await expect(page.getByRole("heading", { name: "Welcome to Company A" })).toBeVisible();
    // Out-of-stock items are shown as such and cannot be added.
    const scholar = page.getByTestId("product-card").filter({ hasText: "Scholar 14 Laptop" });
    await expect(scholar.getByText("Out of stock").first()).toBeVisible();
    await expect(scholar.getByRole("button", { name: "Out of stock" })).toBeDisabled();

    await page.getByRole("button", { name: "Add Aero 13 Laptop to cart" }).click();
    await expect(page.getByTestId("cart-link")).toContainText("1");
    await page.getByRole("link", { name: "Mice" }).click();
    await page.getByRole("button", { name: "Add Wireless Mouse to cart" }).click();
    await expect(page.getByTestId("cart-link")).toContainText("2");

    await page.getByTestId("cart-link").click();
    await expect(page.getByTestId("cart-line")).toHaveCount(2);
    await page.getByRole("link", { name: "Checkout" }).click();

    await page.getByLabel("Promo code").fill("WINTER99");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("The code WINTER99 does not exist.")).toBeVisible();

    await page.getByLabel("Promo code").fill("summer10");
    await page.getByRole("button", { name: "Apply" }).click();
    // 899.00 + 24.99 = 923.99; −10 % = −92.40; VAT 20 % of 831.59 = 166.32; total 997.91
    await expect(page.getByTestId("subtotal")).toHaveText("€923.99");
    await expect(page.getByTestId("discount")).toHaveText("−€92.40");
    await expect(page.getByTestId("vat")).toHaveText("€166.32");
    await expect(page.getByTestId("total")).toHaveText("€997.91");

    await page.getByLabel("E-mail for the confirmation").fill("e2e-shopper@example.com");
    await page.getByRole("button", { name: /Place order/ }).click();
    const heading = page.getByRole("heading", { name: /Order #\d+ is confirmed/ });
    await expect(heading).toBeVisible();
    orderNumber = (await heading.textContent())!.match(/#(\d+)/)![1]!;
    await expect(page.getByTestId("total")).toHaveText("€997.91");
    await expect(page.getByTestId("cart-link")).toContainText("0");
  });

  test("admin_a sees the order, and the stock went down", async ({ page }) => {
    expect(orderNumber).not.toBe("");
    await signIn(page, "admin_a");
    await nav(page).getByRole("link", { name: "Orders" }).click();
    const row = page.getByTestId(`order-row-${orderNumber}`);
    await expect(row).toContainText("e2e-shopper@example.com");
    await expect(row).toContainText("€997.91");
    await row.getByRole("link", { name: `#${orderNumber}` }).click();
    await page.getByRole("button", { name: "Mark as paid" }).click();
    await expect(page.getByText("paid", { exact: true }).first()).toBeVisible();

    await nav(page).getByRole("link", { name: "Products" }).click();
    await expect(page.getByTestId("product-row-LAP-13-AIR").getByTestId("stock")).toHaveText("11");
    await expect(page.getByTestId("product-row-MOU-WL").getByTestId("stock")).toHaveText("59");
  });

  test("company-b's store never shows company-a's products", async ({ page }) => {
    await page.goto(storeUrl("company-b"));
    await expect(page.getByRole("heading", { name: "Welcome to Company B" })).toBeVisible();
    await expect(page.getByText("Coffee beans").first()).toBeVisible();
    await expect(page.getByText("Laptop")).toHaveCount(0);
    await page.goto(storeUrl("company-b", "/?q=laptop"));
    await expect(page.getByText("Nothing found")).toBeVisible();
    // The same through the platform path.
    await page.goto(`/s/company-b`);
    await expect(page.getByText("Aero 13 Laptop")).toHaveCount(0);
  });
});
