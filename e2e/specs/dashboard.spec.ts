import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { latestEmail } from "../support/mailbox";
import { signInAsDemo } from "../support/sign-in";

// The demo manager Maya Chen manages Partnerships: Noor Haddad, Priya Nair, Sam Okafor and Tom Becker.
const MEMBERS = ["Noor Haddad", "Priya Nair", "Sam Okafor", "Tom Becker"];
const TEAM_URL = /\/team\/[0-9a-f-]{36}$/;

async function openTeamFromNav(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Team" }).click();
  await expect(page).toHaveURL(TEAM_URL);
  await expect(page.getByRole("heading", { name: "Partnerships", level: 1 })).toBeVisible();
}

/** The number on a headline card, e.g. the "Members" card of the team totals (group: the cards' label, or its start). */
async function stat(page: Page, group: string, label: string): Promise<number> {
  const text = await page
    .locator(`dl[aria-label^="${group}"] > div`)
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd")
    .first()
    .textContent();
  return Number.parseInt((text ?? "").replace(/[^\d]/g, ""), 10);
}

async function partnershipsUrl(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsDemo(page, "Maya Chen");
  await page.goto("/team");
  await expect(page).toHaveURL(TEAM_URL);
  const url = new URL(page.url()).pathname;
  await context.close();
  return url;
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a manager opens Team from the nav and sees the team's real numbers, never who they met", async ({
  page,
}) => {
  await signInAsDemo(page, "Maya Chen");
  await openTeamFromNav(page);
  await expect(
    page.getByText(/Who your team meets, what they talk about and anything they write down/),
  ).toBeVisible();

  // Totals come from what the members logged in the demo.
  expect(await stat(page, "Partnerships totals", "Members")).toBe(MEMBERS.length);
  expect(await stat(page, "Partnerships totals", "People met")).toBeGreaterThan(0);
  expect(await stat(page, "Partnerships totals", "Conversations")).toBeGreaterThan(0);

  // The weekly trend is drawn, with its numbers available as a table for screen readers.
  await expect(page.getByRole("img", { name: /^People met per week, Partnerships/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Conversations per week, Partnerships/ })).toBeVisible();

  // One row per member, each linking to their page; the table sorts by a column.
  const table = page.getByRole("table", { name: "Partnerships: each member's numbers" });
  for (const name of MEMBERS) await expect(table.getByRole("link", { name })).toBeVisible();
  await expect(table.getByText("1 behind")).toBeVisible();
  await table.getByRole("button", { name: /Last activity/ }).click();
  await expect(table.getByRole("columnheader", { name: /Last activity/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  // Goals members shared, the team goal with each share, events and who is going.
  await expect(page.getByText("Follow up twice with everyone who doesn't reply")).toBeVisible();
  await expect(page.getByRole("link", { name: "Share two event finds each this month" })).toBeVisible();
  await expect(
    page.getByRole("progressbar", { name: /Sam Okafor's share of Share two event finds/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Fintech Founders Breakfast" })).toBeVisible();
  await expect(page.getByText("Going: Priya Nair, Sam Okafor")).toBeVisible();

  // The barrier profile is an average of at least three people, or explained and withheld.
  await expect(
    page.getByText(
      /The average of \d+ members' latest self-assessments|Shown once at least 3 members have taken/,
    ),
  ).toBeVisible();

  // Nothing any member wrote about the people they meet.
  for (const secret of ["Rosa Delgado", "Harbour Analytics", "Elena Petrova", "Send the case study"]) {
    await expect(page.getByText(secret)).toHaveCount(0);
  }

  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
});

test("a member's page shows their numbers and shared goals but not their contacts", async ({ page }) => {
  await signInAsDemo(page, "Maya Chen");
  await openTeamFromNav(page);
  await page
    .getByRole("table", { name: "Partnerships: each member's numbers" })
    .getByRole("link", { name: "Sam Okafor" })
    .click();
  await expect(page).toHaveURL(/\/team\/[0-9a-f-]{36}\/members\/[0-9a-f-]{36}/);
  await expect(page.getByRole("heading", { name: "Sam Okafor", level: 1 })).toBeVisible();
  await expect(
    page.getByText(/Their contacts, notes and self-assessment answers are not shown/),
  ).toBeVisible();
  expect(await stat(page, "Sam Okafor's numbers", "Conversations")).toBeGreaterThan(0);
  await expect(page.getByRole("img", { name: /^People met per week, Sam Okafor/ })).toBeVisible();
  await expect(page.getByText("Find a mentor who moved from partnerships into product")).toBeVisible();

  // Sam's contacts, their companies and his notes stay his.
  for (const secret of ["Rosa Delgado", "Kwame Mensah", "Harbour Analytics", "Send the case study"]) {
    await expect(page.getByText(secret)).toHaveCount(0);
  }
  expect(await page.content()).not.toContain("Rosa Delgado");

  await page.getByRole("link", { name: "← Partnerships" }).click();
  await expect(page).toHaveURL(TEAM_URL);
});

test("the period changes from the quick links and the date fields; a bad date is explained beside it", async ({
  page,
}) => {
  await signInAsDemo(page, "Maya Chen");
  await openTeamFromNav(page);
  const teamPath = new URL(page.url()).pathname;
  await expect(page.getByText(/\(12 weeks\)/)).toBeVisible();

  await page.getByRole("link", { name: "Last 30 days" }).click();
  await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByRole("link", { name: "Last 30 days" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText(/\(30 days\)/)).toBeVisible();

  // A custom period through the GET form: two weeks ending today.
  const to = await page.getByLabel("To", { exact: true }).inputValue();
  const from = new Date(`${to}T12:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 13);
  await page.getByLabel("From", { exact: true }).fill(from.toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${from.toISOString().slice(0, 10)}&to=${to}`));
  await expect(page.getByText(/\(2 weeks\)/)).toBeVisible();

  // A period the dashboard cannot show: the reason sits beside the field and the page still works.
  await page.goto(`${teamPath}?from=2020-01-01&to=${to}`);
  await expect(page.getByRole("alert").filter({ hasText: /at most 366 days/ })).toBeVisible();
  await expect(page.getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/Showing .* instead/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Partnerships: each member's numbers" })).toBeVisible();
});

test("the CSV export downloads the member table for the chosen period", async ({ page }) => {
  await signInAsDemo(page, "Maya Chen");
  await openTeamFromNav(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^partnerships-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const lines = (await readFile(path, "utf8"))
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toMatch(/^Period \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/);
  expect(lines[1]).toMatch(/^Member,Shared goals,Shared goals behind,People met \(30 days\),/);
  expect(lines.some((line) => line.startsWith("Sam Okafor,"))).toBe(true);
  expect(lines).toHaveLength(2 + MEMBERS.length);
  expect(lines.join("\n")).not.toContain("Rosa Delgado");

  const response = await page.request.get(`${new URL(page.url()).pathname}/export?to=yesterday`);
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("not a date");
});

test("a manager sends a friendly nudge, sees it confirmed, and it is held for a week", async ({ page }) => {
  await signInAsDemo(page, "Maya Chen");
  await openTeamFromNav(page);
  // Noor has logged nothing for a month; Priya is behind on the goal she shared.
  const nudges = page.locator("section", { has: page.getByRole("heading", { name: "May need a nudge" }) });
  await expect(nudges.getByText(/^Nothing logged for \d+ days$/)).toBeVisible();
  await expect(nudges.getByText("Behind on 1 shared goal")).toBeVisible();
  const button = page.getByRole("button", { name: /^Send a friendly nudge to / }).first();
  await expect(button).toBeVisible();
  const who = ((await button.textContent()) ?? "").replace(/^Send a friendly nudge to /, "").trim();
  expect(MEMBERS).toContain(who);
  const sentAt = Date.now() - 1000;
  await button.click();

  // The email is shown before it goes; a personal note appears in it, as text and never as markup.
  const dialog = page.getByRole("dialog", { name: `Nudge ${who}` });
  await expect(dialog.getByText("Up to date")).toBeVisible();
  await expect(dialog.getByText(/^Subject/).locator("..")).toContainText("A nudge from Maya Chen");
  const note = "Fancy the <b>breakfast</b> on Thursday? I'm going too.";
  await dialog.getByLabel("A personal note (optional)").fill(note);
  await expect(dialog.getByText("Up to date")).toBeVisible();
  const preview = dialog.frameLocator("iframe");
  await expect(preview.getByText("Maya Chen added a note:")).toBeVisible();
  await expect(preview.getByText(note)).toBeVisible();
  await dialog.getByRole("button", { name: "Send the nudge" }).click();
  await expect(dialog).toHaveCount(0);

  // A toast says so, and the person's row now reads "Nudged today" with the button held.
  await expect(page.getByText(`Nudged ${who}`).first()).toBeVisible();
  await expect(page.getByText(/^Nudged today — again from \d+ \w+$/).first()).toBeVisible();
  const held = page.getByRole("button", { name: "Nudged", exact: true }).first();
  await expect(held).toBeDisabled();

  const email = `${who.toLowerCase().replace(" ", ".")}@brightwater.example`;
  const message = await latestEmail(email, /^A nudge from Maya Chen/, sentAt);
  expect(message.text).not.toContain("Rosa Delgado");
  expect(message.text).toContain(note);
  expect(message.html).toContain("Fancy the &lt;b&gt;breakfast&lt;/b&gt; on Thursday?");
  expect(message.html).not.toContain("<b>breakfast</b>");

  // Still held after a reload.
  await page.reload();
  await expect(page.getByRole("button", { name: "Nudged", exact: true }).first()).toBeDisabled();
  await expect(page.getByText(/^Nudged today — again from/).first()).toBeVisible();
});

test("an employee has no Team link and cannot open the team dashboard", async ({ page, browser }) => {
  const teamPath = await partnershipsUrl(browser);
  await signInAsDemo(page, "Sam Okafor");
  await expect(
    page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Team" }),
  ).toHaveCount(0);

  await page.goto("/team");
  await expect(page.getByText("This page is for team managers")).toBeVisible();

  await page.goto(teamPath);
  await expect(page.getByRole("heading", { name: "This page is for the team's managers" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText("Priya Nair")).toHaveCount(0);

  const response = await page.request.get(`${teamPath}/export`);
  expect(response.status()).toBe(403);
});

test("an admin sees the organisation overview with every team", async ({ page }) => {
  await signInAsDemo(page, "Alex Rivera");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Teams", level: 1 })).toBeVisible();
  expect(await stat(page, "Brightwater & Co at a glance", "Teams")).toBe(2);
  await expect(page.getByRole("img", { name: /^Active members per week/ })).toBeVisible();

  const teams = page.getByRole("table", { name: "Teams in the organisation" });
  await expect(teams.getByRole("row", { name: /Partnerships .*Maya Chen/ })).toBeVisible();
  await expect(teams.getByRole("row", { name: /Product .*Jordan Ellis/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "See each run and any failures" })).toHaveAttribute(
    "href",
    "/settings/digest-runs",
  );

  await teams.getByRole("link", { name: "Partnerships" }).click();
  await expect(page.getByRole("heading", { name: "Partnerships", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "← All teams" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the dashboard and a member page have no serious accessibility problems (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await signInAsDemo(page, "Maya Chen");
    await openTeamFromNav(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole("table", { name: "Partnerships: each member's numbers" })
      .getByRole("link", { name: "Priya Nair" })
      .click();
    await expect(page.getByRole("heading", { name: "Priya Nair", level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
