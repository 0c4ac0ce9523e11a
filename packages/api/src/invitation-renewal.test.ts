import { schema } from "@rapport/db";
import { dbTest as test } from "@rapport/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect } from "vitest";
import { callerFor, memoryMailer, twoOrganisations } from "./testing";

describe("asking for a fresh invitation from an expired link", () => {
  test("emails the admin who sent it, once a day, and only for an expired invitation", async ({ db }) => {
    const f = await twoOrganisations(db);
    const mail = memoryMailer();
    const anonymous = callerFor(db, null, { mailer: mail.mailer });

    // Still valid: nothing to renew, nothing sent.
    expect(await anonymous.invitations.requestRenewal({ token: f.inviteToken })).toEqual({
      outcome: "still-valid",
    });
    expect(mail.sent).toHaveLength(0);

    await db
      .update(schema.invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(schema.invitations.id, f.invitation.id));
    expect(await anonymous.invitations.requestRenewal({ token: f.inviteToken })).toEqual({
      outcome: "asked",
    });
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.to).toEqual([f.adminA.email]);
    expect(mail.sent[0]?.subject).toMatch(/asks for a new invitation/);
    expect(mail.sent[0]?.text).toContain("http://localhost:3000/settings/organisation");

    // Pressing again does not flood the admin's inbox.
    expect(await anonymous.invitations.requestRenewal({ token: f.inviteToken })).toEqual({
      outcome: "already-asked",
    });
    expect(mail.sent).toHaveLength(1);
  });

  test("a used invitation is not renewed", async ({ db }) => {
    const f = await twoOrganisations(db);
    await callerFor(db, f.newcomer).invitations.accept({ token: f.inviteToken });
    const mail = memoryMailer();
    await expect(
      callerFor(db, null, { mailer: mail.mailer }).invitations.requestRenewal({ token: f.inviteToken }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(mail.sent).toHaveLength(0);
  });

  test("an unknown or hostile token is refused without detail and sends nothing", async ({ db }) => {
    await twoOrganisations(db);
    const mail = memoryMailer();
    const anonymous = callerFor(db, null, { mailer: mail.mailer });
    for (const token of ["not-a-token", "<script>alert(1)</script>"]) {
      await expect(anonymous.invitations.requestRenewal({ token })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // Text no field may hold is refused before anything is looked up.
    await expect(anonymous.invitations.requestRenewal({ token: "x\u0000y" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(anonymous.invitations.requestRenewal({ token: "a".repeat(5000) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(mail.sent).toHaveLength(0);
  });
});
