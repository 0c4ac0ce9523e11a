import { expect, type Page } from "@playwright/test";

import { OIDC_ISSUER, OIDC_NAME } from "./oidc-config";

export { OIDC_ISSUER, OIDC_NAME };

/**
 * Completes the provider's own pages (oidc-provider's development login and consent) as `login`, when
 * it asks; a provider session from earlier in the test goes straight back to the app.
 */
export async function loginAtProvider(page: Page, login: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await page.waitForLoadState("domcontentloaded");
    if (new URL(page.url()).origin !== OIDC_ISSUER) return;
    const loginBox = page.locator('input[name="login"]');
    const consent = page.getByRole("button", { name: /continue/i });
    if (await loginBox.isVisible()) {
      await loginBox.fill(login);
      await page.locator('input[name="password"]').fill("any password");
      await page.getByRole("button", { name: "Sign-in" }).click();
      await loginBox.waitFor({ state: "detached", timeout: 30_000 });
    } else if (await consent.isVisible()) {
      const at = page.url();
      await consent.click();
      // Gone from this page (Rapport's own pages have "continue" buttons too, e.g. "about you").
      await page.waitForURL((url) => url.toString() !== at, { timeout: 30_000 });
    } else {
      await page.waitForTimeout(250);
    }
  }
  await expect(page).not.toHaveURL(new RegExp(`^${OIDC_ISSUER}`));
}

/** From the app's sign-in page: the SSO button, then the provider's pages. */
export async function signInWithSso(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Continue with ${OIDC_NAME}` }).click();
  // Off to the provider; with a provider session from earlier in the test it sends the browser straight back.
  await page.waitForURL((url) => url.origin === OIDC_ISSUER || url.pathname !== "/sign-in", {
    timeout: 30_000,
  });
  await loginAtProvider(page, login);
}
