import { expect as baseExpect, type Locator, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

// Every search is a page load through the server; on a busy machine that takes longer than 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Chooses an option of a focused select by typing its first letters, as a keyboard user would. */
async function chooseByKeyboard(page: Page, label: string, option: string, scope: Page | Locator = page) {
  await scope.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(option);
  await expect(scope.getByLabel(label, { exact: true }).locator("option:checked")).toHaveText(option);
}

async function changeRoleByKeyboard(page: Page, who: string, role: "Admin" | "Member") {
  const trigger = page.getByRole("button", { name: `Manage ${who}` });
  // Opened from the keyboard, the menu focuses its first item; arrow keys move through the rest. A key
  // pressed before the page has hydrated does nothing (as for a person), so press again until it opens.
  const item = page.getByRole("menuitem", { name: `Change ${who}'s role` });
  await expect(async () => {
    if (!(await item.isVisible())) {
      await trigger.focus();
      await page.keyboard.press("Enter");
    }
    await expect(item).toBeFocused({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: `Add ${who} to a team` })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Change ${who}'s role` });
  await expect(dialog).toBeVisible();
  await chooseByKeyboard(page, "Organisation role", role, dialog);
  await dialog.getByRole("button", { name: "Save role" }).focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByText(`${who} is now ${role === "Admin" ? "an admin" : "a member"}.`).first(),
  ).toBeVisible();
  // Focus goes back to the person's menu button, not to the top of the page.
  await expect(trigger).toBeFocused();
}

const screens = [
  { width: 390, height: 844, who: "Diego Santos" },
  { width: 1280, height: 900, who: "Lena Park" },
] as const;

for (const screen of screens) {
  test(`at ${screen.width} px an admin finds, filters and changes a role by keyboard alone`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await signInAsDemo(page, "Alex Rivera");
    await page.goto("/settings/organisation#people");

    const people = page.getByRole("list").filter({ has: page.getByRole("button", { name: /^Manage / }) });
    // Every row's menu button names its person: no two controls share a name.
    const names = await page
      .getByRole("button", { name: /^Manage / })
      .evaluateAll((buttons) => buttons.map((b) => b.textContent));
    expect(names.length).toBeGreaterThan(5);
    expect(new Set(names).size).toBe(names.length);
    await noSidewaysScroll(page);

    // Search by a word of the address, submitted with Enter.
    await page.getByLabel("Search people").focus();
    await page.keyboard.type(screen.who.split(" ")[1]?.toLowerCase() ?? "");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=/);
    await expect(people.getByRole("listitem")).toHaveCount(1);
    await expect(people).toContainText(screen.who);
    await expect(page.getByText("Showing 1–1 of 1 match.")).toBeVisible();

    await changeRoleByKeyboard(page, screen.who, "Admin");
    await expect(people.getByRole("listitem").filter({ hasText: screen.who })).toContainText("Admin");

    // Filter: members of Product, no words. The new admin is not a member any more.
    await page.getByLabel("Search people").fill("");
    await chooseByKeyboard(page, "Filter by team", "Product");
    await chooseByKeyboard(page, "Filter by role", "Members");
    await page
      .getByRole("search", { name: "People" })
      .getByRole("button", { name: "Search", exact: true })
      .focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/team=/);
    await expect(people).toContainText("Tom Becker");
    await expect(people).not.toContainText(screen.who);
    await expect(people).not.toContainText("Sam Okafor");
    await noSidewaysScroll(page);

    // And back, so the demo stays as it was.
    await page.goto(`/settings/organisation?q=${encodeURIComponent(screen.who)}#people`);
    await changeRoleByKeyboard(page, screen.who, "Member");
    await noSidewaysScroll(page);
  });
}

test("the directory pages, and a search that matches nobody says so", async ({ page }) => {
  await signInAsDemo(page, "Alex Rivera");
  await page.goto("/settings/organisation?q=zzzz-nobody#people");
  await expect(page.getByText("Nobody matches")).toBeVisible();
  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page.getByRole("button", { name: "Manage Maya Chen" })).toBeVisible();
  // A page past the end is an empty page, not an error.
  const response = await page.goto("/settings/organisation?page=9999#people");
  expect(response?.status()).toBe(200);
  await page.getByRole("link", { name: "Back to the first page" }).click();
  await expect(page.getByRole("button", { name: "Manage Maya Chen" })).toBeVisible();
});
