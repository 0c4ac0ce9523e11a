import { DEMO_PEOPLE, type DigestRecipient, schema, seedDemo } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { composeDigest, composeManagerDigest } from "@rapport/domain/digest";
import { isoWeekKey } from "@rapport/domain/time";
import { eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { loadDigestInput, loadManagerDigestInput } from "./digest-sources";
import { renderDigestPayload } from "./render-digest";
import { testRenderContext } from "./testing";

async function recipient(db: Parameters<typeof seedDemo>[0], key: string): Promise<DigestRecipient> {
  const person = DEMO_PEOPLE.find((p) => p.key === key);
  const [user] = await db
    .select()
    .from(schema.users)
    .where(eq(schema.users.email, person?.email ?? ""));
  const [membership] = await db
    .select()
    .from(schema.memberships)
    .where(eq(schema.memberships.userId, user?.id ?? ""));
  if (!user || !membership) throw new Error(`demo person ${key} missing`);
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    timeZone: user.timeZone,
    locale: user.locale,
    hiddenSections: [],
    unsubscribeVersion: user.unsubscribeVersion,
    organisationId: membership.organisationId,
    day: 1,
    hour: 8,
    enabled: true,
    managesTeam: key === "manager",
    suppressed: false,
  };
}

describe("the digest reads what people logged in every area", () => {
  test("the demo employee's digest has follow-ups, team events, goals, last week and a tip", async ({
    db,
  }) => {
    await seedDemo(db);
    const sam = await recipient(db, "employee");
    const now = new Date();
    const input = await loadDigestInput(db, sam, { weekKey: isoWeekKey(now, sam.timeZone), now });
    expect(input.followUps?.length).toBeGreaterThan(0);
    expect(input.upcomingEvents?.some((e) => e.title === "Fintech Founders Breakfast")).toBe(true);
    expect(input.goals?.length).toBeGreaterThan(0);
    expect(input.topBarrier?.barrierId).toBeTruthy();
    const digest = composeDigest(input);
    expect(digest.useful).toBe(true);
    expect(digest.tip).not.toBeNull();
  });

  test("the demo employee's digest asks whether they met this round's intro, linking to it on Today", async ({
    db,
  }) => {
    await seedDemo(db);
    const sam = await recipient(db, "employee");
    const now = new Date();
    const digest = composeDigest(
      await loadDigestInput(db, sam, { weekKey: isoWeekKey(now, sam.timeZone), now }),
    );
    expect(digest.intros).toEqual([
      { groupId: expect.any(String), kind: "check_in", line: "Did you meet Lena Park?" },
    ]);
    const payload = await renderDigestPayload(testRenderContext, sam, digest);
    expect(payload.text).toContain("Did you meet Lena Park?");
    const link = `${testRenderContext.appUrl}/today#intro-${digest.intros?.[0]?.groupId}`;
    expect(link).toMatch(/^https:\/\//);
    expect(payload.html).toContain(`href="${link}"`);
    // Only Sam's own intro: Priya and Jordan's group is not in it.
    expect(payload.text).not.toContain("meet Jordan Ellis");
  });

  test("the manager digest counts each member's activity and never carries contacts or notes", async ({
    db,
  }) => {
    await seedDemo(db);
    const maya = await recipient(db, "manager");
    const now = new Date();
    const input = await loadManagerDigestInput(db, maya, { weekKey: isoWeekKey(now, maya.timeZone), now });
    expect(input.teams.map((t) => t.name)).toEqual(["Partnerships"]);
    expect(input.teams[0]?.members.map((m) => m.name).sort()).toEqual([
      "Noor Haddad",
      "Priya Nair",
      "Sam Okafor",
      "Tom Becker",
    ]);
    const contactNames = (
      await db.select({ name: schema.contacts.name, notes: schema.contacts.notes }).from(schema.contacts)
    )
      .flatMap((c) => [c.name, c.notes])
      .filter((v): v is string => Boolean(v));
    const text = JSON.stringify([input, composeManagerDigest(input)]);
    for (const secret of contactNames) expect(text).not.toContain(secret);
  });
});
