import { test } from "@playwright/test";
import { E2E_CRON_SECRET, latestEmail } from "../support/mailbox";
import { signInAsDemo } from "../support/sign-in";

test.describe.configure({ timeout: 300_000 });
const dir = "/tmp/daily-shots";

test("screenshots", async ({ browser, request }) => {
  await request.post("/api/cron/digest", { headers: { Authorization: `Bearer ${E2E_CRON_SECRET}` } });
  const email = await latestEmail("sam.okafor@brightwater.example", /Your week in networking/);
  for (const scheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      await signInAsDemo(page, "Sam Okafor");
      await page.screenshot({ path: `${dir}/today-${width}-${scheme}.png`, fullPage: true });
      await page.goto("/people/new");
      await page.screenshot({ path: `${dir}/quicklog-${width}-${scheme}.png`, fullPage: true });
      await page.goto("/digest/preview");
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `${dir}/preview-${width}-${scheme}.png`, fullPage: true });
      await ctx.close();
    }
    for (const width of [600, 390]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      await page.setContent(email.html);
      await page.screenshot({ path: `${dir}/email-${width}-${scheme}.png`, fullPage: true });
      await ctx.close();
    }
  }
});
