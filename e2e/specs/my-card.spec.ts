import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import ICAL from "ical.js";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { signInAsDemo } from "../support/sign-in";

// Saves go through server actions; on a busy machine they take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });
const screens = ".artifacts/screens";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** The QR code on the page, as a PNG, and the text a phone camera would read from it (decoded by jsQR). */
async function readQr(page: Page): Promise<{ png: Buffer; text: string }> {
  const png = await page.getByTestId("card-qr").screenshot();
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(code, "a QR code in the picture").not.toBeNull();
  return { png, text: code?.data ?? "" };
}

/** A vCard read by ical.js (the app reads cards with its own parser): property name → its text. */
function readVCard(text: string): Record<string, string> {
  const card = new ICAL.Component(ICAL.parse(text));
  const out: Record<string, string> = {};
  for (const p of card.getAllProperties()) out[p.name] = String(p.getFirstValue());
  return out;
}

// The first sign-in of a run waits for the server to compile its pages; warm it first.
test.beforeAll(async ({ request }) => {
  await request.get("/sign-in", { timeout: 60_000 });
});

/** Screenshots at 390 and 1280 px, light and dark, then back to the phone in light. */
async function shoot(page: Page, name: string, fullPage = false) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      // Buttons fade between colours; the picture is taken once they have arrived.
      await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
      await page.screenshot({ path: `${screens}/${name}-${width}-${colorScheme}.png`, fullPage });
    }
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "light" });
}

async function signedOutGet(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(url);
  return { context, page, status: response?.status() };
}

test("my card's QR code is a vCard of exactly the fields I chose, and its link opens signed out until I turn it off", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signInAsDemo(page, "Sam Okafor");
  await page.getByRole("button", { name: "Your account" }).click();
  await page.getByRole("menuitem", { name: "My card" }).click();
  await expect(page.getByRole("heading", { name: "My card", level: 1 })).toBeVisible();

  const email = await page.getByLabel("Email", { exact: true }).inputValue();
  expect(email).toContain("@");
  await page.getByLabel("Role", { exact: true }).fill("Partnerships lead");
  await page.getByLabel("Company", { exact: true }).fill("Northwind, Ltd; Ünïcode Ørg");
  await page.getByLabel("Phone", { exact: true }).fill("+44 20 7946 0958");
  await page.getByLabel("LinkedIn", { exact: true }).fill("uk.linkedin.com/in/Sam-Okafor-E2E");
  await page.getByLabel("Show role on my card").check();
  await page.getByLabel("Show company on my card").check();
  await page.getByLabel("Show phone on my card").check();
  await page.getByLabel("Show LinkedIn on my card").check();
  await page.getByLabel("Show email on my card").uncheck();
  await page.getByRole("button", { name: "Save my card" }).click();
  await expect(page.getByText("Saved. Your code shows it now.")).toBeVisible();
  await expect(page.getByRole("link", { name: "+44 20 7946 0958" })).toBeVisible();

  const { text } = await readQr(page);
  const card = readVCard(text);
  expect(Object.keys(card).sort()).toEqual(["fn", "n", "org", "tel", "title", "url", "version"]);
  expect(card).toMatchObject({
    version: "3.0",
    fn: "Sam Okafor",
    org: "Northwind, Ltd; Ünïcode Ørg",
    title: "Partnerships lead",
    tel: "+44 20 7946 0958",
    url: "https://www.linkedin.com/in/sam-okafor-e2e",
  });
  expect(text).not.toContain(email);
  await shoot(page, "my-card", true);

  await page.getByRole("button", { name: "Turn on a personal link" }).click();
  const link = await page.getByLabel("Your link").inputValue();
  expect(link).toMatch(/\/c\/[A-Za-z0-9_-]{22}$/);
  const path = new URL(link).pathname;

  const visit = await signedOutGet(browser, path);
  expect(visit.status).toBe(200);
  await expect(visit.page.getByRole("heading", { name: "Sam Okafor" })).toBeVisible();
  await expect(visit.page.getByText("Partnerships lead · Northwind, Ltd; Ünïcode Ørg")).toBeVisible();
  await expect(visit.page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  expect(await visit.page.content()).not.toContain(email);
  expect(readVCard((await readQr(visit.page)).text).fn).toBe("Sam Okafor");
  const download = visit.page.waitForEvent("download");
  await visit.page.getByRole("link", { name: "Save contact" }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  expect(readVCard(Buffer.concat(chunks).toString("utf8")).tel).toBe("+44 20 7946 0958");
  await shoot(visit.page, "public-card", true);
  await visit.context.close();

  await page.getByRole("button", { name: "Turn the link off" }).click();
  await expect(page.getByRole("button", { name: "Turn on a personal link" })).toBeVisible();
  const off = await signedOutGet(browser, path);
  expect(off.status).toBe(404);
  expect((await off.page.request.get(`${path}/vcard`)).status()).toBe(404);
  await off.context.close();

  await page.getByRole("button", { name: "Turn on a personal link" }).click();
  const again = await page.getByLabel("Your link").inputValue();
  expect(new URL(again).pathname).not.toBe(path);
  const old = await signedOutGet(browser, path);
  expect(old.status).toBe(404);
  await old.context.close();
});

test("a photo of a card's QR code fills the quick log with what the card carries", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "Sam Okafor");
  await page.goto("/settings/card");
  const { png, text } = await readQr(page);
  const card = readVCard(text);

  await page.getByRole("button", { name: "Log", exact: true }).click();
  const sheet = page.getByRole("dialog", { name: "Log a person" });
  await expect(sheet.getByRole("button", { name: "Scan a card" })).toBeVisible();
  await sheet
    .getByLabel("Photo of a QR code")
    .setInputFiles({ name: "card.png", mimeType: "image/png", buffer: png });
  await expect(sheet.getByLabel("Name")).toHaveValue(card.fn ?? "");
  await expect(sheet.getByText(`Filled in from ${card.fn}'s card.`)).toBeVisible();
  if (card.org) await expect(sheet.getByLabel("Company")).toHaveValue(card.org);
  if (card.title) await expect(sheet.getByLabel("Role")).toHaveValue(card.title);
  if (card.tel) await expect(sheet.getByLabel("Phone")).toHaveValue(card.tel);
  await expect(sheet.getByLabel("Email")).toHaveValue(card.email ?? "");
  await shoot(page, "scan-card");

  // A photo with no code in it says so and changes nothing.
  await sheet.getByLabel("Name").fill("Kept Name");
  const blank = new PNG({ width: 200, height: 200 });
  blank.data.fill(255);
  await sheet.getByLabel("Photo of a QR code").setInputFiles({
    name: "blank.png",
    mimeType: "image/png",
    buffer: PNG.sync.write(blank),
  });
  await expect(sheet.getByText(/No QR code found in that photo/)).toBeVisible();
  await expect(sheet.getByLabel("Name")).toHaveValue("Kept Name");
});

