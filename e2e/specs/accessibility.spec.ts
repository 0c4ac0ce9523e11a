import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

const publicPages = [
  ["landing", "/"],
  ["sign in", "/sign-in"],
  ["check your email", "/sign-in/check-email?email=someone%40example.test"],
  ["confirm with a used link", "/sign-in/confirm?token=nope&email=someone%40example.test"],
  ["sign-in error", "/sign-in/error?error=Verification"],
  ["unknown invitation", "/invite/not-a-real-token"],
] as const;

const signedInPages = [
  ["today", "/today"],
  ["organisation settings", "/settings/organisation"],
  ["profile", "/settings/profile"],
  ["goals", "/goals"],
  ["assessment", "/assessment"],
  ["events", "/events"],
  ["people", "/people"],
  ["follow-ups", "/follow-ups"],
  ["team overview", "/team"],
  ["intros", "/intros"],
  ["intros programmes", "/intros/manage"],
] as const;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    for (const [name, path] of publicPages) {
      test(`${name} has no serious accessibility problems`, async ({ page }) => {
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    for (const [name, path] of signedInPages) {
      test(`${name} (signed in) has no serious accessibility problems`, async ({ page }) => {
        await signInAsDemo(page, "Alex Rivera");
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}

test("the signed-in shell works from the keyboard alone", async ({ page }) => {
  await signInAsDemo(page, "Alex Rivera");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const menuButton = page.getByRole("button", { name: "Your account" });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Profile and sessions" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Profile and sessions" })).toHaveCount(0);
  await expect(menuButton).toBeFocused();
});
