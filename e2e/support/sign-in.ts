import { expect, type Page } from "@playwright/test";
import { latestEmail, linkIn } from "./mailbox";

/** Asks for a magic link on the sign-in form already on screen, and returns the emailed confirm link. */
export async function requestMagicLink(page: Page, email: string): Promise<string> {
  const asked = Date.now() - 1000;
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  const message = await latestEmail(email, /sign-in link/i, asked);
  return linkIn(message.text, "/sign-in/confirm");
}

/** Signs in from scratch by magic link and ends on whatever page the app sends a new session to. */
export async function signInByMagicLink(page: Page, email: string, from = "/sign-in"): Promise<void> {
  await page.goto(from);
  const link = await requestMagicLink(page, email);
  await page.goto(link);
  await page.getByRole("button", { name: "Continue to Rapport" }).click();
}

export async function signInAsDemo(page: Page, name: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(`Sign in as ${name}`) }).click();
  await expect(page).toHaveURL(/\/today/);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.test`;
}
