import { expect as baseExpect, test } from "@playwright/test";
import { walkSignedInPages } from "../support/page-walk";
import { signInAsDemo } from "../support/sign-in";

/** Every destination, in the navigation's order (an admin who manages a team sees them all). */
const all = [
  "Today",
  "Events",
  "Goals",
  "People",
  "Follow-ups",
  "Warm intros",
  "Team",
  "Digest",
  "Organisation",
  "Settings",
];
const everyone = ["Today", "Events", "Goals", "People", "Follow-ups", "Warm intros", "Digest", "Settings"];
const roles = [
  { name: "Sam Okafor", role: "employee", destinations: everyone, absent: ["Team", "Organisation"] },
  { name: "Maya Chen", role: "manager", destinations: [...everyone, "Team"], absent: ["Organisation"] },
  { name: "Alex Rivera", role: "admin", destinations: [...everyone, "Team", "Organisation"], absent: [] },
] as const;

// Form posts redirect through the server; on a busy machine that takes longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

test.use({ viewport: { width: 390, height: 844 } });

for (const person of roles) {
  test(`on a phone, the ${person.role} reaches every destination from the menu`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInAsDemo(page, person.name);
    const menu = page.getByRole("button", { name: /^Menu/ });
    const nav = page.getByRole("navigation", { name: "Main" });
    // No destination link is laid out off screen or hidden without the menu.
    await expect(nav.getByRole("link")).toHaveCount(0);

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const links = nav.getByRole("link");
    await expect(links).toHaveText([...person.destinations].sort(byNavOrder(person.destinations)));
    await expect(nav.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Today" })).toBeFocused();
    for (const missing of person.absent)
      await expect(nav.getByRole("link", { name: missing })).toHaveCount(0);

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press("Escape");
    await expect(links).toHaveCount(0);
    await expect(menu).toBeFocused();

    for (const destination of person.destinations) {
      await menu.click();
      const link = nav.getByRole("link", { name: destination, exact: true });
      const href = (await link.getAttribute("href")) ?? "";
      await link.click();
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      // A manager of one team is sent on from /team to that team's dashboard.
      await expect(page).toHaveURL((url) => url.pathname === href || url.pathname.startsWith(`${href}/`));
      // On a busy machine the new page may still be hydrating, or a redirect may still land and close
      // the menu again: press until the menu is open and marks the destination as the current page.
      await expect(async () => {
        if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
        await expect(nav.getByRole("link", { name: destination, exact: true })).toHaveAttribute(
          "aria-current",
          "page",
          { timeout: 1_000 },
        );
      }).toPass({ timeout: 20_000 });
      await page.keyboard.press("Escape");
    }
  });

  test(`on a phone, no page the ${person.role} can reach scrolls sideways, light or dark`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await signInAsDemo(page, person.name);
    const results = await walkSignedInPages(page, ["/today"]);
    const wide = results.filter((r) => r.light > 0 || r.dark > 0);
    expect(results.length).toBeGreaterThan(12);
    expect(wide, `pages wider than 390 px:\n${JSON.stringify(wide, null, 1)}`).toEqual([]);
  });
}

test("on a laptop, the row shows the destinations and the menu only holds what does not fit", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsDemo(page, "Alex Rivera");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: /^Menu/ });
  await expect(nav.getByRole("link")).toHaveText(all);
  await expect(menu).toBeHidden();

  // Narrower than the admin's row needs: the last destinations fold into the menu, none is lost.
  await page.setViewportSize({ width: 800, height: 800 });
  await expect(menu).toBeVisible();
  const inRow = await nav.getByRole("link").allTextContents();
  expect(inRow.length).toBeGreaterThan(0);
  expect(inRow.length).toBeLessThan(all.length);
  expect(inRow).toEqual(all.slice(0, inRow.length));
  await menu.click();
  await expect(nav.getByRole("list").last().getByRole("link")).toHaveText(all);
});

function byNavOrder(order: readonly string[]) {
  return (a: string, b: string) => all.indexOf(a) - all.indexOf(b) || order.indexOf(a) - order.indexOf(b);
}
