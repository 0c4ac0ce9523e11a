import { expect, type Page, test } from "@playwright/test";
import { signInAsDemo } from "../support/sign-in";

async function previewFile(page: Page, text: string) {
  await page.goto("/people/import");
  await page.getByLabel("Contacts file").setInputFiles({
    name: "Connections.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(text, "utf8"),
  });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("Connections.csv reads as LinkedIn connections")).toBeVisible();
}

test("possible duplicates in a LinkedIn file: one added as a new person, one left out", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  // Lucy and Marco are saved by name and company only; Nia is new.
  await previewFile(
    page,
    [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Lucy,Tran,https://www.linkedin.com/in/lucy-tran-illustrator,,Pixel & Pine,Illustrator,3-Mar-23",
      "Marco,Bellini,https://www.linkedin.com/in/marco-bellini,,Verde Energy,Head of Partnerships,9-Sep-21",
      "Nia,Adeyemi,https://www.linkedin.com/in/nia-adeyemi,,Harbour Analytics,Data Lead,1-Jun-24",
    ].join("\r\n"),
  );
  const lucy = page.getByRole("group", { name: /^Lucy Tran/ });
  const marco = page.getByRole("group", { name: /^Marco Bellini/ });
  await expect(lucy.getByLabel("Merge into Lucy Tran (Pixel & Pine)")).toBeChecked();
  await expect(page.getByRole("button", { name: "Import 3 people" })).toBeVisible();
  await lucy.getByLabel("Add as a new person").check();
  await marco.getByLabel("Skip this row").check();

  await page.getByRole("button", { name: "Import 2 people" }).click();
  await expect(page.getByText("2 added, 0 updated, 1 left out or already up to date")).toBeVisible();
  await page.goto("/people?q=lucy");
  await expect(page.getByRole("link", { name: /Lucy Tran/ })).toHaveCount(2);
  await expect(page.getByRole("link", { name: /Illustrator at Pixel & Pine/ })).toHaveCount(1);
  await page.goto("/people?q=bellini");
  await expect(page.getByRole("link", { name: /Marco Bellini/ })).toHaveCount(1);
  await expect(page.getByRole("link", { name: /Partnerships Manager at Verde Energy/ })).toBeVisible();
  await page.goto("/people?q=nia");
  await expect(page.getByRole("link", { name: /Nia Adeyemi/ })).toBeVisible();
});

test("two records of one person merged from the People list keep both histories", async ({ page }) => {
  await signInAsDemo(page, "Sam Okafor");
  // A second record of Daniel, saved by hand with a conversation of its own.
  await page.goto("/people/new");
  await page.getByLabel("Name").fill("Dan Okoye");
  await page.getByLabel("Company").fill("Cobalt");
  await page.getByRole("button", { name: "Save person" }).click();
  await expect(page.getByRole("heading", { name: "Dan Okoye" })).toBeVisible();
  await page.getByLabel("Note").fill("Lunch in Leeds about their depot move.");
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByText("Lunch in Leeds about their depot move.")).toBeVisible();

  await page.goto("/people");
  await page.getByRole("link", { name: "Merge", exact: true }).click();
  // The People list has a search field of the same name: wait for the merge page before using it.
  await expect(page.getByRole("heading", { name: "Merge people" })).toBeVisible();
  await page.getByLabel("Search by name, company or tag").fill("okoye");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await page.getByRole("checkbox", { name: /Daniel Okoye/ }).check();
  await page.getByRole("checkbox", { name: /Dan Okoye/ }).check();
  await page.getByRole("button", { name: "Compare the ticked records" }).click();

  await expect(page.getByRole("heading", { name: "Merge 2 records into one" })).toBeVisible();
  await page.getByRole("group", { name: "Name" }).getByLabel("Daniel Okoye").check();
  await page.getByRole("group", { name: "Company" }).getByLabel("Cobalt Logistics").check();
  await page.getByRole("button", { name: "Merge into one person" }).click();

  await expect(page.getByRole("heading", { name: "Daniel Okoye" })).toBeVisible();
  await expect(page.getByText("Merged 2 records into Daniel Okoye")).toBeVisible();
  await expect(page.getByText("VP Operations at Cobalt Logistics")).toBeVisible();
  await expect(page.getByText("Lunch in Leeds about their depot move.")).toBeVisible();
  await expect(page.getByText("Quick intro at the summit.")).toBeVisible();
  await expect(page.getByText("One short, friendly nudge")).toBeVisible();
  await page.goto("/people?q=okoye");
  await expect(page.getByRole("link", { name: /Okoye/ })).toHaveCount(1);
});
