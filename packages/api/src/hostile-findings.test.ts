// The three input findings of the security review (issue 17: 5, 6 and 7), each reproduced as it was
// reported. hostile-input.test.ts then keeps every procedure honest with generated inputs.
import { type Database, schema } from "@rapport/db";
import { dbTest, testDatabase } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, vi } from "vitest";
import { feedDocument } from "./calendar/feeds";
import { createContext } from "./context";
import { createCaller } from "./root";
import { callerFor, memoryMailer, twoOrganisations } from "./testing";

beforeAll(async () => {
  await testDatabase();
});

const SQL_TEXT = /failed query|\b(insert into|select .* from|update .* set|delete from)\b|params:/i;

async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to be refused");
}

/** The field names a refusal points at, as the forms show them. */
function fieldsOf(error: TRPCError): string[] {
  const cause = error.cause as { issues?: { path: PropertyKey[] }[]; field?: string } | undefined;
  if (cause?.field) return [cause.field];
  return (cause?.issues ?? []).map((i) => i.path.map(String).join("."));
}

async function expectRefused(promise: Promise<unknown>, field: string) {
  const error = await failure(promise);
  expect([error.code, fieldsOf(error)]).toEqual(["BAD_REQUEST", expect.arrayContaining([field])]);
  expect(error.message).not.toMatch(SQL_TEXT);
  return error;
}

describe("finding 5: absurd dates", () => {
  dbTest("every date input refuses years outside 1900–2100, naming the field", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.adminA);
    const goal = { title: "Meet people", metric: "people_met" as const, target: 3 };
    await expectRefused(
      me.goals.create({ ...goal, startDate: "0001-01-01", dueDate: "2026-03-01" }),
      "startDate",
    );
    await expectRefused(
      me.goals.create({ ...goal, startDate: "2026-01-01", dueDate: "9999-12-31" }),
      "dueDate",
    );
    await expectRefused(
      me.goals.addStep({ goalId: f.goal.id, title: "Call", dueDate: "2101-01-01" }),
      "dueDate",
    );
    await expectRefused(
      callerFor(db, f.managerA).teamGoals.create({
        teamId: f.teamA.id,
        title: "Events",
        metric: "events_attended",
        perMemberTarget: 1,
        startDate: "1899-12-31",
        dueDate: "2026-03-01",
      }),
      "startDate",
    );
    await expectRefused(me.contacts.create({ name: "Old Friend", metOn: "0001-01-01" }), "metOn");
    await expectRefused(
      me.contacts.logInteraction({ contactId: f.contactA.id, kind: "call", occurredOn: "9999-01-01" }),
      "occurredOn",
    );
    await expectRefused(me.contacts.addFollowUp({ contactId: f.contactA.id, dueOn: "2999-01-01" }), "dueOn");
    await expectRefused(
      me.contacts.snoozeFollowUp({ followUpId: f.followUpA.id, until: "3000-01-01" }),
      "until",
    );
    await expectRefused(
      me.events.create({
        teamId: f.teamA.id,
        title: "Far future",
        kind: "meetup",
        allDay: true,
        startDate: "9999-12-31",
        endDate: "9999-12-31",
        timeZone: "UTC",
      }),
      "startDate",
    );
    await expectRefused(
      me.coaching.saveTimeBlock({
        days: ["MO"],
        startTime: "09:00",
        durationMinutes: 30,
        timeZone: "UTC",
        startDate: "0099-01-01",
      }),
      "startDate",
    );
    await expectRefused(
      callerFor(db, f.managerA).dashboard.team({ teamId: f.teamA.id, from: "0001-01-01" }),
      "from",
    );
    await expectRefused(me.dashboard.organisation({ to: "9999-12-31" }), "to");
    const draft = { name: "Ira", company: null, role: null, email: null, phone: null, linkedinUrl: null };
    await expectRefused(
      me.contacts.importDrafts({ drafts: [{ ...draft, metOn: "0001-01-01", tags: [], notes: null }] }),
      "drafts.0.metOn",
    );
    // Nothing was written by any of them.
    expect(await db.select().from(schema.goals).where(eq(schema.goals.title, "Meet people"))).toEqual([]);
  });

  dbTest("goals, the digest and Today still answer when the database holds absurd dates", async ({ db }) => {
    const f = await twoOrganisations(db);
    await plantAbsurdDates(db, f);
    for (const who of [f.adminA, f.managerA, f.employeeA]) {
      const caller = callerFor(db, who);
      const overview = await caller.goals.overview();
      expect(overview.mine.length + overview.shared.length + overview.teamGoals.length).toBeGreaterThan(0);
      await caller.goals.get({ goalId: f.goal.id }).catch((e: unknown) => {
        // Only the owner may open the goal; the others must be told so, not crash.
        expect(e).toMatchObject({ code: "NOT_FOUND" });
      });
      const preview = await caller.digest.preview();
      expect(preview?.html).toContain("<html");
      // Today: the organisation, the first-run card and this week's plan.
      await caller.organisation.get();
      await caller.coaching.firstRun();
      await caller.digest.thisWeek();
      await caller.contacts.due();
      await caller.contacts.list();
      await caller.events.list({ view: "upcoming" });
      await caller.events.list({ view: "past" });
    }
    const owner = callerFor(db, f.adminA);
    const shared = await callerFor(db, f.employeeA).goals.overview();
    expect(shared.shared.map((g) => g.title)).toContain("Forever goal");
    expect(JSON.stringify(await owner.goals.get({ goalId: f.goal.id }))).toContain("Admin goal");
    await callerFor(db, f.managerA).dashboard.team({ teamId: f.teamA.id });
    await callerFor(db, f.managerA).teamGoals.get({ teamGoalId: f.teamGoal.id });
    await owner.dashboard.organisation();
    await owner.contacts.get({ contactId: f.contactA.id });
  });
});

