import { expect, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

test("an employee adds an event, a teammate says going, both see who is going, and the feed serves it", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const title = `Open Finance Meetup ${Date.now()}`;
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

  // Sam (Partnerships) adds the event.
  await signInAsDemo(page, "Sam Okafor");
  await page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("heading", { name: "Team events" })).toBeVisible();
  await page.getByRole("link", { name: "Add an event" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Kind").selectOption({ label: "Meetup" });
  await page.getByLabel("Starts on").fill(inTwoWeeks);
  await page.getByLabel("Start time").fill("18:30");
  await page.getByLabel("Ends on").fill(inTwoWeeks);
  await page.getByLabel("End time").fill("17:00");
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await page.getByLabel("Venue").fill("Level39, One Canada Square");
  await page.getByLabel("Interest tags").fill("fintech, open banking");
  await page.getByRole("button", { name: "Add event" }).click();
  // A clear message beside the field, and what was typed is kept.
  await expect(page.getByText("The event must end after it starts.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await page.getByLabel("End time").fill("20:30");
  await page.getByRole("button", { name: "Add event" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByText("Your team can see it now.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prep card" })).toBeVisible();
  await page.getByRole("button", { name: "I'm going" }).click();
  await expect(page.getByRole("button", { name: "✓ I'm going" })).toBeVisible();
  const eventUrl = page.url();

  // Maya, his team manager, finds it in the list and says she is going too.
  const mayaContext = await browser.newContext();
  const maya = await mayaContext.newPage();
  await signInAsDemo(maya, "Maya Chen");
  await maya.goto("/events");
  await maya.getByRole("link", { name: new RegExp(title) }).click();
  await expect(maya.getByRole("list", { name: "Who is going" })).toContainText("Sam Okafor");
  await maya.getByRole("button", { name: "I'm going" }).click();
  await expect(maya.getByRole("list", { name: "Who is going" })).toContainText("Maya Chen (you)");
  await expect(maya.getByText("Sam Okafor is going.")).toBeVisible();

  // Sam sees Maya going, on the event and in the list.
  await page.goto(eventUrl);
  const going = page.getByRole("list", { name: "Who is going" });
  await expect(going).toContainText("Maya Chen");
  await expect(going).toContainText("Sam Okafor (you)");
  await page.goto("/events");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toContainText("2 going");

  // Sam subscribes to the team feed; the secret URL serves the event without a session.
  await page.goto("/events/calendars");
  const teamRow = page.getByRole("listitem").filter({ hasText: "Partnerships team events" });
  await teamRow.getByRole("button", { name: "Get my link" }).click();
  const feedUrl = await teamRow.getByLabel("Your secret feed link").inputValue();
  expect(feedUrl).toMatch(/\/api\/calendar\/feed\/[\w-]+\.ics$/);
  const feed = await request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(feed.headers().etag).toBeTruthy();
  const body = await feed.text();
  expect(body).toContain("BEGIN:VCALENDAR\r\n");
  expect(body.replace(/\r\n /g, "")).toContain(`SUMMARY:${title}`);

  // Maya's own feed holds the event she is going to.
  await maya.goto("/events/calendars");
  const mineRow = maya.getByRole("listitem").filter({ hasText: "My events" });
  await mineRow.getByRole("button", { name: "Get my link" }).click();
  const myFeed = await request.get(await mineRow.getByLabel("Your secret feed link").inputValue());
  expect((await myFeed.text()).replace(/\r\n /g, "")).toContain(`SUMMARY:${title}`);

  // A new link replaces the old one.
  await page.reload();
  const renewed = page.getByRole("listitem").filter({ hasText: "Partnerships team events" });
  await renewed.getByRole("button", { name: /Get a new link/ }).click();
  const newUrl = await renewed.getByLabel("Your secret feed link").inputValue();
  expect(newUrl).not.toBe(feedUrl);
  expect((await request.get(feedUrl)).status()).toBe(404);
  expect((await request.get(newUrl)).status()).toBe(200);

  await mayaContext.close();
});
