import { type APIRequestContext, expect as baseExpect, test } from "@playwright/test";
import { isoWeekKey } from "@rapport/domain/time";
import { E2E_CRON_SECRET, htmlLinks, latestEmail } from "../support/mailbox";
import { signInAsDemo } from "../support/sign-in";

// Server actions and page loads can take several seconds on a busy CI machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

/**
 * Runs the weekly digest for the demo organisation's current week (London), due or not. A run left to
 * the clock sends nothing on a Monday before 08:00, nor to Priya (Berlin) from Sunday 23:00 UTC on.
 */
async function runDigest(request: APIRequestContext) {
  const week = isoWeekKey(new Date(), "Europe/London");
  const run = await request.post(`/api/cron/digest?week=${week}`, {
    headers: { Authorization: `Bearer ${E2E_CRON_SECRET}` },
  });
  expect(run.status()).toBe(200);
}

const SAM = "sam.okafor@brightwater.example";
const PRIYA = "priya.nair@brightwater.example";

test("a digest's Done link: opening it changes nothing, the button marks it done once, and forged or other people's links are refused", async ({
  browser,
  request,
}) => {
  // The weekly digest goes out through the Resend SDK to the local Resend-compatible server.
  await runDigest(request);
  const email = await latestEmail(SAM, /Your week in networking/);
  const [done] = htmlLinks(email.html, "Done");
  expect(done).toMatch(/\/act\//);
  const person = email.html.match(/href="([^"]*\/people\/[^"]+)"[^>]*>(?:<strong>)?([^<]+)</);
  const who = person?.[2] ?? "";
  expect(who).not.toBe("");

  // A browser with no session, as when the email is read on a phone.
  const inbox = await browser.newContext();
  const page = await inbox.newPage();
  await page.goto(done ?? "");
  await expect(page.getByRole("heading", { name: `Mark your follow-up with ${who} done?` })).toBeVisible();
  // Opening it again (as a mail scanner would) still only asks.
  await page.reload();
  await expect(page.getByRole("heading", { name: `Mark your follow-up with ${who} done?` })).toBeVisible();
  await page.getByRole("button", { name: "Mark it done" }).click();
  await expect(page.getByText(`Your follow-up with ${who} is done.`)).toBeVisible();
  await page.goto(done ?? "");
  await expect(page.getByRole("heading", { name: "Already done" })).toBeVisible();

  // A tampered link changes nothing and says so.
  const tampered = (done ?? "").replace(
    /\.([A-Za-z0-9_-])([A-Za-z0-9_-]{42})$/,
    (_, c: string, rest: string) => `.${c === "A" ? "B" : "A"}${rest}`,
  );
  expect(tampered).not.toBe(done);
  await page.goto(tampered);
  await expect(page.getByRole("heading", { name: "This link doesn't work" })).toBeVisible();
  await expect(page.getByText("Nothing was changed.")).toBeVisible();
  await inbox.close();
});

test("another person's digest link, opened while signed in as someone else, changes nothing", async ({
  browser,
  request,
}) => {
  await runDigest(request);
  // Priya's own link, opened while Sam is signed in on this browser: refused, and her follow-up stays open.
  const priyas = await latestEmail(PRIYA, /Your week in networking/);
  const [priyaDone] = htmlLinks(priyas.html, "Done");
  const samBrowser = await browser.newContext();
  const samPage = await samBrowser.newPage();
  await signInAsDemo(samPage, "Sam Okafor");
  await samPage.goto(priyaDone ?? "");
  await expect(samPage.getByRole("heading", { name: "This link was sent to someone else" })).toBeVisible();
  await expect(samPage.getByRole("button", { name: "Mark it done" })).toHaveCount(0);
  await samBrowser.close();
  // The same link, opened where nobody else is signed in, still offers Priya her button: nothing was used up.
  const priyaBrowser = await browser.newContext();
  const priyaPage = await priyaBrowser.newPage();
  await priyaPage.goto(priyaDone ?? "");
  await expect(priyaPage.getByRole("button", { name: "Mark it done" })).toBeVisible();
  await priyaBrowser.close();
});

test("the digest run refuses a week that is not an ISO week, and says what it wants", async ({ request }) => {
  for (const week of ["next", "2026-W54", "2026-48", "<script>"]) {
    const run = await request.post(`/api/cron/digest?week=${encodeURIComponent(week)}`, {
      headers: { Authorization: `Bearer ${E2E_CRON_SECRET}` },
    });
    expect(run.status()).toBe(400);
    expect(await run.json()).toEqual({ error: "week must be an ISO week like 2026-W48." });
  }
  // Without the secret the week is never looked at.
  expect((await request.post("/api/cron/digest?week=next")).status()).toBe(401);
});
