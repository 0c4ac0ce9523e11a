import { dbTest as test } from "@rapport/db/testing";
import { describe, expect } from "vitest";
import { callerFor, makeUser, memoryMailer, twoOrganisations } from "./testing";

const inviteToken = (text: string) => /\/invite\/([\w-]+)/.exec(text)?.[1] ?? "";

describe("organisations, teams and roles", () => {
  test("the first person creates an organisation and is its admin, managing their first team", async ({
    db,
  }) => {
    const founder = await makeUser(db, "Fay Founder");
    const caller = callerFor(db, founder);
    await caller.organisation.create({
      name: "Harbour & Co",
      timeZone: "Europe/Dublin",
      firstTeam: "Growth",
    });
    const me = await caller.me.get();
    expect(me.activeOrganisation).toMatchObject({ organisationName: "Harbour & Co", role: "admin" });
    expect(me.teams).toEqual([expect.objectContaining({ name: "Growth", role: "manager" })]);
  });

  test("bad input is refused with a message naming the field, and nothing is created", async ({ db }) => {
    const founder = await makeUser(db, "Fay Founder");
    const caller = callerFor(db, founder);
    await expect(caller.organisation.create({ name: "X", timeZone: "Mars/Olympus" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await caller.me.get()).memberships).toEqual([]);
  });

  test("a role change applies on the very next request", async ({ db }) => {
    const f = await twoOrganisations(db);
    await expect(callerFor(db, f.employeeA).organisation.directory({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await callerFor(db, f.adminA).organisation.setRole({ userId: f.employeeA.id, role: "admin" });
    expect((await callerFor(db, f.employeeA).organisation.directory({})).total).toBeGreaterThan(0);
    await callerFor(db, f.adminA).organisation.setRole({ userId: f.employeeA.id, role: "member" });
    await expect(callerFor(db, f.employeeA).organisation.directory({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  test("the last admin cannot step down or be removed", async ({ db }) => {
    const f = await twoOrganisations(db);
    const admin = callerFor(db, f.adminA);
    await expect(admin.organisation.setRole({ userId: f.adminA.id, role: "member" })).rejects.toThrow(
      /at least one admin/,
    );
    await expect(admin.organisation.removeMember({ userId: f.adminA.id })).rejects.toThrow(/last admin/);
  });

  test("a person can be in several teams with a different role in each", async ({ db }) => {
    const f = await twoOrganisations(db);
    const admin = callerFor(db, f.adminA);
    const beta = await admin.organisation.createTeam({ name: "Second" });
    await admin.organisation.placeInTeam({ userId: f.employeeA.id, teamId: beta.id, role: "manager" });
    const teams = (await callerFor(db, f.employeeA).me.get()).teams.map((t) => [t.name, t.role]);
    expect(teams).toEqual([
      ["Alpha", "employee"],
      ["Second", "manager"],
    ]);
    await expect(admin.organisation.createTeam({ name: "alpha" })).rejects.toThrow(/already a team called/);
  });

  test("an organisation's members, teams and invitations never show in another organisation", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const b = callerFor(db, f.adminB);
    const names = JSON.stringify([
      await b.organisation.directory({}),
      await b.organisation.teams(),
      await b.invitations.list(),
    ]);
    expect(names).not.toContain("Alpha");
    expect(names).not.toContain(f.employeeA.email);
    expect(names).not.toContain(f.newcomer.email);
  });
});

describe("invitations", () => {
  test("an invitation is emailed, accepted once by its addressee, and places them in the team", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const mail = memoryMailer();
    const person = await makeUser(db, "Ivy Invitee");
    await callerFor(db, f.adminA, { mailer: mail.mailer }).invitations.create({
      email: person.email.toUpperCase(),
      teamId: f.teamA.id,
      teamRole: "manager",
    });
    const email = mail.sent[0];
    expect(email?.to).toBe(person.email);
    expect(email?.subject).toBe("Ada Admin invited you to Org A on Rapport");
    const token = inviteToken(email?.text ?? "");

    const stranger = await makeUser(db, "Sly Stranger");
    await expect(callerFor(db, stranger).invitations.accept({ token })).rejects.toThrow(
      /sent to .*Sign in with that address/,
    );

    await callerFor(db, person).invitations.accept({ token });
    const me = await callerFor(db, person).me.get();
    expect(me.activeOrganisation?.organisationName).toBe("Org A");
    expect(me.teams).toEqual([expect.objectContaining({ name: "Alpha", role: "manager" })]);
    await expect(callerFor(db, person).invitations.accept({ token })).rejects.toThrow(/already been used/);
    expect((await callerFor(db, null).invitations.preview({ token })).state).toBe("accepted");
  });

  test("resending issues a new link and the old one stops working; revoking stops it too", async ({ db }) => {
    const f = await twoOrganisations(db);
    const mail = memoryMailer();
    const admin = callerFor(db, f.adminA, { mailer: mail.mailer });
    await admin.invitations.resend({ invitationId: f.invitation.id });
    const fresh = inviteToken(mail.sent[0]?.text ?? "");
    expect(fresh).not.toBe(f.inviteToken);
    expect((await callerFor(db, null).invitations.preview({ token: f.inviteToken })).state).toBe("unknown");
    expect((await callerFor(db, null).invitations.preview({ token: fresh })).state).toBe("pending");
    await admin.invitations.revoke({ invitationId: f.invitation.id });
    await expect(callerFor(db, f.newcomer).invitations.accept({ token: fresh })).rejects.toThrow(/withdrawn/);
  });

  test("inviting someone already in the organisation says so", async ({ db }) => {
    const f = await twoOrganisations(db);
    await expect(callerFor(db, f.adminA).invitations.create({ email: f.employeeA.email })).rejects.toThrow(
      /already a member/,
    );
  });

  test("when the invitation email cannot be sent, no invitation is left behind", async ({ db }) => {
    const f = await twoOrganisations(db);
    const failing = memoryMailer();
    failing.mailer.send = async () => {
      throw new Error("provider down");
    };
    const admin = callerFor(db, f.adminA, { mailer: failing.mailer });
    await expect(admin.invitations.create({ email: "lost@example.test" })).rejects.toThrow(
      /could not be sent.*Nothing was saved/,
    );
    const list = await callerFor(db, f.adminA).invitations.list();
    expect(list.map((i) => i.email)).not.toContain("lost@example.test");
  });

  test("a production server without AUTH_URL sends no invitation link, says why, and keeps the old link", async ({
    db,
  }) => {
    const f = await twoOrganisations(db);
    const mail = memoryMailer();
    const reason = "Sign-in and invitation emails are switched off until the administrator sets AUTH_URL.";
    const admin = callerFor(db, f.adminA, { mailer: mail.mailer, linksRefused: reason });
    await expect(admin.invitations.create({ email: "later@example.test" })).rejects.toThrow(/AUTH_URL/);
    await expect(admin.invitations.resend({ invitationId: f.invitation.id })).rejects.toThrow(/AUTH_URL/);
    expect(mail.sent).toHaveLength(0);
    const list = await callerFor(db, f.adminA).invitations.list();
    expect(list.map((i) => i.email)).not.toContain("later@example.test");
    expect((await callerFor(db, null).invitations.preview({ token: f.inviteToken })).state).toBe("pending");
  });
});
