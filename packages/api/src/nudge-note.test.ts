import { schema } from "@rapport/db";
import { dbTest } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect } from "vitest";
import { dashboardTeam } from "./dashboard.fixtures";
import { callerFor, memoryMailer } from "./testing";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

const hostile = `Let's <script>alert("hi")</script> get coffee & talk.\nSee you Thursday`;

describe("a nudge with a personal note", () => {
  dbTest("the preview shows the email with the note, sending and storing nothing", async ({ db }) => {
    const f = await dashboardTeam(db);
    const mail = memoryMailer();
    const dashboard = callerFor(db, f.manager, { mailer: mail.mailer }).dashboard;
    const preview = await dashboard.nudgePreview({ teamId: f.team.id, userId: f.ben.id, note: hostile });
    expect(preview.to).toBe("Ben Busy");
    expect(preview.subject).toMatch(/^A nudge from Mia Manager/);
    expect(preview.html).toContain("&lt;script&gt;");
    expect(preview.html).not.toContain("<script>");
    expect(preview.text).toContain(`Let's <script>alert("hi")</script> get coffee & talk.\nSee you Thursday`);
    expect(mail.sent).toHaveLength(0);
    expect(await db.select().from(schema.nudges)).toHaveLength(0);
  });

  dbTest("the note is kept with the nudge and appears, escaped, in the email sent", async ({ db }) => {
    const f = await dashboardTeam(db);
    const mail = memoryMailer();
    const dashboard = callerFor(db, f.manager, { mailer: mail.mailer }).dashboard;
    await dashboard.nudge({ teamId: f.team.id, userId: f.ben.id, note: `  ${hostile}  ` });
    const [stored] = await db.select().from(schema.nudges);
    expect(stored?.note).toBe(hostile);
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.text).toContain("Mia Manager added a note:");
    expect(mail.sent[0]?.html).toContain("&lt;script&gt;alert(");
    expect(mail.sent[0]?.html).not.toContain("<script>");
    expect(mail.sent[0]?.text).toContain("See you Thursday");
    // The preview now says a nudge went out this week, as sending again would.
    const again = await refusal(dashboard.nudgePreview({ teamId: f.team.id, userId: f.ben.id }));
    expect(again).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/nudged recently/) });
  });

  dbTest("without a note the email has none and the nudge keeps none", async ({ db }) => {
    const f = await dashboardTeam(db);
    const mail = memoryMailer();
    await callerFor(db, f.manager, { mailer: mail.mailer }).dashboard.nudge({
      teamId: f.team.id,
      userId: f.ben.id,
      note: "   ",
    });
    const [stored] = await db.select().from(schema.nudges);
    expect(stored?.note).toBeNull();
    expect(mail.sent[0]?.text).not.toContain("added a note");
  });

  dbTest(
    "a note too long, or holding a NUL, is refused with a reason and nothing goes out",
    async ({ db }) => {
      const f = await dashboardTeam(db);
      const mail = memoryMailer();
      const dashboard = callerFor(db, f.manager, { mailer: mail.mailer }).dashboard;
      const long = await refusal(
        dashboard.nudge({ teamId: f.team.id, userId: f.ben.id, note: "a".repeat(501) }),
      );
      expect(long).toEqual({ code: "BAD_REQUEST", message: expect.stringMatching(/500 characters/) });
      const preview = await refusal(
        dashboard.nudgePreview({ teamId: f.team.id, userId: f.ben.id, note: "a".repeat(501) }),
      );
      expect(preview.code).toBe("BAD_REQUEST");
      const nul = await refusal(
        dashboard.nudge({ teamId: f.team.id, userId: f.ben.id, note: "hi\u0000there" }),
      );
      expect(nul.code).toBe("BAD_REQUEST");
      expect(mail.sent).toHaveLength(0);
      expect(await db.select().from(schema.nudges)).toHaveLength(0);
      // Exactly at the limit is fine.
      await dashboard.nudge({ teamId: f.team.id, userId: f.ben.id, note: "a".repeat(500) });
      expect(mail.sent).toHaveLength(1);
    },
  );

  dbTest(
    "an employee cannot preview a nudge, and a manager cannot preview one for another team",
    async ({ db }) => {
      const f = await dashboardTeam(db);
      const asEmployee = await refusal(
        callerFor(db, f.ann).dashboard.nudgePreview({ teamId: f.team.id, userId: f.ben.id }),
      );
      expect(asEmployee.code).toBe("FORBIDDEN");
      const outsider = await refusal(
        callerFor(db, f.manager).dashboard.nudgePreview({ teamId: f.team.id, userId: f.outsider.id }),
      );
      expect(outsider.code).toBe("NOT_FOUND");
    },
  );
});
