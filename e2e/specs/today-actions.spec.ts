import { expect as baseExpect, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

// Server actions and page loads can take several seconds on a busy CI machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

test("from Today, a follow-up is marked done and Undo brings it back", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  const list = page.getByRole("list", { name: "Follow-ups this week" });
  const done = list.getByRole("button", { name: /^Mark the follow-up with .+ done$/ }).first();
  const label = (await done.getAttribute("aria-label")) ?? "";
  const who = label.replace(/^Mark the follow-up with /, "").replace(/ done$/, "");
  await done.click();
  await expect(
    page
      .getByText(
        new RegExp(
          `(Done\\. Next catch-up with ${who} on \\w{3} \\d{1,2} \\w{3}\\.|Nice work keeping in touch with ${who})`,
        ),
      )
      .first(),
  ).toBeVisible();
  await expect(list.getByRole("button", { name: label })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Undone.").first()).toBeVisible();
  await expect(list.getByRole("button", { name: label })).toBeVisible();
});

test("from Today, a follow-up is snoozed to tomorrow and the date reads in words", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  const list = page.getByRole("list", { name: "Follow-ups this week" });
  await list
    .getByRole("button", { name: /^Snooze the follow-up with / })
    .first()
    .click();
  await page.getByRole("menuitem", { name: "Tomorrow" }).click();
  await expect(page.getByText(/^Snoozed to \w{3} \d{1,2} \w{3}\.$/).first()).toBeVisible();
  await expect(page.getByText(/\d{4}-\d{2}-\d{2}/)).toHaveCount(0);
});

test("from Today, one press answers an event, and a goal takes a check-in", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  const events = page.getByRole("list", { name: "Team events" });
  const interested = events.getByRole("button", { name: /^Interested: / }).first();
  const name = (await interested.getAttribute("aria-label")) ?? "";
  const before = await interested.getAttribute("aria-pressed");
  await interested.click();
  await expect(events.getByRole("button", { name })).toHaveAttribute(
    "aria-pressed",
    before === "true" ? "false" : "true",
  );

  const goals = page.getByRole("list", { name: "Your goals" });
  const goalItem = goals
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: /^Check in \+1 for / }) })
    .first();
  const checkIn = goalItem.getByRole("button", { name: /^Check in \+1 for / });
  const progress = (await goalItem.getByText(/^\d+ of \d+$/).textContent()) ?? "";
  const count = Number(progress.split(" ")[0]);
  await checkIn.click();
  await expect(page.getByText("Checked in: +1.").first()).toBeVisible();
  await expect(goalItem.getByText(new RegExp(`^${count + 1} of \\d+$`))).toBeVisible();
  // The answer's toast may still be showing: the newest Undo is the check-in's.
  await page.getByRole("button", { name: "Undo" }).last().click();
  await expect(goalItem.getByText(new RegExp(`^${count} of \\d+$`))).toBeVisible();
  await expect(goals.getByRole("link", { name: /^Open plan/ }).first()).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a person is saved with only a name: 'met on' is today and a follow-up is planned", async ({
    page,
  }) => {
    await signInAsDemo(page, "Sam Okafor");
    await page.goto("/people/new");
    await page.getByLabel("Name").fill("Quinn Just-A-Name");
    await page.getByRole("button", { name: "Save person" }).click();
    await expect(page.getByRole("heading", { name: "Quinn Just-A-Name" })).toBeVisible();
    await expect(page.getByText(/A follow-up is planned for \w{3} \d{1,2} \w{3}/)).toBeVisible();
  });

  test("with 'met on' cleared, no follow-up is offered and the name still saves", async ({ page }) => {
    await signInAsDemo(page, "Sam Okafor");
    await page.goto("/people/new");
    await page.getByLabel("Name").fill("Rowan No-Date");
    await page.getByLabel("Met on").fill("");
    await expect(page.getByRole("checkbox", { name: /Plan a follow-up/ })).toBeDisabled();
    await page.getByRole("button", { name: "Save person" }).click();
    await expect(page.getByRole("heading", { name: "Rowan No-Date" })).toBeVisible();
  });

  test("a form error moves the focus to the field in error", async ({ page }) => {
    await signInAsDemo(page, "Sam Okafor");
    await page.goto("/people/new");
    await page.getByLabel("Email").fill("not an email");
    await page.getByRole("button", { name: "Save person" }).click();
    await expect(page.getByLabel("Name")).toBeFocused();
  });
});
