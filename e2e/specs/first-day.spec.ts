import { expect as baseExpect, type Page, test } from "@playwright/test";
import { latestEmail, linkIn } from "../support/mailbox";
import { signInByMagicLink, uniqueEmail } from "../support/sign-in";

// The founder's laptop is in Berlin; the invitee's in Tokyo. Neither is UTC, and they differ, so the
// zone saved for the invitee can only have come from their own browser.
// Form posts redirect through the server; on a busy machine that takes longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

test.use({ timezoneId: "Europe/Berlin" });

async function answerAboutYou(page: Page, name: string, zone: string, place: string, day = "Mondays") {
  await expect(page).toHaveURL(/\/about-you/);
  await expect(page.getByLabel("Your time zone")).toHaveValue(zone);
  await expect(page.getByText(`${day} at 08:00 ${place} time`)).toBeVisible();
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Save and continue" }).click();
}

test("a founder starts an organisation and an invitee joins from one email, named and in their own zone", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const founder = uniqueEmail("founder");
  await signInByMagicLink(page, founder);
  // The name is asked before anything else, even before there is an organisation.
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("Enter a name.")).toBeVisible();
  await answerAboutYou(page, "Dana Okoye", "Europe/Berlin", "Berlin");
  await expect(page).toHaveURL(/\/welcome/);
  await expect(page.getByRole("heading", { name: "Welcome, Dana" })).toBeVisible();
  await page.getByLabel("Organisation name").fill("Harbour Analytics");
  await page.getByLabel("Your first team (optional)").fill("Growth");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/settings\/organisation/);

  // The checklist leads the admin: the first team (with the founder managing it) already ticks two steps.
  const checklist = page.getByRole("region", { name: "Set up your organisation" });
  await expect(checklist).toContainText("2 of 5 done");
  await checklist.getByRole("link", { name: "Invite people" }).click();

  // Three people in one paste, one of them with a name.
  const colleague = uniqueEmail("jamie");
  const others = [uniqueEmail("lee"), uniqueEmail("mo")];
  const invitedAt = Date.now() - 1000;
  await page.getByText("Invite several people at once").click();
  await page
    .getByLabel("Addresses")
    .fill(`Jamie Park <${colleague}>, ${others[0]}\n${others[1]}\nnot-an-address`);
  await page.getByLabel("Team for everyone").selectOption({ label: "Growth" });
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByText("3 ready to invite, 1 with a problem (not invited).")).toBeVisible();
  await page.getByRole("button", { name: "Send 3 invitations" }).click();
  await expect(page.getByText("Sent 3 invitations.")).toBeVisible();
  await expect(checklist).toContainText("3 of 5 done");

  await checklist.getByRole("link", { name: "Set a team goal" }).click();
  await page.getByLabel("Goal", { exact: true }).fill("One event each this month");
  await page.getByLabel("Target for each person").fill("1");
  await page.getByRole("button", { name: "Set team goal" }).click();
  await expect(page.getByRole("heading", { name: "One event each this month" })).toBeVisible();

  await page.goto("/today");
  await page
    .getByRole("region", { name: "Set up your organisation" })
    .getByRole("link", { name: /day of the weekly email/ })
    .click();
  await page.getByLabel("Weekly digest day").selectOption({ label: "Tuesday" });
  await page.getByRole("button", { name: "Save defaults" }).click();
  // Every step done: the checklist goes away, here and on Today.
  await expect(page.getByRole("region", { name: "Set up your organisation" })).toHaveCount(0);
  await page.goto("/today");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dana");
  await expect(page.getByRole("region", { name: "Set up your organisation" })).toHaveCount(0);

  // The invitation names the person who sent it, not their address.
  const invite = await latestEmail(colleague, /^Dana Okoye invited you to Harbour Analytics/, invitedAt);
  const inviteLink = linkIn(invite.text, "/invite/");
  await latestEmail(others[0] ?? "", /invited you/, invitedAt);
  await latestEmail(others[1] ?? "", /invited you/, invitedAt);

  const tokyo = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const jamie = await tokyo.newPage();
  await jamie.goto(inviteLink);
  await expect(jamie.getByRole("heading", { name: "Join Harbour Analytics" })).toBeVisible();
  await expect(jamie.getByText("Dana Okoye invited")).toBeVisible();
  // One button, no second email: it signs Jamie in and joins the team.
  await jamie.getByRole("button", { name: "Join Harbour Analytics" }).click();
  await expect(jamie.getByRole("heading", { name: "Welcome to Harbour Analytics" })).toBeVisible();
  // The name the admin pasted ("Jamie Park <…>") is suggested; Jamie confirms it.
  await expect(jamie.getByLabel("Your name")).toHaveValue("Jamie Park");
  await answerAboutYou(jamie, "Jamie Park", "Asia/Tokyo", "Tokyo", "Tuesdays");

  await expect(jamie).toHaveURL(/\/today/);
  await expect(jamie.getByRole("heading", { level: 1 })).toContainText("Jamie");
  await expect(
    jamie.getByRole("list", { name: "Your teams" }).getByRole("listitem").filter({ hasText: "Growth" }),
  ).toContainText("Member");
  await jamie.goto("/settings/profile");
  await expect(jamie.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  await expect(jamie.getByLabel("Your name")).toHaveValue("Jamie Park");
  await jamie.goto("/digest/preview");
  await expect(
    jamie
      .locator('iframe[title="Digest email preview"]')

      .contentFrame()
      .getByText("Hi Jamie, here's your week"),
  ).toBeVisible();

  // The link was used: opened again (signed out), it says so and offers a sign-in link instead.
  await tokyo.clearCookies();
  await jamie.goto(inviteLink);
  await expect(jamie.getByRole("heading", { name: "This invitation has already been used" })).toBeVisible();
  await expect(jamie.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
  await expect(jamie.getByRole("button", { name: "Join Harbour Analytics" })).toHaveCount(0);
  await tokyo.close();
});

test("opening an invitation link changes nothing until its button is pressed", async ({ page, request }) => {
  test.setTimeout(120_000);
  const founder = uniqueEmail("scanner-founder");
  await signInByMagicLink(page, founder);
  await answerAboutYou(page, "Rae Scanner", "Europe/Berlin", "Berlin");
  await page.getByLabel("Organisation name").fill("Scanned Ltd");
  await page.getByRole("button", { name: "Create organisation" }).click();
  const invitee = uniqueEmail("scanned");
  const invitedAt = Date.now() - 1000;
  await page.getByLabel("Email address").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const link = linkIn((await latestEmail(invitee, /invited you/, invitedAt)).text, "/invite/");

  // A mail scanner fetches the link twice: the invitation is still there for the person.
  expect((await request.get(link)).status()).toBe(200);
  expect((await request.get(link)).status()).toBe(200);
  const fresh = await page.context().browser()?.newContext();
  const person = await fresh?.newPage();
  if (!person || !fresh) throw new Error("no browser context");
  await person.goto(link);
  await person.getByRole("button", { name: "Join Scanned Ltd" }).click();
  await expect(person).toHaveURL(/\/about-you/);
  await fresh.close();
});
