import { expect, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

test("Today shows the demo employee's week: follow-ups due, team events, goals and something to try", async ({
  page,
}) => {
  await signInAsDemo(page, "Sam Okafor");
  const week = page.getByRole("region", { name: "This week" });
  await expect(week.getByRole("heading", { name: "Follow-ups this week" })).toBeVisible();
  // Each follow-up says when it is due (earlier journeys may have moved the overdue ones on).
  await expect(week.getByText(/overdue|^today$|^due /).first()).toBeVisible();
  await expect(week.getByText("Fintech Founders Breakfast")).toBeVisible();
  await expect(week.getByRole("heading", { name: "Your goals" })).toBeVisible();
  await expect(week.getByText("Meet five people outside Partnerships", { exact: true })).toBeVisible();
  await expect(week.getByRole("heading", { name: "Try this week" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
