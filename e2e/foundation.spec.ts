import { expect, test } from "@playwright/test";
import { expectNotFound, nav, signIn } from "./helpers";

test.describe("dashboard foundation", () => {
  test("admin_a signs in, adds and removes a member", async ({ page }) => {
    await signIn(page, "admin_a");
    await expect(page).toHaveURL(/\/dashboard\/company-a$/);
    await expect(page.getByRole("heading", { name: "Company A" })).toBeVisible();

    await nav(page).getByRole("link", { name: "Members" }).click();
    await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
    const email = `e2e-${Date.now()}@example.com`;

    // Inline validation before anything is sent.
    await page.getByLabel("E-mail").fill("not-an-email");
    await page.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();

    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("analyst");
    await page.getByRole("button", { name: "Add member" }).click();
    const row = page.getByTestId(`member-${email}`);
    await expect(row).toBeVisible();
    await expect(row.getByRole("combobox")).toHaveValue("analyst");

    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: `Remove ${email}` }).click();
    await expect(row).toHaveCount(0);

    // The last admin cannot be demoted.
    const me = page.getByTestId("member-admin_a@example.com");
    await me.getByRole("combobox").selectOption("user");
    await expect(page.getByText(/at least one admin/)).toBeVisible();
  });

  test("admin_a creates a token, uses it, and revokes it", async ({ page, request }) => {
    await signIn(page, "admin_a");
    await nav(page).getByRole("link", { name: "API tokens" }).click();
    const name = `e2e token ${Date.now()}`;
    await page.getByLabel("Name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const secret = (await page.getByTestId("new-token-secret").textContent())!.trim();
    expect(secret).toMatch(/^sf_/);

    const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ tenant: { slug: "company-a" }, role: "admin" });

    await page.reload();
    const row = page.getByTestId(`token-${name}`);
    await expect(row).toBeVisible();
    await expect(row.getByText("active", { exact: false })).toBeVisible();
    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: `Revoke ${name}` }).click();
    await expect(row.getByText("revoked")).toBeVisible();

    const after = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${secret}` } });
    expect(after.status()).toBe(401);
    expect(after.headers()["content-type"]).toContain("application/problem+json");

    // The audit log shows both changes.
    await nav(page).getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("cell", { name: "token.revoke" }).first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "token.create" }).first()).toBeVisible();
  });

  test("admin_b opening a Company A page gets a not-found page", async ({ page }) => {
    await signIn(page, "admin_b");
    await expect(page).toHaveURL(/\/dashboard\/company-b$/);
    await expectNotFound(page, "/dashboard/company-a");
    await expectNotFound(page, "/dashboard/company-a/members");
  });

  test("a guest sees no admin sections and cannot open them", async ({ page }) => {
    await signIn(page, "guest_a");
    await expect(nav(page).getByRole("link")).toHaveText(["Overview"]);
    await expectNotFound(page, "/dashboard/company-a/members");
    await expectNotFound(page, "/dashboard/company-a/audit");
  });

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail").fill("admin_a@example.com");
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("That e-mail and password do not match an account.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
