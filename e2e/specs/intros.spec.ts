import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect as baseExpect, type Page, test } from "@playwright/test";
import { E2E_CRON_SECRET, latestEmail } from "../support/mailbox";
import { signInAsDemo, signInByMagicLink } from "../support/sign-in";

// Server actions and page loads can take several seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 240_000 });

const PRIYA = { name: "Priya Nair", email: "priya.nair@brightwater.example", zone: "Europe/Berlin" };
const LENA = { name: "Lena Park", email: "lena.park@brightwater.example", zone: "America/New_York" };
// Intro emails go out at 10:00 on the round's day in each person's zone. Here it is 10:00 before the
// organisation's (London) day has even begun, so the journey does not depend on the hour it runs at.
const EARLY_ZONE = "Pacific/Kiritimati";

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

/** A card on the page, found by its heading. */
function cardTitled(page: Page, title: string) {
  return page.locator("section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

async function setZone(page: Page, zone: string) {
  await page.goto("/settings/profile");
  await page.getByLabel("Time zone").selectOption(zone);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(/saved/i).first()).toBeVisible();
}

async function optIn(page: Page, programme: string) {
  await page.goto("/today");
  await page.getByRole("button", { name: "Your account" }).click();
  await page.getByRole("menuitem", { name: "Intros with colleagues" }).click();
  await expect(page.getByRole("heading", { name: "Intros", exact: true })).toBeVisible();
  const card = cardTitled(page, programme);
  // Joining is the person's own choice: nobody starts signed up.
  await expect(card.getByRole("radio", { name: "No, not for now" })).toBeChecked();
  await card.getByRole("radio", { name: "Yes, introduce me to colleagues" }).check();
  await card.getByLabel("Things you enjoy talking about (optional)").fill("product design, cycling");
  await card.getByRole("button", { name: "Save my choices" }).click();
  await expect(card.getByText("Saved. You're in.")).toBeVisible();
}

/** The pages with a programme in their address are checked here; the others in accessibility.spec.ts. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an admin starts a programme, two colleagues join, a round runs, both get the intro and one says they met", async ({
  browser,
  request,
}) => {
  const programme = `Coffee across teams ${Date.now()}`;
  const admin = await (await browser.newContext()).newPage();
  await signInAsDemo(admin, "Alex Rivera");
  await admin.goto("/settings/organisation");
  await admin.getByRole("link", { name: "Intros programmes" }).click();
  await expect(admin.getByRole("heading", { name: "Intros programmes", level: 1 })).toBeVisible();
  await admin.getByLabel("Name", { exact: true }).fill(programme);
  await admin.getByRole("radio", { name: "The whole organisation" }).check();
  await admin.getByRole("radio", { name: /^Across teams/ }).check();
  await admin.getByRole("radio", { name: "Pairs" }).check();
  await admin.getByLabel("How often").selectOption({ label: "Every two weeks" });
  await expect(admin.getByText("Intros are sent at 10:00 in each person's own time zone.")).toBeVisible();
  await admin.getByRole("button", { name: "Start the programme" }).click();
  await expect(admin.getByText(`${programme} is ready`)).toBeVisible();

  const priya = await signedInByEmail(browser, PRIYA.email);
  const lena = await signedInByEmail(browser, LENA.email);
  try {
    await setZone(priya, EARLY_ZONE);
    await setZone(lena, EARLY_ZONE);
    await optIn(priya, programme);
    await optIn(lena, programme);

    // Lena counts conversations toward a goal of her own.
    await lena.goto("/goals/new");
    const goal = `Talk to people outside Product ${Date.now()}`;
    await lena.getByLabel("Goal", { exact: true }).fill(goal);
    await lena.getByLabel("Measured by").selectOption("conversations");
    await lena.getByLabel("Target", { exact: true }).fill("5");
    await lena.getByRole("button", { name: "Save goal" }).click();
    await expect(lena.getByRole("heading", { name: goal })).toBeVisible();
    const goalUrl = lena.url();

    // The admin makes today's round; the intros job sends the emails.
    const row = admin.getByRole("listitem").filter({ hasText: programme });
    await row.getByRole("button", { name: `Run a round now for ${programme}` }).click();
    await expect(row.getByText(/Round made: 1 group\./)).toBeVisible();
    const sent = Date.now() - 1000;
    const run = await request.post("/api/cron/intros", {
      headers: { Authorization: `Bearer ${E2E_CRON_SECRET}` },
    });
    expect(run.status()).toBe(200);
    const toPriya = await latestEmail(PRIYA.email, new RegExp(`${programme}: meet Lena Park`), sent);
    const toLena = await latestEmail(LENA.email, new RegExp(`${programme}: meet Priya Nair`), sent);
    expect(toPriya.text).toContain("/today");
    expect(toLena.text).toContain("/today");

    // Both see it on Today, with why and two ways to start.
    await priya.goto("/today");
    const priyaCard = cardTitled(priya, "Your intro: meet Lena Park");
    await expect(priyaCard.getByText("Two ways to start")).toBeVisible();
    await expect(priyaCard.getByRole("heading", { name: "Did you meet Lena Park?" })).toBeVisible();
    await lena.goto("/today");
    const lenaCard = cardTitled(lena, "Your intro: meet Priya Nair");
    await expect(lenaCard.getByText(programme)).toBeVisible();
    await lenaCard.getByRole("button", { name: "We met" }).click();
    await expect(
      lena.getByText("Lovely, glad you met. It counts toward your goals.", { exact: true }),
    ).toBeVisible();
    await expect(cardTitled(lena, "Your intro: meet Priya Nair")).toHaveCount(0);
    // Priya's own card waits for her own answer.
    await priya.reload();
    await expect(cardTitled(priya, "Your intro: meet Lena Park")).toBeVisible();

    // The admin sees counts only, and with a single group nothing about who met.
    await admin.goto("/intros/manage");
    await admin.getByRole("link", { name: `Statistics for ${programme}` }).click();
    await expect(admin.getByText(/fewer than 3\s+groups, so whether they met is withheld/)).toBeVisible();
    await expect(admin.getByText("Lena Park")).toHaveCount(0);
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByRole("link", { name: "Programme settings" }).click();
    await expect(admin.getByRole("heading", { name: programme, level: 1 })).toBeVisible();
    expect(await seriousViolations(admin)).toEqual([]);

    await lena.goto(goalUrl);
    await expect(lena.getByText(/1 of 5/).first()).toBeVisible();
  } finally {
    await setZone(priya, PRIYA.zone).catch(() => undefined);
    await setZone(lena, LENA.zone).catch(() => undefined);
  }
});

test("hostile text in the intros forms gets a clear message, never an error page", async ({ page }) => {
  await signInAsDemo(page, "Alex Rivera");
  await page.goto("/intros/manage");
  const name = page.getByLabel("Name", { exact: true });
  await name.fill(`<script>alert(1)</script>${"x".repeat(10_000)}`);
  await page.getByRole("button", { name: "Start the programme" }).click();
  await expect(page.getByText("Keep the name under 80 characters.")).toBeVisible();
  await name.fill("Tea\u0000time");
  await page.getByRole("button", { name: "Start the programme" }).click();
  await expect(page.getByText(/contains a NUL \(zero\) character that can't be saved/)).toBeVisible();
  await name.fill("<script>alert(1)</script>");
  await page.getByRole("radio", { name: "Chosen teams" }).check();
  await page.getByRole("button", { name: "Start the programme" }).click();
  await expect(page.getByText("Choose at least one team, or the whole organisation.")).toBeVisible();
  await page.getByRole("radio", { name: "The whole organisation" }).check();
  await page.getByRole("button", { name: "Start the programme" }).click();
  // Stored and shown as text, never run.
  await expect(page.getByText("<script>alert(1)</script> is ready")).toBeVisible();

  // Made-up or hostile addresses are simply not found.
  for (const path of [
    "/intros/manage/%00x/stats",
    "/intros/manage/not-a-programme",
    `/intros/manage/${"z".repeat(500)}/stats`,
  ])
    expect((await page.goto(path))?.status()).toBe(404);

  await page.goto("/intros");
  const card = cardTitled(page, "<script>alert(1)</script>");
  await card.getByLabel("Things you enjoy talking about (optional)").fill("y".repeat(10_000));
  await card.getByRole("button", { name: "Save my choices" }).click();
  await expect(card.getByText("Keep each topic under 40 characters.")).toBeVisible();
  await card.getByLabel("Find a colleague by name").fill("\u0000%".repeat(50));
  await card.getByRole("button", { name: "Find" }).click();
  await expect(card.getByText(/Search for at most 80|character|Nobody else matches/).first()).toBeVisible();
});
