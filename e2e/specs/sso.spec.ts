import { type BrowserContext, expect as baseExpect, type Page, test } from "@playwright/test";
import { latestEmail, linkIn } from "../support/mailbox";
import { loginAtProvider, OIDC_ISSUER, OIDC_NAME, signInWithSso } from "../support/oidc";

// Each journey crosses two servers and several redirects; on a busy machine a step can take seconds.
test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

// Each test works in its own email domain, so declarations and accounts never meet across tests.
const domain = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}.test`;

/** Signs out of Rapport only (the provider's session, on the same host, is kept). */
async function signOutOfRapport(context: BrowserContext) {
  await context.clearCookies({ name: /authjs/ });
}

/** Asks for a magic link on the sign-in page and returns the emailed confirm link. */
async function requestMagicLink(page: Page, email: string): Promise<string> {
  const asked = Date.now() - 1000;
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  return linkIn((await latestEmail(email, /sign-in link/i, asked)).text, "/sign-in/confirm");
}

async function signInByMagicLink(page: Page, email: string) {
  await page.goto(await requestMagicLink(page, email));
  await page.getByRole("button", { name: "Continue to Rapport" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

async function profileOf(page: Page) {
  await page.goto("/settings/profile");
  return {
    name: await page.getByLabel("Your name").inputValue(),
    timeZone: await page.getByLabel("Time zone").inputValue(),
  };
}

/**
 * A person signing in for the first time answers "about you" (name and zone) unless their provider told
 * us both; then they go on to where they were headed.
 */
async function answerAboutYou(page: Page, name: string) {
  await expect(page).toHaveURL(/\/about-you/);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Save and continue" }).click();
}

async function createOrganisation(page: Page, name: string, personName?: string) {
  if (personName) await answerAboutYou(page, personName);
  await expect(page).toHaveURL(/\/welcome/);
  await page.getByLabel("Organisation name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/settings\/organisation/);
}

async function declareDomain(page: Page, value: string, policy: "authoritative" | "required") {
  await page.goto("/settings/organisation#sso");
  await page.getByLabel("Email domain").fill(value);
  await page.getByLabel(`People there sign in with ${OIDC_NAME}`).selectOption(policy);
  await page.getByRole("button", { name: "Save domain" }).click();
  await expect(
    page.getByText(new RegExp(`People at ${value.replace(/\./g, "\\.")} now sign in`)),
  ).toBeVisible();
}

test("a provider that puts claims only in userinfo signs a new person in, and again to the same account", async ({
  page,
  context,
}) => {
  const email = `uma@${domain("userinfo")}`;
  const login = `${email};place=userinfo;verified=true;name=Uma Info;tz=Asia/Tokyo`;
  await signInWithSso(page, login);
  await createOrganisation(page, "Userinfo Ltd");
  expect(await profileOf(page)).toEqual({ name: "Uma Info", timeZone: "Asia/Tokyo" });

  // The session answer names the person and its expiry, and nothing else: no token, no ids, no row.
  const session = await page.request.get("/api/auth/session");
  const body = await session.json();
  expect(Object.keys(body).sort()).toEqual(["expires", "user"]);
  expect(body.user).toEqual({ name: "Uma Info", email, image: null });
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie?.value.length).toBeGreaterThan(10);
  expect(JSON.stringify(body)).not.toContain(cookie?.value ?? "missing");
  expect(JSON.stringify(body)).not.toMatch(/token|userId|"id"|emailVerified|timeZone/i);

  await signOutOfRapport(context);
  await signInWithSso(page, login);
  // Straight into the organisation made above: the same account, not a new one.
  await expect(page).toHaveURL(/\/today/);
});

test("a provider that puts claims in the ID token (userinfo says only sub) signs a new person in", async ({
  page,
}) => {
  const email = `ida@${domain("idtoken")}`;
  await signInWithSso(page, `${email};place=id_token;verified=true;name=Ida Token;tz=Europe/Rome`);
  await createOrganisation(page, "Token Ltd");
  expect(await profileOf(page)).toEqual({ name: "Ida Token", timeZone: "Europe/Rome" });
});

test("a verified SSO address joins the magic-link account with it and keeps what the person chose", async ({
  page,
  context,
}) => {
  const email = `jo@${domain("join")}`;
  await signInByMagicLink(page, email);
  await createOrganisation(page, "Join Ltd", "Jo Magic");
  const chosen = await profileOf(page);
  expect(chosen.name).toBe("Jo Magic");
  await signOutOfRapport(context);

  await signInWithSso(page, `${email};verified=true;name=Jo Joined;tz=Europe/Berlin`);
  await expect(page).toHaveURL(/\/today/);
  // The provider's name and zone never replace what the person answered in "about you".
  expect(await profileOf(page)).toEqual(chosen);
});

test("an unverified SSO address cannot take over the account: it must confirm by email, in its own browser", async ({
  page,
  context,
  browser,
}) => {
  const email = `vic@${domain("victim")}`;
  await signInByMagicLink(page, email);
  await createOrganisation(page, "Victim Ltd", "Vic Victim");
  await signOutOfRapport(context);

  // Someone whose provider account claims the address without having verified it.
  const impostor = `${email};verified=false;name=Mallory Impostor`;
  await signInWithSso(page, impostor);
  await expect(page.getByRole("heading", { name: "Confirm it's you" })).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in/);

  // The confirmation email goes to the real owner, who opens it in their own browser: they get in, and
  // nothing is connected, because the waiting identity lives only in the impostor's browser.
  await page.goto("/sign-in/sso-confirm");
  const asked = Date.now() - 1000;
  await page.getByRole("button", { name: "Email me a confirmation link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = linkIn((await latestEmail(email, /sign-in link/i, asked)).text, "/sign-in/confirm");
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await ownerPage.goto(link);
  await ownerPage.getByRole("button", { name: "Continue to Rapport" }).click();
  await expect(ownerPage.getByRole("heading", { name: "Nothing is waiting to be connected" })).toBeVisible();
  await owner.close();

  await signOutOfRapport(context);
  await signInWithSso(page, impostor);
  await expect(page.getByRole("heading", { name: "Confirm it's you" })).toBeVisible();
  expect(await page.request.get("/api/auth/session").then((r) => r.json())).toBeNull();
});

test("a provider without email_verified (Entra ID) must confirm by email, unless the domain is declared", async ({
  page,
  context,
}) => {
  const email = `eli@${domain("entra")}`;
  await signInByMagicLink(page, email);
  await createOrganisation(page, "Entra Ltd", "Eli Magic");
  await signOutOfRapport(context);

  // Not declared: the confirm-by-email path, and once confirmed the identity signs in directly.
  const login = `${email};verified=absent;name=Eli Entra`;
  await signInWithSso(page, login);
  await expect(page.getByRole("heading", { name: "Confirm it's you" })).toBeVisible();
  const asked = Date.now() - 1000;
  await page.getByRole("button", { name: "Email me a confirmation link" }).click();
  const link = linkIn((await latestEmail(email, /sign-in link/i, asked)).text, "/sign-in/confirm");
  await page.goto(link);
  await page.getByRole("button", { name: "Continue to Rapport" }).click();
  await expect(page.getByRole("heading", { name: `Connect ${OIDC_NAME}` })).toBeVisible();
  await page.getByRole("button", { name: "Connect and continue" }).click();
  await expect(page).toHaveURL(/\/today/);
  // Joined to the account the person already named: the provider's name does not replace theirs.
  expect((await profileOf(page)).name).toBe("Eli Magic");
  await signOutOfRapport(context);
  await signInWithSso(page, login);
  await expect(page).toHaveURL(/\/today/);

  // Declared authoritative by the organisation's admin: a colleague's account joins at once.
  await page.goto("/settings/organisation");
  const declared = email.split("@")[1] ?? "";
  await declareDomain(page, declared, "authoritative");
  const colleague = `cole@${declared}`;
  await signOutOfRapport(context);
  await context.clearCookies();
  await signInByMagicLink(page, colleague);
  await answerAboutYou(page, "Cole");
  await expect(page).toHaveURL(/\/welcome/);
  await signOutOfRapport(context);
  await signInWithSso(page, `${colleague};verified=absent;name=Cole League`);
  // Joined, not asked to confirm: the same account (still without an organisation), keeping its name.
  await expect(page).toHaveURL(/\/welcome/);
  const session = await page.request.get("/api/auth/session").then((r) => r.json());
  expect(session.user).toEqual({ name: "Cole", email: colleague, image: null });
});

test("a domain that requires SSO gets no magic links and is sent to the provider from the sign-in page", async ({
  page,
  context,
}) => {
  const declared = domain("required");
  const admin = `ada@${declared}`;
  const colleague = `cy@${declared}`;
  // A link the colleague asked for before SSO became required.
  const earlyLink = await requestMagicLink(page, colleague);

  await signInByMagicLink(page, admin);
  await createOrganisation(page, "Required Ltd", "Ada Admin");
  await declareDomain(page, declared, "required");
  await signOutOfRapport(context);

  await page.goto(earlyLink);
  await page.getByRole("button", { name: "Continue to Rapport" }).click();
  await expect(
    page.getByRole("heading", { name: "Your organisation signs in with company SSO" }),
  ).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(colleague);
  // The page notices the domain while the person types.
  await expect(
    page.getByText(`Your organisation signs in with ${OIDC_NAME}: you will continue there.`),
  ).toBeVisible();
  await page.getByRole("button", { name: `Continue to ${OIDC_NAME}` }).click();
  await page.waitForURL((url) => url.origin === OIDC_ISSUER);
  // The provider is told who is coming (login_hint).
  await expect(page.locator('input[name="login"]')).toHaveValue(colleague);
  await loginAtProvider(page, `${colleague};verified=absent`);
  // The provider sent no name: the first visit asks for it.
  await answerAboutYou(page, "Cy Colleague");
  await expect(page).toHaveURL(/\/welcome/);
});