/** Waits until the service worker runs this page (after the first load it needs one reload). */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

const deviceState = (page: Page) =>
  page.evaluate(async () => {
    const queued = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open("rapport-quick-log");
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains("entries")) return resolve(0);
        const count = db.transaction("entries").objectStore("entries").count();
        count.onsuccess = () => resolve(count.result);
      };
    });
    const pages = (await (await caches.open("rapport-pages")).keys()).length;
    return { queued, pages };
  });

test("signing out warns about people not yet synced, then leaves no queue and no stored pages", async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const run = Date.now();
  await signInAsDemo(page, "Sam Okafor");
  await controlledByServiceWorker(page);
  await expect.poll(async () => (await deviceState(page)).pages).toBeGreaterThan(0);

  await context.setOffline(true);
  for (const name of [`Una Unsynced ${run}`, `Vic Unsynced ${run}`]) {
    await page.getByRole("button", { name: "Log", exact: true }).click();
    const sheet = page.getByRole("dialog", { name: "Log a person" });
    await sheet.getByLabel("Name").fill(name);
    await sheet.getByRole("button", { name: "Save person" }).click();
    await expect(page.getByText(`${name} is kept on this device`, { exact: true })).toBeVisible();
  }
  // Back online, but the server never gets the quick-log saves (a flaky venue network); sign-out goes through.
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && (route.request().postData() ?? "").includes("clientId")
      ? route.abort()
      : route.fallback(),
  );
  await context.setOffline(false);
  await expect(page.getByRole("button", { name: "2 waiting to sync" })).toBeVisible();

  await page.getByRole("button", { name: "Your account" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  const warning = page.getByRole("dialog", {
    name: "2 people you logged haven't synced yet. Sign out anyway?",
  });
  await expect(warning).toBeVisible();
  await shoot(page, "sign-out-warning");
  await warning.getByRole("button", { name: "Stay signed in" }).click();
  await expect(warning).toBeHidden();
  await expect(page).toHaveURL(/\/today/);
  expect((await deviceState(page)).queued).toBe(2);

  await page.getByRole("button", { name: "Your account" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await warning.getByRole("button", { name: "Sign out anyway" }).click();
  await expect(page).not.toHaveURL(/\/today/);
  await expect.poll(() => deviceState(page)).toEqual({ queued: 0, pages: 0 });
});
