// The intros job: plan the rounds that are due (idempotent per programme and day), then send each
// intro email once, at 10:00 in the recipient's zone.
import {
  claimIntroEmails,
  type Database,
  introEmailContent,
  introProgrammesDue,
  planIntroRound,
  releaseIntroEmail,
} from "@rapport/db";
import { introStarters, introWhy } from "@rapport/domain/intros";
import { IntroEmail, introSubject, type Mailer, renderEmail } from "@rapport/email";

export interface IntrosRunContext {
  db: Database;
  mailer: Mailer;
  now: Date;
  appUrl: string;
  log?: (line: string) => void;
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
      };
      const { html, text } = await renderEmail(IntroEmail(props));
      await ctx.mailer.send({
        to: me.email,
        subject: introSubject(props),
        html,
        text,
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
