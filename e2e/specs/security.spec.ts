import { expect, type Page, test } from "@playwright/test";
import { REDIRECT_BYPASSES } from "../../packages/domain/src/security/redirect-bypasses";
import { type ExtraServer, startExtraServer } from "../support/extra-server";
import { requestMagicLink, signInAsDemo, signInByMagicLink, uniqueEmail } from "../support/sign-in";

// Attacks on the running app: open redirects, cross-site posts, forged forwarding headers, record ids of
// another organisation. Each check is what a browser would do with the answer.

const CROSS_SITE = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
const REFUSAL = /came from another website/;

/** Where a browser goes with this Location (it strips tab/CR/LF and reads "\" as "/", as URL does). */
function landsOnSite(location: string | undefined, base: string): boolean {
  if (location === undefined) return false;
  return new URL(location, base).origin === new URL(base).origin;
}

function htmlDecode(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<");
}

test.describe("open redirects", () => {
  test("every redirect-taking route keeps each known bypass spelling on this site", async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const base = baseURL ?? "";
    await signInAsDemo(page, "Sam Okafor");
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const failures: string[] = [];
    for (const bypass of REDIRECT_BYPASSES) {
      const q = encodeURIComponent(bypass);
      // The sign-in page sends a signed-in visitor straight on.
      const signIn = await page.request.get(`/sign-in?callbackUrl=${q}`, { maxRedirects: 0 });
      if (!landsOnSite(signIn.headers().location, base)) failures.push(`sign-in ${JSON.stringify(bypass)}`);
      // A link scanner's GET of the Auth.js callback is sent to the confirm page.
      const callback = await request.get(
        `/api/auth/callback/email?token=t&email=a%40b.test&callbackUrl=${q}`,
        {
          maxRedirects: 0,
        },
      );
      if (!landsOnSite(callback.headers().location, base))
        failures.push(`callback ${JSON.stringify(bypass)}`);
      // The confirm page hands the target on to the next form.
      const confirm = await request.get(`/sign-in/confirm?token=t&email=a%40b.test&callbackUrl=${q}`);
      const carried = /name="callbackUrl" value="([^"]*)"/.exec(await confirm.text())?.[1];
      if (!carried || !landsOnSite(htmlDecode(carried), base) || !htmlDecode(carried).startsWith("/")) {
        failures.push(`confirm ${JSON.stringify(bypass)} -> ${carried}`);
      }
      // Auth.js's own redirects (here: after signing out) go through the same rule.
      const signOut = await request.post("/api/auth/signout", {
        form: { csrfToken, callbackUrl: bypass },
        headers: { origin: base },
        maxRedirects: 0,
      });
      if (!landsOnSite(signOut.headers().location, base)) failures.push(`signout ${JSON.stringify(bypass)}`);
      // The unsubscribe link opened in a browser.
      const unsubscribe = await request.get(`/api/unsubscribe/${q}`, { maxRedirects: 0 });
      if (unsubscribe.status() < 400 && !landsOnSite(unsubscribe.headers().location, base)) {
        failures.push(`unsubscribe ${JSON.stringify(bypass)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test("the demo 'sign in as' button with a hostile target still lands on this site", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    for (const bypass of [
      "/\t/evil.example/phish",
      "/\\evil.example",
      "https://evil.example/",
      "/%2F/evil.example",
    ]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto("/sign-in");
      const form = page.locator("form", { has: page.getByRole("button", { name: /Sign in as Sam Okafor/ }) });
      await form.locator('input[name="callbackUrl"]').evaluate((input, value) => {
        (input as HTMLInputElement).value = value;
      }, bypass);
      await form.getByRole("button").click();
      await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
      expect(new URL(page.url()).origin).toBe(baseURL);
      await context.close();
    }
  });
});

/** The fields of the "sign in as Sam" form, as the browser would post them (action id included). */
async function demoFormFields(page: Page): Promise<Record<string, string>> {
  await page.goto("/sign-in");
  const form = page.locator("form", { has: page.getByRole("button", { name: /Sign in as Sam Okafor/ }) });
  return form.evaluate((element) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new FormData(element as HTMLFormElement)) fields[key] = String(value);
    return fields;
  });
}

test.describe("cross-site posts", () => {
  test("a magic link posted from another site is refused with 403 and stays unused", async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const email = uniqueEmail("csrf");
    await page.goto("/sign-in");
    const link = new URL(await requestMagicLink(page, email));
    const attacker = await playwright.request.newContext({ baseURL });
    const posted = await attacker.post(
      `/api/auth/callback/email?${new URLSearchParams({
        token: link.searchParams.get("token") ?? "",
        email,
        callbackUrl: "/today",
      })}`,
      { headers: CROSS_SITE, form: {}, maxRedirects: 0 },
    );
    expect(posted.status()).toBe(403);
    expect(await posted.text()).toMatch(REFUSAL);
    expect(posted.headers()["set-cookie"] ?? "").not.toMatch(/session-token/);
    // The link still works for its owner: nothing was used up.
    await page.goto(link.toString());
    await expect(page.getByRole("button", { name: "Continue to Rapport" })).toBeVisible();
    await attacker.dispose();
  });

  test("every Auth.js POST route refuses another site", async ({ request }) => {
    for (const path of [
      "/api/auth/callback/email?token=x&email=a%40b.test",
      "/api/auth/signout",
      "/api/auth/signin/email",
      "/api/auth/signin/sso",
      "/api/auth/callback/sso",
      "/api/auth/session",
    ]) {
      const response = await request.post(path, {
        headers: CROSS_SITE,
        form: { csrfToken: "x" },
        maxRedirects: 0,
      });
      expect(response.status(), path).toBe(403);
      expect(await response.text(), path).toMatch(REFUSAL);
    }
  });

  test("a server action posted from another site answers 403, not 500, and signs nobody in", async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const fields = await demoFormFields(page);
    const attacker = await playwright.request.newContext({ baseURL });
    const refused = await attacker.post("/sign-in", {
      multipart: fields,
      headers: CROSS_SITE,
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toMatch(REFUSAL);
    expect(refused.headers()["set-cookie"] ?? "").not.toMatch(/session-token/);
    // The same post from our own page does sign in: the refusal above is about where it came from.
    const own = await attacker.post("/sign-in", {
      multipart: fields,
      headers: { origin: baseURL ?? "", "sec-fetch-site": "same-origin" },
      maxRedirects: 0,
    });
    expect(own.status()).toBeLessThan(400);
    expect(own.headers()["set-cookie"] ?? "").toMatch(/session-token/);
    await attacker.dispose();
  });

  test("a tRPC mutation from another site is refused and changes nothing", async ({ page }) => {
    test.setTimeout(90_000);
    await signInAsDemo(page, "Sam Okafor");
    const refused = await page.request.post("/api/trpc/me.updateProfile", {
      headers: { ...CROSS_SITE, "content-type": "application/json" },
      data: { json: { name: "Mallory", timeZone: "UTC" } },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error).toMatch(REFUSAL);
    await page.goto("/settings/profile");
    await expect(page.getByLabel("Your name")).not.toHaveValue("Mallory");
  });
});

test.describe("records of another organisation", () => {
  test("answer 404 on pages, like missing and malformed ids", async ({ page, browser }) => {
    test.setTimeout(300_000);
    await signInAsDemo(page, "Maya Chen");
    const hrefs: string[] = [];
    const first = async (path: string, pattern: RegExp) => {
      await page.goto(path);
      const here = new URL(page.url()).pathname;
      if (pattern.test(here)) {
        hrefs.push(here);
        return;
      }
      const all = await page
        .locator("a[href]")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      const found = all.find((href) => pattern.test(href));
      if (found) hrefs.push(found.split("?")[0] ?? found);
    };
    await first("/team", /^\/team\/[0-9a-f-]{36}$/);
    await first("/goals", /^\/goals\/[0-9a-f-]{36}$/);
    await first("/people", /^\/people\/[0-9a-f-]{36}$/);
    await first("/events", /^\/events\/[0-9a-f-]{36}$/);
    expect(hrefs.length).toBeGreaterThanOrEqual(3);
    // Maya herself opens them fine.
    for (const href of hrefs) expect((await page.goto(href))?.status(), href).toBe(200);

    const context = await browser.newContext();
    const outsider = await context.newPage();
    await signInByMagicLink(outsider, uniqueEmail("outsider"));
    await expect(outsider).toHaveURL(/\/about-you/);
    await outsider.getByLabel("Your name").fill("Otto Outsider");
    await outsider.getByRole("button", { name: "Save and continue" }).click();
    await expect(outsider).toHaveURL(/\/welcome/);
    await outsider.getByLabel("Organisation name").fill("Elsewhere Ltd");
    await expect(outsider.getByLabel("Organisation name")).toHaveValue("Elsewhere Ltd");
    await outsider.getByRole("button", { name: "Create organisation" }).click();
    await expect(outsider).toHaveURL(/\/settings\/organisation/, { timeout: 30_000 });
    const missing = "00000000-0000-4000-8000-000000000000";
    const probes = [
      ...hrefs,
      ...hrefs.map((href) => `${href}/edit`).filter((href) => !href.startsWith("/team/")),
      `/team/${missing}`,
      `/goals/${missing}`,
      `/people/${missing}`,
      `/events/${missing}`,
      "/events/not-an-id",
      "/people/not-an-id",
    ];
    for (const href of probes) {
      const response = await outsider.goto(href);
      expect(response?.status(), href).toBe(404);
    }
    await context.close();
  });
});

test.describe("forged forwarding headers, health and start-up (servers of their own)", () => {
  let server: ExtraServer;
  const cronSecret = "a-cron-secret-for-the-attack-suite";

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // No AUTH_URL and no Resend key: the embedded start, emails in the dev mailbox.
    server = await startExtraServer({ CRON_SECRET: cronSecret });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("a forged Host or X-Forwarded-Host never reaches the emailed link", async ({ page, playwright }) => {
    test.setTimeout(120_000);
    // The attacker posts the sign-in form themselves, with a victim's address and headers of their
    // choosing (Origin matching the forged host, so the request does not look cross-site).
    await page.goto(`${server.url}/sign-in`);
    const form = page.locator("form", { has: page.getByLabel("Work email") });
    const email = uniqueEmail("forged-host");
    await page.getByLabel("Work email").fill(email);
    const fields = await form.evaluate((element) => {
      const all: Record<string, string> = {};
      for (const [key, value] of new FormData(element as HTMLFormElement)) all[key] = String(value);
      return all;
    });
    const attacker = await playwright.request.newContext({ baseURL: server.url });
    const forged = {
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    };
    const sent = await attacker.post("/sign-in", { multipart: fields, headers: forged, maxRedirects: 0 });
    expect(sent.status()).toBeLessThan(400);
    await attacker.dispose();

    await page.goto(`${server.url}/dev/mailbox`);
    await page
      .getByRole("link", { name: new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) })
      .first()
      .click();
    const link = await page
      .getByRole("link", { name: /\/sign-in\/confirm/ })
      .first()
      .getAttribute("href");
    expect(new URL(link ?? "").origin).toBe(`http://localhost:${server.port}`);
    expect(await page.content()).not.toContain("evil.example");
  });

  test("spoofed X-Forwarded-For values do not move the sign-in limit's bucket", async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    const ask = async (i: number) => {
      await context.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i}, 203.0.113.${i}` });
      await page.goto("/sign-in");
      await page.getByLabel("Work email").fill(uniqueEmail(`spray${i}`));
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    };
    // Every request claims another address. Only the socket counts, so the limit (20 per client) still
    // bites within 21 requests (earlier tests on this server already used a few).
    let accepted = 0;
    let refused = false;
    for (let i = 1; i <= 21 && !refused; i++) {
      await ask(i);
      const sent = page.getByRole("heading", { name: "Check your email" });
      const limited = page.getByText(/Too many sign-in links were asked for/).first();
      await expect(sent.or(limited)).toBeVisible({ timeout: 30_000 });
      if (await limited.isVisible()) refused = true;
      else accepted += 1;
    }
    expect(refused).toBe(true);
    expect(accepted).toBeLessThanOrEqual(20);
    await context.close();
  });

  test("health tells anonymous callers the status and engine only; the cron secret sees the detail", async () => {
    const anonymous = await fetch(`${server.url}/api/health`);
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ status: "ok", database: { engine: "pglite" } });
    const detailed = await fetch(`${server.url}/api/health`, {
      headers: { authorization: `Bearer ${cronSecret}` },
    });
    const body = await detailed.json();
    expect(body.database.migrations).toBeGreaterThan(0);
    expect(typeof body.database.latencyMs).toBe("number");
  });

  test("with an unreachable database at start the server answers 503 and keeps retrying", async () => {
    test.setTimeout(180_000);
    const down = await startExtraServer({
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/nothing",
      CRON_SECRET: cronSecret,
    });
    try {
      const first = await fetch(`${down.url}/api/health`);
      expect(first.status).toBe(503);
      const text = await first.text();
      expect(JSON.parse(text)).toEqual({ status: "unavailable", database: { engine: "postgres" } });
      expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
      const detail = await fetch(`${down.url}/api/health`, {
        headers: { authorization: `Bearer ${cronSecret}` },
      });
      expect((await detail.json()).database.error).toMatch(/ECONNREFUSED|connect/i);
      // Still up a few seconds later, and trying again.
      await expect.poll(() => /retrying in/.test(down.log()), { timeout: 30_000 }).toBe(true);
      await new Promise((r) => setTimeout(r, 3000));
      expect((await fetch(`${down.url}/api/health`)).status).toBe(503);
    } finally {
      await down.stop();
    }
  });
});