/** Dates no form would accept, written straight into the tables (as an old version or a bad import might). */
async function plantAbsurdDates(db: Database, f: Awaited<ReturnType<typeof twoOrganisations>>) {
  const far = { startDate: "0001-01-01", dueDate: "9999-12-31" };
  // A goal shared with the team by the manager: every teammate's goals page reads it.
  await db.insert(schema.goals).values({
    organisationId: f.orgA.id,
    userId: f.managerA.id,
    title: "Forever goal",
    metric: "people_met",
    target: 3,
    visibility: "team",
    ...far,
  });
  await db.update(schema.goals).set(far).where(eq(schema.goals.id, f.goal.id));
  await db.update(schema.teamGoals).set(far).where(eq(schema.teamGoals.id, f.teamGoal.id));
  // Postgres keeps years up to 5874897 and before Christ; neither is a YYYY-MM-DD date.
  await db
    .update(schema.teamGoals)
    .set({ startDate: "4713-01-01 BC", dueDate: "20000-01-01" })
    .where(eq(schema.teamGoals.id, f.guildGoal.id));
  await db.update(schema.goalSteps).set({ dueDate: "0001-01-01" }).where(eq(schema.goalSteps.id, f.step.id));
  await db.update(schema.contacts).set({ metOn: "0001-01-01" }).where(eq(schema.contacts.id, f.contactA.id));
  await db
    .update(schema.interactions)
    .set({ occurredOn: "9999-12-31" })
    .where(eq(schema.interactions.id, f.interactionA.id));
  await db
    .update(schema.followUps)
    .set({ dueOn: "0001-01-01" })
    .where(eq(schema.followUps.id, f.followUpA.id));
  await db.insert(schema.followUps).values({
    ownerId: f.adminA.id,
    organisationId: f.orgA.id,
    contactId: f.contactA.id,
    dueOn: "9999-12-31",
    originalDueOn: "9999-12-31",
  });
  await db
    .update(schema.events)
    .set({ startsAt: new Date("9999-12-31T10:00:00Z"), endsAt: new Date("9999-12-31T12:00:00Z") })
    .where(eq(schema.events.id, f.event.id));
  await db.insert(schema.eventRsvps).values({ eventId: f.event.id, userId: f.adminA.id, status: "going" });
}

