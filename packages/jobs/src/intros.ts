// The intros job: plan the rounds that are due (idempotent per programme and day), then send each
// intro email once, at 10:00 in the recipient's zone, with an .ics hold when there is a suggested slot.
import {
  claimIntroEmails,
  type Database,
  introEmailContent,
  introProgrammesDue,
  planIntroRound,
  releaseIntroEmail,
} from "@rapport/db";
import {
  INTRO_SLOT_MINUTES,
  introHoldContentType,
  introHoldFilename,
  introStarters,
  introWhy,
  writeIntroHold,
} from "@rapport/domain/intros";
import { localDate } from "@rapport/domain/time";
import { dayWords, timeWords } from "@rapport/domain/words";
import { type EmailAttachment, IntroEmail, introSubject, type Mailer, renderEmail } from "@rapport/email";

export interface IntrosRunContext {
  db: Database;
  mailer: Mailer;
  now: Date;
  appUrl: string;
  log?: (line: string) => void;
}

type Content = NonNullable<Awaited<ReturnType<typeof introEmailContent>>>;
type Person = Content["people"][number];

/** "Tue 3 Mar, 15:00–15:30" in the reader's zone and locale. */
function slotWords(start: Date, reader: Person): string {
  const end = new Date(start.getTime() + INTRO_SLOT_MINUTES * 60_000);
  const day = dayWords(localDate(start, reader.timeZone), reader.locale);
  return `${day}, ${timeWords(start, reader.timeZone, reader.locale)}–${timeWords(end, reader.timeZone, reader.locale)}`;
}

/** "Rapport <hello@x>" → name and address, for the hold's ORGANIZER. */
function organizerOf(from: string) {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return match
    ? { name: match[1] || "Rapport", email: match[2] as string }
    : { name: "Rapport", email: from.trim() };
}

function holdFor(ctx: IntrosRunContext, groupId: string, content: Content, start: Date): EmailAttachment {
  const names = content.people.map((p) => p.name);
  return {
    filename: introHoldFilename,
    contentType: introHoldContentType,
    content: writeIntroHold({
      groupId,
      start,
      end: new Date(start.getTime() + INTRO_SLOT_MINUTES * 60_000),
      title: `Intro: ${names.join(" & ")} (${content.programmeName})`,
      description: `${content.programmeName} on Rapport matched you for a 30-minute conversation. Move this if another time suits you better.`,
      organizer: organizerOf(ctx.mailer.from),
      attendees: content.people.map((p) => ({ name: p.name, email: p.email })),
      stamp: ctx.now,
      url: `${ctx.appUrl}/today`,
    }),
  };
}

export async function runIntros(ctx: IntrosRunContext) {
  let planned = 0;
  for (const due of await introProgrammesDue(ctx.db, ctx.now)) {
    const result = await planIntroRound(ctx.db, due.programmeId, due.roundOn);
    if (result.created) planned += 1;
  }
  let sent = 0;
  let failed = 0;
  for (const claim of await claimIntroEmails(ctx.db, ctx.now)) {
    try {
      const content = await introEmailContent(ctx.db, claim.groupId);
      const me = content?.people.find((p) => p.userId === claim.userId);
      if (!content || !me) continue;
      const nameOf = (id: string) => content.people.find((p) => p.userId === id)?.name ?? "your colleague";
      const props = {
        memberName: me.name,
        programmeName: content.programmeName,
        colleagueNames: content.people.filter((p) => p.userId !== me.userId).map((p) => p.name),
        why: introWhy(content.reasons, me.userId, nameOf),
        starters: introStarters(content.reasons),
        todayUrl: `${ctx.appUrl}/today`,
        slotWords: content.slotStartsAt ? slotWords(content.slotStartsAt, me) : null,
      };
      const { html, text } = await renderEmail(IntroEmail(props));
      await ctx.mailer.send({
        to: me.email,
        subject: introSubject(props),
        html,
        text,
        // No slot, no hold: a time nobody chose would only clash with their day.
        ...(content.slotStartsAt
          ? { attachments: [holdFor(ctx, claim.groupId, content, content.slotStartsAt)] }
          : {}),
        idempotencyKey: `intro/${claim.memberId}`,
        tags: [{ name: "kind", value: "intro" }],
      });
      sent += 1;
    } catch (error) {
      failed += 1;
      await releaseIntroEmail(ctx.db, claim.memberId);
      ctx.log?.(
        `intros: an email failed and will be retried (${error instanceof Error ? error.name : "error"})`,
      );
    }
  }
  if (planned + sent + failed > 0)
    ctx.log?.(`intros: planned ${planned} round(s), sent ${sent}, failed ${failed}`);
  return { planned, sent, failed };
}
