import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

/** The preview's email, in its sandboxed frame. */
function previewFrame(page: Page) {
  return page.locator('iframe[title="Digest email preview"]').contentFrame();
}

test("the demo employee previews this week's digest", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Digest" }).click();
  await expect(page.getByRole("heading", { name: "This week's digest" })).toBeVisible();
  // The email itself, in a sandboxed frame, addressed to Sam with the unsubscribe link.
  const email = previewFrame(page);
  await expect(email.getByText("Hi Sam, here's your week")).toBeVisible();
  await expect(email.getByRole("link", { name: "Unsubscribe" })).toBeVisible();
  await expect(page.getByText("Plain-text version")).toBeVisible();
});

test("one-click unsubscribe works without cookies and a forged link is refused", async ({
  page,
  request,
}) => {
  await signInAsDemo(page, "Sam Okafor");
  await page.goto("/digest/preview");
  const href = await previewFrame(page).getByRole("link", { name: "Unsubscribe" }).getAttribute("href");
  const token = href?.split("/").pop() ?? "";
  // `request` has no session cookie: the token alone is the credential, and the answer is 200, not a redirect.
  const forged = await request.post(`/api/unsubscribe/${token.slice(0, -2)}xx`, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(400);
  const done = await request.post(`/api/unsubscribe/${token}`, {
    form: { "List-Unsubscribe": "One-Click" },
    maxRedirects: 0,
  });
  expect(done.status()).toBe(200);
  await page.goto(`/unsubscribe/${token}`);
  await expect(page.getByRole("heading", { name: "You're unsubscribed" })).toBeVisible();
  await page.getByRole("button", { name: "Resubscribe" }).click();
  await expect(page.getByRole("heading", { name: "Stop the weekly digest?" })).toBeVisible();
});

test("`npm run digest --dry-run` lists the demo people and sends nothing", () => {
  // Its own embedded database (the app's is held by the running server), seeded with the demo on first open.
  const dataDir = mkdtempSync(join(tmpdir(), "rapport-digest-dry-run-"));
  const output = execFileSync("npm", ["run", "digest", "--dry-run"], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    env: { ...process.env, RAPPORT_DATA_DIR: dataDir, RESEND_API_KEY: "" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(output).toContain("nothing sent");
  for (const name of ["Sam Okafor", "Maya Chen", "Priya Nair", "Jordan Ellis"])
    expect(output).toContain(name);
});
