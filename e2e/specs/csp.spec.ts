import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

// The Content-Security-Policy as a browser applies it: the landing page is sent without scripts under
// `script-src 'none'`, pages rendered per request carry a nonce; neither lets an injected script run.

/** Records every CSP violation the page reports, from before its first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      consoleErrors.push(message.text());
  });
  return async () => [
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    ...consoleErrors,
  ];
}

function scriptSources(policy: string | undefined): string {
  return (policy ?? "").split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
}

/** True once React has hydrated the page: its scripts ran and took over the DOM. */
async function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__react")));
}

test("the landing page is sent as plain HTML with no script, and its way in works", async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto("/");
  expect(scriptSources(response?.headers()["content-security-policy"]).trim()).toBe("script-src 'none'");
  // The same bytes twice: nothing personal, and a cache may keep them.
  const again = await page.request.get("/", { headers: { accept: "text/html" } });
  expect(await again.text()).toBe(await response?.text());
  expect(await again.text()).not.toMatch(/<script|as="script"|modulepreload|rel="stylesheet"/i);
  // Styled from the stylesheet inlined in its head, with nothing left to fetch.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.locator("script").count()).toBe(0);
  expect(await hydrated(page)).toBe(false);
  await page.getByRole("link", { name: "Get started" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: /Sign in as Sam Okafor/ })).toBeVisible();
  await expect.poll(() => hydrated(page)).toBe(true);
  expect(await violations()).toEqual([]);
});

test("a script slipped into the landing page does not run", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.route("**/", async (route) => {
    const real = await route.fetch();
    const body = (await real.text()).replace("</body>", "<script>window.__injected = true</script></body>");
    // The same headers (the CSP among them), less those that described the original bytes.
    const headers = { ...real.headers() };
    delete headers["content-encoding"];
    delete headers["content-length"];
    await route.fulfill({ status: real.status(), headers, body });
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  await expect.poll(async () => (await violations()).join("\n")).toContain("script-src");
});

test("sign-in and Today carry a fresh nonce, no 'unsafe-inline', and report no violations", async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const first = await page.goto("/sign-in");
  const signIn = scriptSources(first?.headers()["content-security-policy"]);
  expect(signIn).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(signIn).not.toContain("unsafe-inline");
  const second = await page.request.get("/sign-in");
  expect(scriptSources(second.headers()["content-security-policy"])).not.toBe(signIn);
  await expect.poll(() => hydrated(page)).toBe(true);
  await signInAsDemo(page, "Sam Okafor");
  const today = await page.goto("/today");
  expect(scriptSources(today?.headers()["content-security-policy"])).not.toContain("unsafe-inline");
  await expect.poll(() => hydrated(page)).toBe(true);
  expect(await violations()).toEqual([]);
});

test("after a change that refreshes every page, the landing page is still served whole and script-free", async ({
  page,
}) => {
  // Saving a profile refreshes every cached page, the landing page among them: it is built again.
  await signInAsDemo(page, "Sam Okafor");
  await page.goto("/settings/profile");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
  await page.context().clearCookies();
  const violations = await watchViolations(page);
  for (let visit = 0; visit < 3; visit++) {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Get started" })).toBeVisible();
    expect(await page.locator("script").count()).toBe(0);
  }
  expect(await violations()).toEqual([]);
});
