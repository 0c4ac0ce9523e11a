import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo, signInByMagicLink } from "../support/sign-in";

const shots = "/tmp/warm-shots";
async function snap(page: Page, name: string, path: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(wide, `${name} ${width} scrolls sideways`).toBe(false);
      await page.screenshot({ path: `${shots}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
  }
}

test("screens", async ({ browser }) => {
  test.setTimeout(300_000);
  const sam = await (await browser.newContext()).newPage();
  await signInAsDemo(sam, "Sam Okafor");
  await snap(sam, "sharing", "/introductions/sharing");
  await snap(sam, "inbox", "/introductions/inbox");
  const priya = await (await browser.newContext()).newPage();
  await signInByMagicLink(priya, "priya.nair@brightwater.example");
  await expect(priya).toHaveURL(/\/(today|about-you)/);
  await snap(priya, "find", "/introductions?q=fjord");
  await snap(priya, "today", "/today");
  const maya = await (await browser.newContext()).newPage();
  await signInAsDemo(maya, "Maya Chen");
  await snap(maya, "empty", "/introductions");
});
