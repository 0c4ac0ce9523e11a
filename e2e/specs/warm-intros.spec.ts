import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import { signInAsDemo, signInByMagicLink } from "../support/sign-in";

// Form posts redirect through the server; on a busy machine that takes longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });

async function signedIn(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsDemo(page, name);
  return page;
}

/** Priya has no one-click demo button: she signs in by magic link like anyone else. */
async function signedInByEmail(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInByMagicLink(page, email);
  await expect(page).toHaveURL(/\/(today|about-you)/);
  if (page.url().includes("/about-you")) {
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/today/);
  }
  return page;
}

function previewFrame(page: Page) {
  return page.locator('iframe[title="Digest email preview"]').contentFrame();
}

test("Sam shares one person, Priya asks for an intro, Sam accepts with a draft, and both digests say so", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const sam = await signedIn(browser, "Sam Okafor");
  await sam.goto("/introductions/sharing");
  await expect(sam.getByRole("heading", { name: "What I share for intros" })).toBeVisible();
  await expect(sam.getByText("Nothing (where everyone starts).")).toBeVisible();
  await sam
    .getByLabel("Add someone you'd be happy to introduce")
    .selectOption({ label: "Jonas Berg (Fjord Studio)" });
  await sam.getByRole("button", { name: "Share this person" }).click();
  await expect(sam.getByRole("button", { name: "Stop sharing Jonas Berg" })).toBeVisible();

  const priya = await signedInByEmail(browser, "priya.nair@brightwater.example");
  // Her pitch is where the note about her starts.
  await priya.goto("/goals/pitch");
  await priya.getByLabel("Your introduction").fill("I'm Priya, I run design partnerships at Brightwater.");
  await priya.getByRole("button", { name: "Save introduction" }).click();
  await expect(priya.getByText("Saved. Say it out loud")).toBeVisible();
  await priya.goto("/today");
  await priya
    .getByRole("navigation", { name: "Main" })
    .first()
    .getByRole("link", { name: "Warm intros" })
    .click();
  await expect(priya.getByRole("heading", { name: "Warm intros" })).toBeVisible();
  await priya.getByLabel("Company, role or field").fill("Fjord");
  await priya.getByRole("main").getByRole("button", { name: "Search" }).click();
  const results = priya.getByRole("list", { name: "Colleagues who could help" });
  await expect(results.getByText("Jonas Berg", { exact: true })).toBeVisible();
  await expect(results.getByText(", Creative Director at Fjord Studio")).toBeVisible();
  await results.getByRole("link", { name: "Ask Sam about Jonas Berg" }).click();
  await expect(priya.getByRole("heading", { name: "Ask Sam Okafor" })).toBeVisible();
  await expect(priya.getByLabel("A short note about you")).toHaveValue(
    /^I'm Priya, I run design partnerships/,
  );
  await priya
    .getByLabel("Why you'd like to meet them")
    .fill("I'm preparing a design partnership and would love his view.");
  await priya.getByRole("button", { name: "Send request" }).click();
  await expect(priya.getByText("Request sent")).toBeVisible();
  const request = priya.getByRole("listitem", { name: "Request to Sam Okafor about Jonas Berg" });
  await expect(request.getByText("Waiting for an answer")).toBeVisible();

  // Sam sees it on Today and in his digest, then accepts and gets the double-opt-in draft.
  await sam.goto("/today");
  await expect(sam.getByRole("heading", { name: "1 intro request waiting for you" })).toBeVisible();
  await sam.goto("/digest/preview");
  await expect(previewFrame(sam).getByText("1 intro request waiting for you", { exact: true })).toBeVisible();
  await sam.goto("/today");
  await sam.getByRole("link", { name: "See the request" }).click();
  const asked = sam.getByRole("listitem", { name: "Request from Priya Nair" });
  await expect(asked.getByText("Waiting for you")).toBeVisible();
  await asked.getByRole("button", { name: "Accept and draft a note" }).click();
  const draft = sam.getByRole("region", { name: "Your draft" });
  await expect(draft.getByLabel("Message")).toHaveValue(/^Hi Jonas,/);
  await expect(draft.getByLabel("Subject")).toHaveValue("Would you like to meet Priya Nair?");
  await draft.getByLabel("Message").fill("Hi Jonas,\n\nWould you like to meet Priya? Edited by Sam.");
  await expect(draft.getByRole("link", { name: "Open in my email app" })).toHaveAttribute(
    "href",
    /^mailto:.*Edited%20by%20Sam/,
  );

  await priya.reload();
  await expect(request.getByText("Accepted")).toBeVisible();
  await priya.goto("/digest/preview");
  await expect(
    previewFrame(priya).getByText("1 intro request of yours accepted: add the person once you meet", {
      exact: true,
    }),
  ).toBeVisible();
});
