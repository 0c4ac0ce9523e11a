import { chromium } from "@playwright/test";

const base = "http://localhost:3300";
const out = "/tmp/shots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
const pages = process.argv.slice(2);
for (const scheme of ["light", "dark"]) {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const spec of pages) {
      const [name, path, who] = spec.split("|");
      if (who) {
        await page.goto(`${base}/sign-in`);
        await page.getByRole("button", { name: new RegExp(`Sign in as ${who}`) }).click();
        await page.waitForURL(/today/);
      }
      await page.goto(`${base}${path}`, { waitUntil: "load" });
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