describe("finding 6: NUL bytes and lone surrogates", () => {
  const NUL = "a\u0000b";
  const SURROGATE = "a\uD800b";

  dbTest("are refused in names, notes and searches with a message naming the field", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.adminA);
    for (const bad of [NUL, SURROGATE]) {
      await expectRefused(me.contacts.create({ name: bad }), "name");
      await expectRefused(me.contacts.create({ name: "Kim", notes: `notes ${bad}` }), "notes");
      await expectRefused(me.contacts.list({ q: bad }), "q");
      await expectRefused(me.contacts.update({ contactId: f.contactA.id, name: bad }), "name");
      await expectRefused(
        me.contacts.logInteraction({
          contactId: f.contactA.id,
          kind: "call",
          occurredOn: "2026-02-01",
          note: bad,
        }),
        "note",
      );
      await expectRefused(me.me.updateProfile({ name: bad, timeZone: "UTC" }), "name");
      await expectRefused(me.organisation.createTeam({ name: bad }), "name");
      await expectRefused(me.goals.addStep({ goalId: f.goal.id, title: bad }), "title");
      await expectRefused(me.goals.checkIn({ goalId: f.goal.id, amount: 1, note: bad }), "note");
      await expectRefused(me.events.list({ view: "upcoming", search: bad }), "search");
      await expectRefused(
        me.contacts.setTagCadence({ tag: bad, cadence: { idealDays: 5, maxDays: 9 } }),
        "tag",
      );
      await expectRefused(
        me.coaching.savePitch({ introduction: bad, strengths: "", lookingFor: "", talkingPoints: [] }),
        "introduction",
      );
      await expectRefused(me.goals.get({ goalId: bad }), "goalId");
    }
  });

  dbTest("import files with NUL bytes are cleaned, never a server error", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.adminA);
    const csv = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Nu\u0000l,Person,,nul@example.test,Ac\u0000me,,05 Jan 2026",
      "Sur,\uD800Gate,,s@example.test,Co,,01 Jan 0001",
      "",
    ].join("\r\n");
    const preview = await me.contacts.previewImport({ filename: "Connections.csv", text: csv });
    const names = preview.items.map((i) => i.draft.name);
    expect(names).toEqual(["Nul Person", "Sur \uFFFDGate"]);
    // The absurd date is reported on its row and left out; the person still imports.
    expect(preview.items.map((i) => i.draft.metOn)).toEqual(["2026-01-05", null]);
    expect(preview.problems.map((p) => p.line)).toEqual([3]);
    const drafts = preview.items.map((i) => i.draft);
    expect(await me.contacts.importDrafts({ drafts })).toMatchObject({ create: 2 });

    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:nul-1@example.org",
      `DTSTART:${day}T100000Z`,
      `DTEND:${day}T110000Z`,
      "SUMMARY:Nu\u0000ll meetup \uDC00",
      "DESCRIPTION:Bring\u0000 snacks",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
    const summary = await me.calendar.importFile({ teamId: f.teamA.id, content: ics });
    expect(summary.created).toBe(1);
    const listed = await me.events.list({ view: "upcoming" });
    expect(listed.events.map((e) => e.title)).toContain("Null meetup \uFFFD");
  });

  dbTest(
    "an internal error reaches the caller as a generic message with an id; the detail is logged",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const secretSql = 'Failed query: select "secret" from "users" where "id" = $1\nparams: hunter2';
      // A database that fails the way a driver does, with the statement and its parameters in the message.
      const broken = new Proxy(db, {
        get(target, key, receiver) {
          if (key === "select" || key === "query" || key === "execute" || key === "insert")
            throw new Error(secretSql);
          return Reflect.get(target, key, receiver);
        },
      });
      const logged = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        const caller = createCaller(
          createContext({
            db: broken,
            engine: "pglite",
            session: f.adminA,
            appUrl: "http://localhost:3000",
            mailer: memoryMailer().mailer,
          }),
        );
        const error = await failure(caller.system.info());
        expect(error.code).toBe("INTERNAL_SERVER_ERROR");
        expect(error.message).not.toMatch(/hunter2|secret|select/i);
        const errorId = /error id ([\w-]+)/i.exec(error.message)?.[1];
        expect(errorId, error.message).toBeTruthy();
        expect(error.cause).toBeUndefined();
        const line = logged.mock.calls
          .map((args) => args.map(String).join(" "))
          .find((l) => l.includes(errorId ?? "?"));
        expect(line).toMatch(/hunter2/);
      } finally {
        logged.mockRestore();
      }
    },
  );
});

