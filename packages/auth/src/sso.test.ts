import { type Database, schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, vi } from "vitest";
import { publicSession } from "./session";
import { SSO_PAGES, ssoGate } from "./sso/gate";
import { completePendingLink } from "./sso/link";
import { openPendingLink, type PendingSsoLink, sealPendingLink } from "./sso/pending-link";

const secret = "a-test-secret-that-is-long-enough-123456";
const ssoAccount = (sub: string) => ({ provider: "sso", type: "oidc" as const, providerAccountId: sub });

async function orgWithDomain(db: Database, policy?: "authoritative" | "required") {
  const [org] = await db
    .insert(schema.organisations)
    .values({ name: "Acme", slug: `acme-${Date.now()}` })
    .returning();
  if (policy && org)
    await db
      .insert(schema.organisationSsoDomains)
      .values({ organisationId: org.id, domain: "acme.test", policy });
}

describe("the SSO sign-in gate (linking policy)", () => {
  test("a verified address signs in; an unverified or silent one is sent to confirm by email", async ({
    db,
  }) => {
    const keepPending = vi.fn(async (_link: PendingSsoLink) => {});
    const gate = ssoGate({ db, ssoEnabled: true, keepPending, now: () => new Date("2026-12-01T10:00:00Z") });
    await db.insert(schema.users).values({ email: "ada@acme.test", name: null });

    expect(
      await gate({
        user: { email: "ada@acme.test", sso: { sub: "1", emailVerified: true } },
        account: ssoAccount("1"),
      }),
    ).toBe(true);
    expect(keepPending).not.toHaveBeenCalled();

    for (const emailVerified of [false, undefined]) {
      const answer = await gate({
        user: { email: "ada@acme.test", sso: { sub: "2", emailVerified, name: "Ada L" } },
        account: ssoAccount("2"),
      });
      expect(answer).toBe(SSO_PAGES.confirm);
    }
    expect(keepPending).toHaveBeenLastCalledWith({
      provider: "sso",
      providerAccountId: "2",
      email: "ada@acme.test",
      name: "Ada L",
      timeZone: undefined,
      expiresAt: Date.parse("2026-12-01T10:30:00Z") / 1000,
    });
  });

  test("an address at a domain the organisation declared is trusted even without email_verified", async ({
    db,
  }) => {
    await orgWithDomain(db, "authoritative");
    const gate = ssoGate({ db, ssoEnabled: true, keepPending: async () => {} });
    const user = { email: "bo@acme.test", sso: { sub: "3", emailVerified: undefined } };
    expect(await gate({ user, account: ssoAccount("3") })).toBe(true);
    expect(await gate({ user: { ...user, email: "bo@elsewhere.test" }, account: ssoAccount("3") })).toBe(
      SSO_PAGES.confirm,
    );
  });

  test("an identity linked before signs in whatever it claims; no email at all is explained", async ({
    db,
  }) => {
    const [person] = await db.insert(schema.users).values({ email: "cy@acme.test" }).returning();
    await db.insert(schema.accounts).values({ userId: person?.id ?? "", ...ssoAccount("4") });
    const gate = ssoGate({ db, ssoEnabled: true, keepPending: async () => {} });
    expect(
      await gate({
        user: { email: null, sso: { sub: "4", emailVerified: false } },
        account: ssoAccount("4"),
      }),
    ).toBe(true);
    expect(await gate({ user: { email: null, sso: { sub: "5" } }, account: ssoAccount("5") })).toBe(
      SSO_PAGES.noEmail,
    );
  });

  test("magic links are refused for a domain that requires SSO, unless SSO is not set up here", async ({
    db,
  }) => {
    await orgWithDomain(db, "required");
    const email = { provider: "email", type: "email" as const, providerAccountId: "dee@acme.test" };
    const on = ssoGate({ db, ssoEnabled: true, keepPending: async () => {} });
    const off = ssoGate({ db, ssoEnabled: false, keepPending: async () => {} });
    expect(await on({ user: { email: "dee@acme.test" }, account: email })).toBe(SSO_PAGES.required);
    expect(await on({ user: { email: "dee@other.test" }, account: email })).toBe(true);
    expect(await off({ user: { email: "dee@acme.test" }, account: email })).toBe(true);
  });
});

