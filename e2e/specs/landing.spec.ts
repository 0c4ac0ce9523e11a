import { expect, test } from "@playwright/test";

test("the landing page says what Rapport is for and offers a way in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Rapport/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Meet the right people");
  await expect(page.getByRole("heading", { name: /Eight reasons people skip networking/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Get started" })).toHaveAttribute("href", "/sign-in");
  await expect(page.getByRole("heading", { name: "Private by design" })).toBeVisible();
});

test("the landing page fits a phone without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the health endpoint tells anyone the status and the engine, and nothing more", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    database: { engine: process.env.DATABASE_URL ? "postgres" : "pglite" },
  });
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
