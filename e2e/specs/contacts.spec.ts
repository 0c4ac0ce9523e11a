import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

/** A calendar day in London (Sam's time zone), `offset` days from today. */
/** A day as the app writes it for the demo people (en-GB): "Thu 4 Feb". */
function dayInWords(isoDay: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(new Date(`${isoDay}T12:00:00Z`));
}

function londonDay(offset = 0, timeZone = "Europe/London"): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

async function addPersonMetAtEvent(page: Page, name: string) {
  // From a team event that ended two days ago: its "who did you meet?" prompt.
  await page.goto("/events?view=past");
  await page.getByRole("link", { name: "Channel partner lunch" }).first().click();
  await page.getByRole("link", { name: "Add someone you met" }).click();
  await expect(page.getByRole("heading", { name: "Who did you meet?" })).toBeVisible();
  await expect(page.getByText("Linked to the event Channel partner lunch")).toBeVisible();
  // Prefilled with the event's own day: the lunch was at 12:30 Berlin time two days ago by Berlin's
  // calendar, which is a day later than London's from 23:00 UTC. The rest assumes two London days ago.
  await expect(page.getByLabel("Met on")).toHaveValue(londonDay(-2, "Europe/Berlin"));
  await page.getByLabel("Met on").fill(londonDay(-2));
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Company").fill("Lighthouse Studio");
  // Sam's demo data keeps everyone tagged "mentor" on a 30-day cadence.
  await page.getByLabel("Tags").fill("mentor, design");
  await page.getByLabel("Common ground").fill("Both learned to code from library books.");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText(`${name} is saved`)).toBeVisible();
}

test("log a person met at an event, find the follow-up due, mark it done and see the next one from the cadence", async ({
  page,
}) => {
  await signInAsDemo(page, "Sam Okafor");
  const name = `Nadia Event ${Date.now() % 100000}`;
  await addPersonMetAtEvent(page, name);

  // Met two days ago: the first follow-up is due today.
  await page.getByRole("link", { name: "Follow-ups" }).first().click();
  const today = page.getByRole("list", { name: "Today" });
  const row = today.getByRole("listitem").filter({ hasText: name });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: `Mark the follow-up with ${name} done` }).click();
  await expect(
    page.getByText(`Done. Next catch-up with ${name} is planned for ${dayInWords(londonDay(30))}.`),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Today" }).getByText(name)).toHaveCount(0);

  // The next one, 30 days out from the "mentor" tag cadence, is on the person's page.
  await page.getByRole("link", { name: "People", exact: true }).first().click();
  await page.getByLabel("Search by name, company or tag").fill(name.split(" ").slice(0, 2).join(" "));
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: new RegExp(name) }).click();
  await expect(page.getByText(/Keep in touch · /)).toBeVisible();
  await expect(page.getByText('From your "mentor" tag')).toBeVisible();

  // Log a no reply: the reflection field appears and a gentle suggestion comes back.
  await page.getByLabel("What happened").selectOption("message");
  await page.getByLabel("How it went").selectOption("no_reply");
  await page.getByLabel("What I learned").fill("Keep the first note to two lines.");
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText(/No reply yet, and that is normal/).first()).toBeVisible();
  await expect(page.getByText("What I learned: Keep the first note to two lines.")).toBeVisible();
});

const connections = [
  "\uFEFFNotes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace-e2e,,"Engines, Analytical & Co",Engineer,15 Mar 2024',
  "Grace,Hopper,https://www.linkedin.com/in/grace-hopper-e2e,grace@example.test,Navy,Rear Admiral,02 Jan 2023",
  ",,https://www.linkedin.com/in/no-name-e2e,,Acme,,",
  "Rosa,Delgado,https://www.linkedin.com/in/rosa-delgado,,Harbour Analytics,Head of Partnerships,15 Jan 2024",
  "Alan,Turing,https://www.linkedin.com/in/alan-turing-e2e,,Bletchley Park,Codebreaker,31 Feb 2024",
].join("\r\n");

test("import a LinkedIn export: preview first, then import with progress", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  await page.goto("/people/import");
  await page.getByLabel("Contacts file").setInputFiles({
    name: "Connections.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(connections, "utf8"),
  });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("Connections.csv reads as LinkedIn connections")).toBeVisible();
  await expect(page.getByRole("list", { name: "New people" })).toContainText("Ada Lovelace");
  await expect(page.getByRole("list", { name: "New people" })).toContainText(
    "Engineer at Engines, Analytical & Co",
  );
  // Rosa is already saved (same LinkedIn profile): an update (an earlier "met on"), not a second Rosa.
  await expect(page.getByRole("list", { name: "Will be updated" })).toContainText("Rosa Delgado");
  await expect(page.getByRole("list", { name: "Problems" })).toContainText("Line 7:");
  await expect(page.getByRole("list", { name: "Problems" })).toContainText(
    'Line 9: Connected On "31 Feb 2024"',
  );

  // Nothing is saved by the preview.
  const check = await page.context().newPage();
  await check.goto("/people?q=lovelace");
  await expect(check.getByText("Nobody matches that search")).toBeVisible();

  await page.getByRole("button", { name: "Import 4 people" }).click();
  await expect(page.getByText("Import finished")).toBeVisible();
  await expect(page.getByText("3 added, 1 updated")).toBeVisible();
  await check.goto("/people?q=lovelace");
  await expect(check.getByRole("link", { name: /Ada Lovelace/ })).toBeVisible();
});

test("a manager cannot open an employee's contact", async ({ page, browser }) => {
  await signInAsDemo(page, "Sam Okafor");
  await page.goto("/people?q=kwame");
  await page.getByRole("link", { name: /Kwame Mensah/ }).click();
  await expect(page.getByRole("heading", { name: "Kwame Mensah" })).toBeVisible();
  const url = page.url();

  const manager = await (await browser.newContext()).newPage();
  await signInAsDemo(manager, "Maya Chen");
  await manager.goto(url);
  await expect(manager.getByText("That person is not in your list")).toBeVisible();
  await expect(manager.getByText("Kwame")).toHaveCount(0);
  await manager.goto("/people?q=kwame");
  await expect(manager.getByText("Nobody matches that search")).toBeVisible();
});

test("a LinkedIn file with someone already in People offers a merge, and importing it keeps one of them", async ({
  page,
}) => {
  await signInAsDemo(page, "Sam Okafor");
  // Hannah is saved with her company but no LinkedIn profile or email; LinkedIn's file has her profile.
  const file = [
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    "Hannah,Weber,https://www.linkedin.com/in/hannah-weber-nv,,Nordlicht Ventures GmbH,Partner,7-Feb-22",
  ].join("\r\n");
  await page.goto("/people/import");
  await page.getByLabel("Contacts file").setInputFiles({
    name: "Connections.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(file, "utf8"),
  });
  await page.getByRole("button", { name: "Preview import" }).click();
  const duplicates = page.getByRole("list", { name: "Possible duplicates" });
  await expect(duplicates).toContainText("Possible duplicate of Hannah Weber (Nordlicht Ventures)");
  await expect(duplicates.getByLabel("Merge into Hannah Weber (Nordlicht Ventures)")).toBeChecked();
  await expect(page.getByRole("list", { name: "New people" })).toHaveCount(0);
  await page.getByRole("button", { name: "Import 1 person" }).click();
  await expect(page.getByText("0 added, 1 updated")).toBeVisible();
  await page.goto("/people?q=hannah");
  await expect(page.getByRole("link", { name: /Hannah Weber/ })).toHaveCount(1);
});
