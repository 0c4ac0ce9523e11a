import { resolveAuthSecret } from "@rapport/auth";
import {
  getDigestPreferences,
  listDigestRecipients,
  listDigestRuns,
  updateDigestPreferences,
} from "@rapport/db";
import { composeDigest, DIGEST_SECTIONS, sampleDigestInput } from "@rapport/domain/digest";
import { isoWeekKey } from "@rapport/domain/time";
import { emailEnv } from "@rapport/email";
import {
  composeFor,
  type DigestSources,
  databaseSources,
  loadDigestInput,
  renderDigestPayload,
} from "@rapport/jobs/preview";
import { z } from "zod";
import {
  createRouter,
  introRequestCountsOf,
  myIntrosOf,
  orgAdminProcedure,
  orgMemberProcedure,
} from "../trpc";

const digestPreferencesInput = z.object({
  enabled: z.boolean(),
  /** Sections to leave out of my email; omitted keeps the current choice. */
  hiddenSections: z
    .array(z.enum(DIGEST_SECTIONS, { message: "Choose sections from the list." }))
    .max(DIGEST_SECTIONS.length)
    .optional(),
  day: z.number({ error: "Choose a day." }).int().min(1, "Choose a day.").max(7, "Choose a day."),
  hour: z.number({ error: "Choose a time." }).int().min(0, "Choose a time.").max(23, "Choose a time."),
});

export const digestRouter = createRouter({
  preferences: orgMemberProcedure.query(({ ctx }) => getDigestPreferences(ctx.db, ctx.scope)),

  updatePreferences: orgMemberProcedure
    .input(digestPreferencesInput)
    .mutation(({ ctx, input }) => updateDigestPreferences(ctx.db, ctx.scope, input)),

  /**
   * This week's digest for me, rendered as it would be sent. When there is nothing worth sending yet,
   * it says so and renders a sample week instead, marked as a sample.
   */
  /** This week's plan for the Today page: the same composition as the email, as data. */
  thisWeek: orgMemberProcedure.query(async ({ ctx }) => {
    const [me] = await listDigestRecipients(ctx.db, { userIds: [ctx.scope.userId] });
    if (!me) return null;
    const now = new Date();
    // The page shows my intros and intro requests in their own cards too: one read serves both.
    const sources: DigestSources =
      me.organisationId === ctx.scope.organisationId
        ? {
            ...databaseSources,
            employee: (db, user, week) =>
              loadDigestInput(db, user, week, {
                introRequestCounts: () => introRequestCountsOf(ctx),
                myIntros: () => myIntrosOf(ctx),
              }),
          }
        : databaseSources;
    const digest = await composeFor(ctx.db, sources, me, "employee", {
      weekKey: isoWeekKey(now, me.timeZone),
      now,
    });
    return digest.kind === "employee" ? digest : null;
  }),

  preview: orgMemberProcedure.query(async ({ ctx }) => {
    const [me] = await listDigestRecipients(ctx.db, { userIds: [ctx.scope.userId] });
    if (!me) return null;
    const now = new Date();
    const week = { weekKey: isoWeekKey(now, me.timeZone), now };
    const render = {
      appUrl: ctx.appUrl,
      secret: await resolveAuthSecret(ctx.db),
      from: emailEnv().EMAIL_FROM,
    };
    const digest = await composeFor(ctx.db, databaseSources, me, "employee", week);
    const sample = !digest.useful;
    const shown = sample
      ? composeDigest(
          sampleDigestInput(
            now,
            { name: me.name, email: me.email, timeZone: me.timeZone, locale: me.locale },
            week.weekKey,
          ),
        )
      : digest;
    const payload = await renderDigestPayload(render, me, shown);
    return {
      weekKey: week.weekKey,
      locale: me.locale,
      sample,
      enabled: me.enabled,
      subject: payload.subject,
      to: payload.to,
      html: payload.html,
      text: payload.text,
    };
  }),

  runs: orgAdminProcedure.query(({ ctx }) => listDigestRuns(ctx.db, ctx.scope)),
});
