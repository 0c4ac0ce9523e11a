import { expect, test } from "@playwright/test";
import { latestEmail, linkIn } from "../support/mailbox";
import { requestMagicLink, signInAsDemo, signInByMagicLink, uniqueEmail } from "../support/sign-in";

test("a new person signs in by magic link, creates an organisation and invites a colleague who joins the right team", async ({
  page,
  browser,
}) => {
  const founder = uniqueEmail("founder");
  await signInByMagicLink(page, founder);
  await expect(page).toHaveURL(/\/about-you/);
  await page.getByLabel("Your name").fill("Founder Person");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/welcome/);
  await page.getByLabel("Organisation name").fill("Harbour Analytics");
  await page.getByLabel("Your first team (optional)").fill("Growth");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/settings\/organisation/);

  const colleague = uniqueEmail("colleague");
  const invitedAt = Date.now() - 1000;
  await page.getByLabel("Email address").fill(colleague);
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Growth" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${colleague}`)).toBeVisible();

  const invite = await latestEmail(colleague, /invited you to Harbour Analytics/, invitedAt);
  const inviteLink = linkIn(invite.text, "/invite/");

  const other = await browser.newContext();
  const colleaguePage = await other.newPage();
  await colleaguePage.goto(inviteLink);
  await expect(colleaguePage.getByRole("heading", { name: "Join Harbour Analytics" })).toBeVisible();
  // The invitation link is the proof of the address: one button signs in and joins, no second email.
  await colleaguePage.getByRole("button", { name: "Join Harbour Analytics" }).click();
  await expect(colleaguePage).toHaveURL(/\/about-you/);
  await colleaguePage.getByLabel("Your name").fill("Colleague Person");
  await colleaguePage.getByRole("button", { name: "Save and continue" }).click();
  await expect(colleaguePage).toHaveURL(/\/today/);
  await expect(colleaguePage.getByText("Welcome to Harbour Analytics")).toBeVisible();
  await expect(
    colleaguePage
      .getByRole("list", { name: "Your teams" })
      .getByRole("listitem")
      .filter({ hasText: "Growth" }),
  ).toContainText("Member");
  await other.close();
});

test("opening the emailed link does not use it up; the button does, and a second use explains itself", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("scanner");
  await page.goto("/sign-in");
  const link = await requestMagicLink(page, email);

  // A corporate link scanner fetches the link (and even the Auth.js callback) before the person does.
  expect((await request.get(link)).status()).toBe(200);
  const callback = link.replace("/sign-in/confirm", "/api/auth/callback/email");
  await request.get(callback, { maxRedirects: 0 });

  await page.goto(link);
  await page.getByRole("button", { name: "Continue to Rapport" }).click();
  await expect(page).toHaveURL(/\/about-you/);

  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link was already used" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
});

test("the demo employee and the demo manager sign in with one click", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sam");
  await expect(
    page.getByRole("list", { name: "Your teams" }).getByRole("listitem").filter({ hasText: "Partnerships" }),
  ).toContainText("Member");

  await page.context().clearCookies();
  await signInAsDemo(page, "Maya Chen");
  await expect(
    page.getByRole("list", { name: "Your teams" }).getByRole("listitem").filter({ hasText: "Partnerships" }),
  ).toContainText("Manager");
});

test("an employee cannot manage the organisation", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  await expect(page.getByRole("link", { name: "Organisation" })).toHaveCount(0);
  await page.goto("/settings/organisation");
  await expect(page.getByText(/only .*admins/i).first()).toBeVisible();
});

test("a form on another site cannot run a mutation with the person's session", async ({ page }) => {
  await signInAsDemo(page, "Alex Rivera");
  const response = await page.request.post("/api/trpc/organisation.createTeam", {
    headers: { Origin: "https://attacker.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: "name=Injected",
  });
  expect(response.status()).toBe(403);
  const sameSite = await page.request.post("/api/trpc/organisation.createTeam", {
    headers: { Origin: new URL(page.url()).origin, "Content-Type": "application/json" },
    data: { json: { name: `Real team ${Date.now()}` } },
  });
  expect(sameSite.status()).toBe(200);
});

test("signing out of every device ends the session", async ({ page }) => {
  await signInAsDemo(page, "Alex Rivera");
  await page.goto("/settings/profile");
  await page.getByRole("button", { name: "Sign out of every device" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday/);
});

test("a mistyped address is caught beside the field on the first press, and the fixed one gets its link", async ({
  page,
}) => {
  await page.goto("/sign-in");
  const field = page.getByLabel("Work email");
  await field.fill("sam at brightwater");
  await field.press("Enter");
  // The rule is fetched on this first press; the message and the focus land on the field.
  await expect(page.getByText("Enter an email address like name@company.com.")).toBeVisible();
  await expect(field).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in/);
  // Fixed, the form sends: the person is told to check their email, and the link arrives.
  const link = await requestMagicLink(page, uniqueEmail("typo"));
  expect(link).toContain("/sign-in/confirm");
});
