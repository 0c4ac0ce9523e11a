import { expect as baseExpect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

// Saves go through server actions; on a busy machine they take longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });
const screens = ".artifacts/screens";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Waits until the service worker runs this page (after the first load it needs one reload). */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

async function storedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open("rapport-pages");
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
}

test("Rapport is installable: a manifest, a service worker and no installability errors", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "Sam Okafor");
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "Rapport", start_url: "/today", display: "standalone" });
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain("maskable");
  await controlledByServiceWorker(page);
  const scriptUrl = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(scriptUrl).toMatch(/\/serwist\/sw\.js$/);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, which Chromium reports on its own; nothing else may be missing.
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);
});

test("without signal, Today and the prep card of an event I'm going to still open, marked as stored", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "Sam Okafor");
  await controlledByServiceWorker(page);
  const going = page.getByRole("button", { name: /^Going: / }).first();
  const title = (await going.getAttribute("aria-label"))?.replace(/^Going: /, "") ?? "";
  if ((await going.getAttribute("aria-pressed")) !== "true") {
    await going.click();
    await expect(going).toHaveAttribute("aria-pressed", "true");
  }
  const href = await page.getByRole("link", { name: title, exact: true }).first().getAttribute("href");
  // Today stores what is needed for later, the going event's prep card included.
  await page.reload();
  await expect.poll(() => storedPaths(page)).toEqual(expect.arrayContaining(["/today", "/events", href]));

  await context.setOffline(true);
  await page.goto("/today");
  await expect(
    page.getByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening)/ }),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "You're offline" })).toContainText("Last updated");
  await page.screenshot({ path: `${screens}/offline-today-390-light.png`, fullPage: false });
  await page.goto(href ?? "/events");
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prep card" })).toBeVisible();
  await page.goto("/goals");
  await expect(page.getByRole("heading", { name: "You're offline" })).toBeVisible();
  await page.screenshot({ path: `${screens}/offline-page-390-light.png` });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${screens}/offline-page-390-dark.png` });
  await page.goto("/today");
  await page.screenshot({ path: `${screens}/offline-today-390-dark.png` });
  await context.setOffline(false);
});

async function logWhileOffline(page: Page, name: string) {
  await page.getByRole("button", { name: "Log", exact: true }).click();
  const sheet = page.getByRole("dialog", { name: "Log a person" });
  await sheet.getByLabel("Name").fill(name);
  await sheet.getByLabel("Where you met").fill("Hall B, no signal");
  await sheet.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByText(`${name} is kept on this device`, { exact: true })).toBeVisible();
}

test("three people logged without signal are sent once each when it returns, even after a reload", async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const run = Date.now();
  const names = [`Ola Offline ${run}`, `Bea Offline ${run}`, `Cy Offline ${run}`];
  await signInAsDemo(page, "Sam Okafor");
  await controlledByServiceWorker(page);
  await expect.poll(() => storedPaths(page)).toContain("/today");

  await context.setOffline(true);
  await logWhileOffline(page, names[0] ?? "");
  await logWhileOffline(page, names[1] ?? "");
  await expect(page.getByRole("button", { name: "2 waiting to sync" })).toBeVisible();
  await page.screenshot({ path: `${screens}/waiting-to-sync-390-light.png` });
  // Closing and reopening the page loses nothing.
  await page.reload();
  await expect(page.getByRole("button", { name: "2 waiting to sync" })).toBeVisible();
  await logWhileOffline(page, names[2] ?? "");
  await expect(page.getByRole("button", { name: "3 waiting to sync" })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByText("3 people sent from this device", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /waiting to sync/ })).toHaveCount(0);
  await page.goto(`/people?q=${run}`);
  for (const name of names)
    await expect(page.getByRole("link", { name: new RegExp(`^${name} `) })).toHaveCount(1);
  // A reload afterwards sends nothing again.
  await page.reload();
  for (const name of names)
    await expect(page.getByRole("link", { name: new RegExp(`^${name} `) })).toHaveCount(1);
});

test("the quick log opens from the header, the L key and the palette's event, and saves a name alone", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const name = `Quick Person ${Date.now()}`;
  await signInAsDemo(page, "Sam Okafor");
  const sheet = page.getByRole("dialog", { name: "Log a person" });

  await page.keyboard.press("l");
  await expect(sheet).toBeVisible();
  await expect(sheet.getByLabel("Name")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();

  const handled = await page.evaluate(() => {
    const event = new CustomEvent("rapport:open-quick-log", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(handled).toBe(true);
  await expect(sheet).toBeVisible();
  // On a phone the sheet sits on the bottom edge, within the thumb's reach.
  const box = await sheet.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(840);
  await sheet.getByRole("button", { name: "Save person" }).click();
  await expect(sheet.getByText("Enter their name.")).toBeVisible();
  await expect(sheet.getByLabel("Name")).toBeFocused();
  await sheet.getByLabel("Name").fill(name);
  await page.screenshot({ path: `${screens}/quick-log-390-light.png` });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${screens}/quick-log-390-dark.png` });
  await page.emulateMedia({ colorScheme: "light" });
  await sheet.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByText(`${name} is saved`, { exact: true })).toBeVisible();
  await page.goto(`/people?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name: new RegExp(`^${name} `) })).toHaveCount(1);
});

test("sharing into Rapport prefills the quick log from a LinkedIn profile and the event form from a page", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "Sam Okafor");
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest.share_target).toMatchObject({ action: "/share", method: "GET" });

  await page.goto(
    `/share?title=${encodeURIComponent("Ines Okafor | LinkedIn")}&url=${encodeURIComponent("https://uk.linkedin.com/in/Ines-Okafor?trk=share")}`,
  );
  const sheet = page.getByRole("dialog", { name: "Log a person" });
  await expect(sheet.getByLabel("Name")).toHaveValue("Ines Okafor");
  await expect(sheet.getByLabel("LinkedIn")).toHaveValue("https://www.linkedin.com/in/ines-okafor");
  await page.keyboard.press("Escape");

  await page.goto(`/share?text=${encodeURIComponent("Fintech Night https://meetup.example/e/42")}`);
  await expect(page).toHaveURL(/\/events\/new\?/);
  await expect(page.getByLabel("Title")).toHaveValue("Fintech Night");
  await expect(page.locator('input[name="organiserUrl"]')).toHaveValue("https://meetup.example/e/42");
});
