// Intros programmes: people join and see their own intro; admins (any programme) and managers (their
// teams' programmes) set programmes up and see aggregates only. Ownership is checked in each query.
import {
  answerIntroCheckIn,
  getManagedProgramme,
  introColleagues,
  introProgrammeStats,
  listManagedProgrammes,
  listMyProgrammes,
  listTeams,
  planIntroRoundToday,
  saveIntroParticipation,
  saveIntroProgramme,
} from "@rapport/db";
import { z } from "zod";
import { createRouter, myIntrosOf, orgMemberProcedure } from "../trpc";
import { id, localDate } from "../validation";

const topic = z
  .string()
  .trim()
  .min(1, "A topic needs a word or two.")
  .max(40, "Keep each topic under 40 characters.");

const programmeInput = z.object({
  programmeId: id.optional(),
  name: z.string().trim().min(1, "Give the programme a name.").max(80, "Keep the name under 80 characters."),
  teamIds: z.array(id).max(100),
  mode: z.enum(["cross-team", "within-team"]),
  groupSize: z.union([z.literal(2), z.literal(3)]),
  cadenceWeeks: z.union([z.literal(1), z.literal(2), z.literal(4)]),
  weekday: z.number().int().min(1, "Choose a day.").max(7, "Choose a day."),
  active: z.boolean(),
});

const participationInput = z.object({
  programmeId: id,
  joined: z.boolean(),
  awayUntil: localDate("Away until").nullable(),
  doNotPair: z.array(id).max(50, "Up to 50 people."),
  interests: z.array(topic).max(20, "Up to 20 topics."),
  offers: z.array(topic).max(10, "Up to 10 offers."),
});

export const introsRouter = createRouter({
  /** Programmes I can join, with my own settings. */
  mine: orgMemberProcedure.query(({ ctx }) => listMyProgrammes(ctx.db, ctx.scope)),

  /** My latest intro in each programme (never anyone else's). */
  myIntros: orgMemberProcedure.query(({ ctx }) => myIntrosOf(ctx)),

  /** Join, leave, snooze, and my private lists. */
  setParticipation: orgMemberProcedure
    .input(participationInput)
    .mutation(({ ctx, input }) => saveIntroParticipation(ctx.db, ctx.scope, input)),

  /**
   * For my private don't-pair list: colleagues of my organisation (and the programme's teams) whose
   * name matches, and the names of the people already on my list. Names and teams only.
   */
  colleagues: orgMemberProcedure
    .input(
      z.object({
        programmeId: id,
        q: z.string().trim().max(80, "Search for at most 80 characters."),
        ids: z.array(id).max(50),
      }),
    )
    .query(({ ctx, input }) => introColleagues(ctx.db, ctx.scope, input)),

  /** "Did you meet?" — my own answer for my group. */
  checkIn: orgMemberProcedure
    .input(z.object({ groupId: id, answer: z.enum(["met", "not_yet", "could_not"]) }))
    .mutation(({ ctx, input }) => answerIntroCheckIn(ctx.db, ctx.scope, input)),

  /** Programmes I manage (all of them for an admin; my teams' for a manager) and the teams I may choose. */
  managed: orgMemberProcedure.query(async ({ ctx }) => {
    const programmes = await listManagedProgrammes(ctx.db, ctx.scope, ctx.orgRole);
    const teams = await listTeams(ctx.db, ctx.scope);
    return { programmes, teams, canCoverOrganisation: ctx.orgRole === "admin" };
  }),

  /** Create or change a programme: org-wide for admins, a manager's own teams for managers. */
  save: orgMemberProcedure
    .input(programmeInput)
    .mutation(({ ctx, input }) => saveIntroProgramme(ctx.db, ctx.scope, ctx.orgRole, input)),

  /** Aggregates only: participants, the share of groups that met, cross-team connections per round. */
  stats: orgMemberProcedure
    .input(z.object({ programmeId: id }))
    .query(({ ctx, input }) => introProgrammeStats(ctx.db, ctx.scope, ctx.orgRole, input.programmeId)),

  /**
   * Runs today's round now (an owner starting a programme, or a round the schedule missed). Safe to
   * press twice: a programme has at most one round per day.
   */
  runNow: orgMemberProcedure.input(z.object({ programmeId: id })).mutation(async ({ ctx, input }) => {
    const programme = await getManagedProgramme(ctx.db, ctx.scope, ctx.orgRole, input.programmeId);
    return planIntroRoundToday(ctx.db, programme.id, new Date());
  }),
});
