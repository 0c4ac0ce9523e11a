// "Send a friendly nudge" from the team dashboard: the manager first sees the email (with their own
// note, if they add one), then sends it. Both read the same draft, so what is previewed is what goes.
import { type Database, dashboardMembers, type OrgScope, recordNudge } from "@rapport/db";
import { conflict, notFound } from "@rapport/domain";
import { isBehind, nudgeBlockedUntil, nudgeSuggestion } from "@rapport/domain/dashboard";
import { fullDayWords } from "@rapport/domain/words";
import { NudgeEmail, nudgeSubject, renderEmail } from "@rapport/email";
import { z } from "zod";
import { teamManagerProcedure } from "../trpc";
import { id } from "../validation";
import { periodFor } from "./dashboard-period";

/** Longest personal note: a few friendly sentences, not a letter. */
const NUDGE_NOTE_MAX = 500;

const nudgeInput = z.object({
  userId: id,
  note: z
    .string()
    .trim()
    .max(NUDGE_NOTE_MAX, `Keep the note to ${NUDGE_NOTE_MAX} characters or fewer.`)
    .optional(),
});

interface DraftContext {
  db: Database;
  scope: OrgScope;
  team: { id: string; name: string };
  appUrl: string;
}

/** The nudge as it would be sent now, or a refusal when the member needs none or was nudged this week. */
async function draftNudge(ctx: DraftContext, userId: string, note: string | undefined, now: Date) {
  const { period } = await periodFor(ctx.db, ctx.scope, ctx.team, {}, userId);
  const { members, goals } = await dashboardMembers(ctx.db, period, now);
  const member = members[0];
  if (!member) throw notFound("The team member");
  const reason = member.nudge.reason;
  if (!reason) {
    throw conflict(
      `${member.name} has been active lately and is on pace with their shared goals; no nudge needed.`,
    );
  }
  const behind = goals.filter((g) => isBehind(g.pace.state));
  const [sender, recipient] = await Promise.all([
    ctx.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, ctx.scope.userId) }),
    ctx.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, userId) }),
  ]);
  if (!recipient) throw notFound("The team member");
  const props = {
    managerName: sender?.name ?? sender?.email ?? "Your manager",
    memberName: recipient.name ?? recipient.email,
    teamName: ctx.team.name,
    reason,
    behindGoals: reason === "quiet" ? [] : behind.map((g) => g.title),
    suggestion: nudgeSuggestion(reason, behind[0]?.metric),
    todayUrl: `${ctx.appUrl}/today`,
    goalsUrl: `${ctx.appUrl}/goals`,
    eventsUrl: `${ctx.appUrl}/events`,
    settingsUrl: `${ctx.appUrl}/settings/digest`,
    note: note ? note : null,
  };
  const { html, text } = await renderEmail(NudgeEmail(props));
  /** Refuses a second nudge within the week, dated in the manager's own words. */
  const refuseIfRecent = (lastNudgedAt: Date | null) => {
    const blocked = nudgeBlockedUntil(lastNudgedAt, now);
    if (blocked) {
      const from = fullDayWords(blocked.toISOString().slice(0, 10), sender?.locale);
      throw conflict(`${props.memberName} was nudged recently; you can send another from ${from}.`);
    }
  };
  return {
    props,
    recipient,
    reason,
    subject: nudgeSubject(props),
    html,
    text,
    lastNudgedAt: member.nudge.lastNudgedAt,
    refuseIfRecent,
  };
}

export const nudgeProcedures = {
  /** The email a nudge would send, for the manager to read (and add a note to) before sending. */
  nudgePreview: teamManagerProcedure.input(nudgeInput).query(async ({ ctx, input }) => {
    const now = new Date();
    const draft = await draftNudge(ctx, input.userId, input.note, now);
    draft.refuseIfRecent(draft.lastNudgedAt);
    return {
      to: draft.props.memberName,
      subject: draft.subject,
      html: draft.html,
      text: draft.text,
    };
  }),

  /**
   * A friendly email to a member who has been quiet for three weeks or is behind on a shared goal,
   * at most one a week per person, with the manager's note kept beside it. On record only if its
   * email was accepted for delivery.
   */
  nudge: teamManagerProcedure.input(nudgeInput).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const draft = await draftNudge(ctx, input.userId, input.note, now);
    return recordNudge(
      ctx.db,
      {
        organisationId: ctx.scope.organisationId,
        teamId: ctx.team.id,
        senderId: ctx.scope.userId,
        recipientId: draft.recipient.id,
        reason: draft.reason,
        note: draft.props.note,
        now,
      },
      draft.refuseIfRecent,
      async () => {
        try {
          await ctx.mailer.send({
            to: draft.recipient.email,
            subject: draft.subject,
            html: draft.html,
            text: draft.text,
          });
        } catch (error) {
          throw conflict(
            `The nudge to ${draft.props.memberName} could not be sent (${error instanceof Error ? error.message : error}). Nothing was recorded; try again.`,
          );
        }
      },
    );
  }),
};
