import { expect, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

const file = [
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Lucy,Tran,https://www.linkedin.com/in/lucy-tran-illustrator,,Pixel & Pine,Illustrator,3-Mar-23",
  "Marco,Bellini,https://www.linkedin.com/in/marco-bellini,,Verde Energy,Head of Partnerships,9-Sep-21",
  "Nia,Adeyemi,https://www.linkedin.com/in/nia-adeyemi,,Harbour Analytics,Data Lead,1-Jun-24",
].join("\r\n");

test("screenshots", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAsDemo(page, "Sam Okafor");
  for (const width of [1280, 390]) {
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/people/import");
      await page.getByLabel("Contacts file").setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
      await page.getByRole("button", { name: "Preview import" }).click();
      await page.getByRole("group", { name: /^Lucy Tran/ }).getByLabel("Add as a new person").check();
      await page.getByRole("group", { name: /^Marco Bellini/ }).getByLabel("Skip this row").check();
      await page.screenshot({ path: `/tmp/s2files-shots/preview-${width}-${scheme}.png`, fullPage: true });
      await page.goto("/people/merge?q=okoye");
      await page.screenshot({ path: `/tmp/s2files-shots/pick-${width}-${scheme}.png`, fullPage: true });
      const ids = await page.getByRole("checkbox").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      await page.goto(`/people/merge?q=&ids=${ids[0]}`);
      await page.getByLabel("Search by name, company or tag").fill("rosa");
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("checkbox").nth(1).check();
      await page.getByRole("button", { name: "Compare the ticked records" }).click();
      await expect(page.getByRole("button", { name: "Merge into one person" })).toBeVisible();
      await page.screenshot({ path: `/tmp/s2files-shots/compare-${width}-${scheme}.png`, fullPage: true });
      await page.goto("/people");
      await page.screenshot({ path: `/tmp/s2files-shots/people-${width}-${scheme}.png` });
    }
  }
  // No demo data: a fresh person with nobody saved.
});
