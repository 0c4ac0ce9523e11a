import { expect, type Page, test } from "@playwright/test";
import { latestEmail, linkIn } from "../support/mailbox";
import { signInAsDemo, uniqueEmail } from "../support/sign-in";

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a new employee goes from first sign-in through the assessment to a first goal with a plan", async ({
  page,
  browser,
}) => {
  // A long journey (an invitation, a sign-in and 24 answers): give it more than the default budget.
  test.setTimeout(120_000);
  // The admin invites a new colleague into Partnerships.
  await signInAsDemo(page, "Alex Rivera");
  await page.goto("/settings/organisation");
  const newcomer = uniqueEmail("newcomer");
  const invitedAt = Date.now() - 1000;
  await page.getByLabel("Email address").fill(newcomer);
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Partnerships" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${newcomer}`)).toBeVisible();
  const invite = await latestEmail(newcomer, /invited you to/, invitedAt);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  // One email: the invitation's button signs the newcomer in and joins them; the first visit asks their name.
  await phone.goto(linkIn(invite.text, "/invite/"));
  await phone.getByRole("button", { name: /Join Brightwater/ }).click();
  await expect(phone).toHaveURL(/\/about-you/, { timeout: 20_000 });
  await phone.getByLabel("Your name").fill("Nell Newcomer");
  await phone.getByRole("button", { name: "Save and continue" }).click();
  await expect(phone).toHaveURL(/\/today/, { timeout: 20_000 });

  // Today offers the first-run.
  await phone.getByRole("link", { name: "Get started" }).click();
  await expect(phone.getByRole("heading", { name: /Let's make networking doable/ })).toBeVisible();
  await noSidewaysScroll(phone);
  await phone.getByRole("button", { name: "Let's start" }).click();

  // The assessment: an unanswered form says so, then every statement gets an answer.
  await expect(phone.getByRole("heading", { name: "What gets in your way?" })).toBeVisible();
  await phone.getByRole("button", { name: "See my profile" }).click();
  await expect(phone.getByText(/24 statements have no answer yet/)).toBeVisible();
  const groups = phone.getByRole("group").filter({ has: phone.getByRole("radio") });
  const count = await groups.count();
  expect(count).toBe(24);
  for (let i = 0; i < count; i++) {
    // Lean into "lack of time" (statements 7–9; the third is reverse-worded).
    const answer = i === 6 || i === 7 ? "Strongly agree" : i === 8 ? "Strongly disagree" : "Neither";
    // On a phone each choice is a numbered box; the box (the radio's label) is what a person taps.
    const choice = groups.nth(i).getByRole("radio", { name: answer, exact: true });
    // Centre the statement, as a person scrolling would, so the sticky submit bar does not cover it.
    await groups.nth(i).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await groups
      .nth(i)
      .locator("label", { has: phone.getByRole("radio", { name: answer, exact: true }) })
      .click();
    await expect(choice).toBeChecked();
  }
  await expect(phone.getByText("24 of 24 answered")).toBeVisible();
  await noSidewaysScroll(phone);
  await phone.getByRole("button", { name: "See my profile" }).click();

  // Suggestions follow the answers; the person picks one.
  await expect(phone.getByRole("heading", { name: "Pick a first goal" })).toBeVisible();
  await expect(phone.getByText(/Most in your way: lack of time/)).toBeVisible();
  await noSidewaysScroll(phone);
  await phone
    .getByRole("button", { name: /^Choose "/ })
    .first()
    .click();

  // The first goal arrives prefilled with a plan; it can be adjusted before saving.
  await expect(phone.getByRole("heading", { name: "Your first goal" })).toBeVisible();
  await expect(phone.getByRole("textbox", { name: "Step 1" })).not.toHaveValue("");
  await phone.getByLabel("Goal", { exact: true }).fill("Keep a weekly networking hour");
  await noSidewaysScroll(phone);
  await phone.getByRole("button", { name: "Save my first goal" }).click();

  await expect(phone.getByRole("heading", { name: "Keep a weekly networking hour" })).toBeVisible();
  await expect(phone.getByText("Goal saved")).toBeVisible();
  const steps = phone
    .getByRole("list")
    .filter({ has: phone.getByRole("button", { name: /Mark ".*" done/ }) });
  await expect(steps.getByRole("listitem").first()).toBeVisible();
  await phone
    .getByRole("button", { name: /Mark ".*" done/ })
    .first()
    .click();
  await expect(phone.getByText(/^1 of \d+ steps done$/)).toBeVisible();
  await noSidewaysScroll(phone);

  // The first-run is finished: Today no longer offers it, and the goal is in the list.
  await phone.goto("/today");
  await expect(phone.getByRole("link", { name: "Get started" })).toHaveCount(0);
  await expect(
    phone
      .getByRole("region", { name: "This week" })
      .getByText("Keep a weekly networking hour", { exact: true }),
  ).toBeVisible();
  await phone.goto("/goals");
  await expect(phone.getByRole("link", { name: "Keep a weekly networking hour" })).toBeVisible();

  // Changed their mind: the goal can be deleted from its edit page, behind a second step.
  await phone.getByRole("link", { name: "Keep a weekly networking hour" }).click();
  await phone.getByRole("link", { name: "Edit" }).click();
  await phone.getByText("Delete this goal…").click();
  await phone.getByRole("button", { name: "Delete the goal" }).click();
  await expect(phone).toHaveURL(/\/goals$/);
  await expect(phone.getByRole("link", { name: "Keep a weekly networking hour" })).toHaveCount(0);
  await context.close();
});

test("the demo employee sees personal goals, the team goal with their share, and a teammate's shared goal", async ({
  page,
}) => {
  await signInAsDemo(page, "Sam Okafor");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Goals" }).click();
  await expect(page.getByRole("heading", { name: "Goals", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /Find a mentor who moved/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Share two event finds each this month" })).toBeVisible();
  await expect(page.getByText("Your share:")).toBeVisible();
  await expect(page.getByRole("link", { name: /Follow up twice with everyone/ })).toBeVisible();
  // Tom's private goal is not visible to his teammate.
  await expect(page.getByText("Give value first: three introductions")).toHaveCount(0);

  // A manual goal takes a check-in and its history moves.
  await page.getByRole("link", { name: /Find a mentor who moved/ }).click();
  await expect(page.getByRole("heading", { name: "Action plan" })).toBeVisible();
  await page.getByLabel("How many").fill("1");
  await page.getByLabel(/Note/).fill("Second coffee with Carla");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("Checked in. Nice work.")).toBeVisible();
  await expect(page.getByText("Second coffee with Carla")).toBeVisible();
  await expect(page.getByText("Target reached.")).toBeVisible();
});

test("the networking time block downloads as a recurring calendar event", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  await page.goto("/goals/pitch");
  await expect(page.getByLabel("Your introduction")).not.toHaveValue("");
  const response = await page.request.get("/api/calendar/networking-time");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(response.headers()["content-disposition"]).toContain("attachment");
  const body = await response.text();
  expect(body).toContain("RRULE:FREQ=WEEKLY");
  expect(body).toContain("BYDAY=TH");
  expect(body).toContain("SUMMARY:Networking time");
});

test("a manager sees each member's count on the team goal, never notes", async ({ page }) => {
  await signInAsDemo(page, "Maya Chen");
  await page.goto("/goals");
  await page.getByRole("link", { name: "Share two event finds each this month" }).click();
  await expect(page.getByText("Sam Okafor")).toBeVisible();
  await expect(page.getByText("Priya Nair")).toBeVisible();
  await expect(page.getByText("SaaS partners breakfast")).toHaveCount(0);
});

test("a manager sets a team goal and then changes it", async ({ page }) => {
  await signInAsDemo(page, "Maya Chen");
  await page.goto("/goals/team/new");
  const title = `Coffee with another team ${Date.now()}`;
  await page.getByLabel("Goal", { exact: true }).fill(title);
  await page.getByLabel("Measured by").selectOption("conversations");
  await page.getByLabel("Target for each person").fill("1");
  await page.getByRole("button", { name: "Set team goal" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByText("Team: Partnerships")).toBeVisible();
  await page.getByLabel("Goal", { exact: true }).fill(`${title}, twice`);
  await page.getByLabel("Target for each person").fill("2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: `${title}, twice` })).toBeVisible();
  await expect(page.getByText(/Team goal for Partnerships · 2 conversations each/)).toBeVisible();
});
