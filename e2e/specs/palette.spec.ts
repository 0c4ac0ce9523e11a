import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

function palette(page: Page) {
  return page.getByRole("dialog", { name: "Search Rapport" });
}

async function openByKeyboard(page: Page) {
  await page.keyboard.press("Control+k");
  await expect(palette(page)).toBeVisible();
  await expect(page.getByRole("combobox", { name: /Search people/ })).toBeFocused();
}

/** The option the arrow keys are on: the one the combobox names as its active descendant. */
async function activeOption(page: Page) {
  const id = await page.getByRole("combobox").getAttribute("aria-activedescendant");
  return page.locator(`[id="${id}"]`);
}

test("find a contact and an event by keyboard alone, and run an action", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");

  // A person: type, the first match is chosen, Enter opens it.
  await openByKeyboard(page);
  await page.keyboard.type("rosa");
  const rosa = palette(page).getByRole("option", { name: /Rosa Delgado/ });
  await expect(rosa).toBeVisible();
  await expect(rosa).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Rosa Delgado", level: 1 })).toBeVisible();
  await expect(palette(page)).toHaveCount(0);

  // An event: the arrow keys move through the matches and Enter opens the one reached.
  await openByKeyboard(page);
  await page.keyboard.type("summit");
  await expect(palette(page).getByRole("option", { name: /Partnerships Leaders Summit/ })).toBeVisible();
  while (!((await (await activeOption(page)).textContent()) ?? "").includes("Partnerships Leaders Summit")) {
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Partnerships Leaders Summit" })).toBeVisible();

  // An action: "Add an event" opens the event form.
  await openByKeyboard(page);
  await page.keyboard.type("add an ev");
  await expect(await activeOption(page)).toHaveText("Add an event");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/events\/new$/);
});

test("'Log someone you met' asks the quick log, which opens its sheet where the person is", async ({
  page,
}) => {
  await signInAsDemo(page, "Sam Okafor");
  await page.goto("/today");
  // A listener that takes the request, as the quick log does: the page stays where it is.
  await page.evaluate(() => {
    window.addEventListener("rapport:open-quick-log", (event) => {
      event.preventDefault();
      document.body.dataset.quickLog = "opened";
    });
  });
  await openByKeyboard(page);
  await page.keyboard.type("log someone");
  await page.keyboard.press("Enter");
  await expect(page.locator("body")).toHaveAttribute("data-quick-log", "opened");
  await expect(page).toHaveURL(/\/today$/);

  // Without the stand-in, the app's own quick log answers: its sheet opens and the page stays.
  await page.reload();
  await openByKeyboard(page);
  await page.keyboard.type("log someone");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Log a person" })).toBeVisible();
  await expect(page).toHaveURL(/\/today$/);
});

test("Escape closes the palette and focus goes back; results are scoped to the person", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  const events = page.getByRole("navigation", { name: "Main" }).first().getByRole("link", { name: "Events" });
  await events.focus();
  await openByKeyboard(page);
  await page.keyboard.press("Escape");
  await expect(palette(page)).toHaveCount(0);
  await expect(events).toBeFocused();

  // The header button shows the shortcut and opens the same palette; focus returns to it.
  const button = page.getByRole("banner").getByRole("button", { name: "Search" });
  await expect(button).toHaveAttribute("aria-keyshortcuts", /Control\+K/);
  await button.click();
  await expect(palette(page)).toBeVisible();
  // An employee finds the team's events, not its dashboard.
  await page.keyboard.type("partnerships");
  await expect(palette(page).getByRole("option", { name: /Partnerships Leaders Summit/ })).toBeVisible();
  await expect(palette(page).getByRole("group", { name: "Teams" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(button).toBeFocused();
});

test("a manager finds the team dashboard", async ({ page }) => {
  await signInAsDemo(page, "Maya Chen");
  await openByKeyboard(page);
  await page.keyboard.type("partnerships");
  const team = palette(page)
    .getByRole("group", { name: "Teams" })
    .getByRole("option", { name: /Partnerships/ });
  await expect(team).toBeVisible();
  await team.click();
  await expect(page).toHaveURL(/\/team\/[0-9a-f-]{36}$/);
  // Nobody else's contacts: Sam's are his alone.
  await openByKeyboard(page);
  await page.keyboard.type("rosa");
  await expect(palette(page).getByText("Nothing found. Try fewer letters, or another word.")).toBeVisible();
});
