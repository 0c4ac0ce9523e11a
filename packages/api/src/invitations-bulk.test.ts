import { schema, signInWithInvitation } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { createMailer, type OutboxEmail } from "@rapport/email";
import { and, eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { callerFor, memoryMailer, twoOrganisations } from "./testing";

/** A mailer whose provider refuses one address, as a real provider sometimes does. */
function mailerRefusing(address: string) {
  const sent: OutboxEmail[] = [];
  const mailer = createMailer({
    from: "Rapport <hello@rapport.localhost>",
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    outbox: {
      async save(email) {
        if (email.to === address) throw new Error("provider said no");
        sent.push(email);
      },
    },
  });
  return { mailer, sent };
}

describe("inviting many people at once", () => {
  test("a mixed list sends only the good lines and reports every other one, failed sends included", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const mail = mailerRefusing("refused@example.test");
    const admin = callerFor(db, f.adminA, { mailer: mail.mailer });
    const text = [
      "Ana Silva <ana@example.test>, ben@example.test",
      "not-an-address",
      f.employeeA.email, // already a member
      f.newcomer.email, // already invited (the fixture's pending invitation)
      "ANA@example.test", // listed twice
      "refused@example.test",
    ].join("\n");

    const preview = await admin.invitations.previewBulk({ text, teamId: f.teamA.id });
    expect(preview.entries.map((e) => e.problem ?? "ok")).toEqual([
      "ok",
      "ok",
      "Not an email address.",
      "Already a member.",
      "Already invited; resend it from the invitation list.",
      "Listed twice; invited once.",
      "ok",
    ]);
    // A preview sends and saves nothing.
    expect(mail.sent).toHaveLength(0);

    const result = await admin.invitations.createBulk({ text, teamId: f.teamA.id });
    expect(result.sent.map((s) => s.email)).toEqual(["ana@example.test", "ben@example.test"]);
    expect(result.failed).toEqual([
      { line: 7, email: "refused@example.test", reason: "The email could not be sent; try again later." },
    ]);
    expect(result.skipped.map((s) => s.line)).toEqual([3, 4, 5, 6]);
    expect(mail.sent.map((m) => m.to).sort()).toEqual(["ana@example.test", "ben@example.test"]);
    expect(mail.sent[0]?.subject).toBe("Ada Admin invited you to Org A on Rapport");

    const rows = await db
      .select({ email: schema.invitations.email, teamId: schema.invitations.teamId })
      .from(schema.invitations)
      .where(eq(schema.invitations.organisationId, f.orgA.id));
    const emails = rows.map((r) => r.email);
    expect(emails).toContain("ana@example.test");
    expect(emails).toContain("ben@example.test");
    // The refused address has no invitation pretending to be on its way.
    expect(emails).not.toContain("refused@example.test");
    expect(rows.filter((r) => r.email === "ana@example.test")).toEqual([
      { email: "ana@example.test", teamId: f.teamA.id },
    ]);
  });

  test("another organisation's team, an oversized list and an empty one are refused, nothing sent", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const mail = memoryMailer();
    const admin = callerFor(db, f.adminA, { mailer: mail.mailer });
    await expect(
      admin.invitations.createBulk({ text: "x@example.test", teamId: f.teamB.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const many = Array.from({ length: 201 }, (_, i) => `p${i}@example.test`).join("\n");
    await expect(admin.invitations.createBulk({ text: many })).rejects.toThrow(/at most 200/);
    await expect(admin.invitations.createBulk({ text: "  \n " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(mail.sent).toHaveLength(0);
    const none = await db
      .select()
      .from(schema.invitations)
      .where(
        and(eq(schema.invitations.organisationId, f.orgA.id), eq(schema.invitations.email, "x@example.test")),
      );
    expect(none).toHaveLength(0);
  });

  test("a name given as 'Name <address>' is kept with the invitation and becomes the invitee's suggested name", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const mail = memoryMailer();
    const admin = callerFor(db, f.adminA, { mailer: mail.mailer });
    await db.update(schema.users).set({ name: "Cleo Chosen" }).where(eq(schema.users.id, f.loner.id));
    await admin.invitations.createBulk({
      text: `"Jamie Lee" <jamie.lee@example.test>\nplain@example.test\nSomeone Else <${f.loner.email}>`,
    });
    const stored = await db
      .select({ email: schema.invitations.email, name: schema.invitations.name })
      .from(schema.invitations)
      .where(eq(schema.invitations.organisationId, f.orgA.id));
    expect(stored).toEqual(
      expect.arrayContaining([
        { email: "jamie.lee@example.test", name: "Jamie Lee" },
        { email: "plain@example.test", name: null },
        { email: f.loner.email, name: "Someone Else" },
      ]),
    );
    const tokenFor = (to: string) =>
      /\/invite\/([\w-]+)/.exec(mail.sent.find((m) => m.to === to)?.text ?? "")?.[1] ?? "";
    const sessionExpires = new Date(Date.now() + 86_400_000);

    // A new account starts with the admin's name for it, still to be confirmed on "about you".
    const jamie = await signInWithInvitation(db, {
      token: tokenFor("jamie.lee@example.test"),
      sessionExpires,
    });
    const me = await callerFor(db, { id: jamie.userId, email: jamie.email }).me.get();
    expect(me.user).toMatchObject({ name: "Jamie Lee", profileConfirmed: false });

    // Someone who already has a name keeps their own.
    const loner = await signInWithInvitation(db, { token: tokenFor(f.loner.email), sessionExpires });
    expect((await callerFor(db, { id: loner.userId, email: loner.email }).me.get()).user.name).toBe(
      "Cleo Chosen",
    );
  });
});