describe("finding 7: link schemes", () => {
  const day = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
  const evilCalendar = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "BEGIN:VEVENT",
    "UID:evil-1@example.org",
    `DTSTART:${day}T100000Z`,
    `DTEND:${day}T110000Z`,
    "SUMMARY:Script link",
    "URL:javascript:alert(document.cookie)",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:evil-2@example.org",
    `DTSTART:${day}T120000Z`,
    `DTEND:${day}T130000Z`,
    "SUMMARY:Data link",
    "URL:data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "LOCATION:JavaScript:alert(1)",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:good-1@example.org",
    `DTSTART:${day}T140000Z`,
    `DTEND:${day}T150000Z`,
    "SUMMARY:Good link",
    "URL:https://meetup.example.org/e/1",
    "LOCATION:https://meet.example.org/room",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");

  dbTest(
    "imported events keep only http(s) links, and feeds never write out another scheme",
    async ({ db }) => {
      const f = await twoOrganisations(db);
      const me = callerFor(db, f.adminA);
      expect((await me.calendar.importFile({ teamId: f.teamA.id, content: evilCalendar })).created).toBe(3);
      const rows = await db.select().from(schema.events).where(eq(schema.events.teamId, f.teamA.id));
      const links = rows.flatMap((r) => [r.organiserUrl, r.onlineUrl]).filter((u) => u !== null);
      expect(links.sort()).toEqual(["https://meet.example.org/room", "https://meetup.example.org/e/1"]);

      // A link stored before this rule (or written by hand) is still not served to subscribers.
      const good = rows.find((r) => r.title === "Good link");
      if (!good) throw new Error("good event");
      await db
        .update(schema.events)
        .set({ organiserUrl: "javascript:alert(1)", onlineUrl: "data:text/html,hi", venue: null })
        .where(eq(schema.events.id, good.id));
      const feed = await callerFor(db, f.adminA).calendar.issueFeed({ kind: "team", teamId: f.teamA.id });
      const doc = await feedDocument(
        db,
        feed.url
          .split("/")
          .pop()
          ?.replace(/\.ics$/, "") ?? "",
      );
      expect(doc?.body).toContain("SUMMARY:Good link");
      expect(doc?.body).not.toMatch(/javascript:|data:/i);
      const single = await me.calendar.eventFile({ eventId: good.id });
      expect(single.body).not.toMatch(/javascript:|data:/i);
      // The event page reads these fields: they come back without the unsafe links.
      const shown = await me.events.get({ eventId: good.id });
      expect([shown.event.organiserUrl, shown.event.onlineUrl]).toEqual([null, null]);
    },
  );

  dbTest("the event form and contact imports refuse other schemes", async ({ db }) => {
    const f = await twoOrganisations(db);
    const me = callerFor(db, f.adminA);
    const event = {
      teamId: f.teamA.id,
      title: "Links",
      kind: "meetup" as const,
      allDay: true,
      startDate: "2026-06-01",
      endDate: "2026-06-01",
      timeZone: "UTC",
    };
    for (const url of ["javascript:alert(1)", "data:text/html,x", "https://", "ftp://files.example.org/x"]) {
      await expectRefused(me.events.create({ ...event, organiserUrl: url }), "organiserUrl");
      await expectRefused(me.events.create({ ...event, onlineUrl: url }), "onlineUrl");
    }
    const draft = {
      name: "Ira",
      company: null,
      role: null,
      email: null,
      phone: null,
      metOn: null,
      tags: [],
      notes: null,
    };
    await expectRefused(
      me.contacts.importDrafts({
        drafts: [{ ...draft, linkedinUrl: "javascript:alert(1)//linkedin.com/in/x" }],
      }),
      "drafts.0.linkedinUrl",
    );
    // A link written straight into the table is not handed to the contact page as one.
    await db
      .update(schema.contacts)
      .set({ linkedinUrl: "javascript:alert(1)" })
      .where(eq(schema.contacts.id, f.contactA.id));
    expect((await me.contacts.get({ contactId: f.contactA.id })).contact.linkedinUrl).toBeNull();
    const vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vi Card\r\nURL:javascript:alert(1)\r\nEND:VCARD\r\n";
    const preview = await me.contacts.previewImport({ filename: "x.vcf", text: vcard });
    expect(preview.items.map((i) => i.draft.linkedinUrl)).toEqual([null]);
  });
});