describe("the pending link cookie", () => {
  const link: PendingSsoLink = {
    provider: "sso",
    providerAccountId: "sub-1",
    email: "ada@acme.test",
    expiresAt: Date.parse("2026-12-01T10:30:00Z") / 1000,
  };
  const before = new Date("2026-12-01T10:10:00Z");

  test("opens only untouched, unexpired, with our secret", () => {
    const sealed = sealPendingLink(link, secret);
    expect(openPendingLink(sealed, secret, before)).toEqual(link);
    expect(openPendingLink(sealed, `${secret}x`, before)).toBeUndefined();
    expect(openPendingLink(sealed, secret, new Date("2026-12-01T10:31:00Z"))).toBeUndefined();
    const [payload, mac] = sealed.split(".");
    const forged = Buffer.from(JSON.stringify({ ...link, email: "boss@acme.test" })).toString("base64url");
    expect(openPendingLink(`${forged}.${mac}`, secret, before)).toBeUndefined();
    expect(openPendingLink(`${payload}.${mac}.x`, secret, before)).toBeUndefined();
    expect(openPendingLink("\u0000", secret, before)).toBeUndefined();
    expect(openPendingLink(undefined, secret, before)).toBeUndefined();
  });
});

describe("joining a confirmed SSO identity", () => {
  const link = (sub: string): PendingSsoLink => ({
    provider: "sso",
    providerAccountId: sub,
    email: "ada@acme.test",
    name: "Ada Lovelace",
    timeZone: "Europe/London",
    expiresAt: Math.floor(Date.now() / 1000) + 600,
  });

  test("only the person at that address gets it, with empty fields filled and chosen ones kept", async ({
    db,
  }) => {
    const [ada] = await db.insert(schema.users).values({ email: "ada@acme.test", name: null }).returning();
    const [eve] = await db.insert(schema.users).values({ email: "eve@acme.test", name: "Eve" }).returning();
    if (!ada || !eve) throw new Error("users");
    expect(await completePendingLink(db, eve, link("s-1"))).toBe("other-address");
    expect(await completePendingLink(db, ada, link("s-1"))).toBe("linked");
    const rows = await db
      .select()
      .from(schema.accounts)
      .where(and(eq(schema.accounts.provider, "sso"), eq(schema.accounts.providerAccountId, "s-1")));
    expect(rows.map((r) => r.userId)).toEqual([ada.id]);
    const [after] = await db.select().from(schema.users).where(eq(schema.users.id, ada.id));
    expect([after?.name, after?.timeZone]).toEqual(["Ada Lovelace", "Europe/London"]);

    // The same identity cannot then be joined to another account with that address.
    await db.update(schema.users).set({ email: "old.ada@acme.test" }).where(eq(schema.users.id, ada.id));
    const [ada2] = await db
      .insert(schema.users)
      .values({ email: "ada@acme.test", name: "Set by me" })
      .returning();
    if (!ada2) throw new Error("user");
    expect(await completePendingLink(db, ada2, link("s-1"))).toBe("linked-elsewhere");
    expect(await completePendingLink(db, ada2, link("s-2"))).toBe("linked");
    const [kept] = await db.select().from(schema.users).where(eq(schema.users.id, ada2.id));
    expect(kept?.name).toBe("Set by me");
  });
});

describe("the session answer", () => {
  test("keeps name, email, image and expiry; drops the session token, ids and the user row", () => {
    const body = publicSession({
      sessionToken: "secret-cookie-value",
      userId: "u1",
      expires: new Date("2026-12-31T00:00:00Z"),
      user: {
        id: "u1",
        name: "Ada",
        email: "ada@acme.test",
        image: null,
        emailVerified: new Date(),
        timeZone: "UTC",
      },
    });
    expect(body).toEqual({
      user: { name: "Ada", email: "ada@acme.test", image: null },
      expires: "2026-12-31T00:00:00.000Z",
    });
    expect(JSON.stringify(body)).not.toContain("secret-cookie-value");
    expect(publicSession(null)).toBeNull();
    expect(publicSession({ user: {} })).toBeNull();
  });
});
