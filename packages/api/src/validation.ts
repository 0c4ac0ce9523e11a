import "./browser-zod";
import { GOAL_CATEGORIES, GOAL_METRICS, GOAL_TARGET_MAX } from "@rapport/domain/goals";
import { safeWebUrl } from "@rapport/domain/network";
import { isSaneLocalDate, isValidLocalDate, isValidTimeZone, saneDateProblem } from "@rapport/domain/time";
import { LOCALE_CHOICES, type LocaleTag } from "@rapport/domain/words";
import { z } from "zod";

/** Shared input shapes: the web forms validate with the same schemas before they submit. */
export const personName = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(80, "Keep the name under 80 characters.");
export const timeZone = z
  .string()
  .trim()
  .refine((tz) => isValidTimeZone(tz), { message: "Choose a time zone from the list." });
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter an email address like name@company.com." }));
export const teamName = z
  .string()
  .trim()
  .min(1, "Give the team a name.")
  .max(60, "Keep team names under 60 characters.");
export const id = z.string().trim().min(1).max(64);

const localeTags = LOCALE_CHOICES.map((choice) => choice.tag) as [LocaleTag, ...LocaleTag[]];
/** How dates and numbers are written for the person; left out, it stays as it was. */
export const locale = z.enum(localeTags, { error: "Choose one of the listed formats." });
export const profileInput = z.object({ name: personName, timeZone, locale: locale.optional() });
export const organisationInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Use at least two characters.")
    .max(80, "Keep the name under 80 characters."),
  timeZone,
  firstTeam: teamName.optional(),
});
export const organisationSettingsInput = z.object({
  name: organisationInput.shape.name,
  timeZone,
  digestDay: z.number().int().min(1).max(7),
  digestHour: z.number().int().min(0).max(23),
});
export const invitationInput = z.object({
  email: emailAddress,
  teamId: id.optional(),
  orgRole: z.enum(["admin", "member"]).default("member"),
  teamRole: z.enum(["employee", "manager"]).default("employee"),
});

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);
const optionalLink = (what: string) =>
  z
    .string()
    .trim()
    .max(2000, `Keep the ${what} under 2000 characters.`)
    .refine((v) => v === "" || safeWebUrl(v) !== null, {
      message: `Enter the ${what} as a web address starting with https://.`,
    })
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);
/**
 * A calendar date between 1900 and 2100 ("YYYY-MM-DD"); the message names the field. Every date input
 * uses it: a goal due in year 9999 once made the goals page fail for a whole team.
 */
export const localDate = (label: string) =>
  z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = saneDateProblem(value, label);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time.")
  .optional();

/** An event as the form sends it: wall-clock dates and times in the event's time zone. */
export const eventFieldsInput = z.object({
  title: z.string().trim().min(2, "Give the event a title.").max(140, "Keep the title under 140 characters."),
  kind: z.enum(["conference", "meetup", "online_community", "internal", "other"], {
    message: "Choose what kind of event it is.",
  }),
  allDay: z.boolean().default(false),
  startDate: localDate("start date"),
  startTime: localTime,
  endDate: localDate("end date"),
  endTime: localTime,
  timeZone,
  venue: optionalText(200, "Keep the venue under 200 characters."),
  onlineUrl: optionalLink("online link"),
  organiserUrl: optionalLink("organiser's page"),
  tags: z
    .array(z.string().trim().max(30, "Keep each tag under 30 characters."))
    .max(8, "Use at most 8 tags.")
    .default([]),
  cost: optionalText(60, "Keep the cost short, like “Free” or “£25”."),
  description: optionalText(4000, "Keep the description under 4000 characters."),
});
export const eventCreateInput = eventFieldsInput.extend({ teamId: id });
export const eventUpdateInput = eventFieldsInput.extend({ eventId: id });
export const eventListInput = z.object({
  view: z.enum(["upcoming", "past"]).default("upcoming"),
  teamId: id.optional(),
  kind: eventFieldsInput.shape.kind.optional(),
  tag: z.string().trim().max(30).optional(),
  search: z.string().trim().max(100).optional(),
});
export const calendarUrlInput = z
  .string()
  .trim()
  .min(1, "Paste the calendar's address.")
  .max(2048, "That address is too long.");
// Goals, action plans, check-ins, the assessment and the profile helpers.
const goalFields = {
  title: z
    .string()
    .trim()
    .min(1, "Give your goal a title.")
    .max(120, "Keep the title to 120 characters or fewer."),
  why: z.string().trim().max(500, "Keep the reason to 500 characters or fewer.").default(""),
  metric: z.enum(GOAL_METRICS, { message: "Choose what you will measure." }),
  target: z
    .number({ message: "The target must be a whole number, at least 1." })
    .int("The target must be a whole number, at least 1.")
    .min(1, "The target must be a whole number, at least 1.")
    .max(GOAL_TARGET_MAX, `The target can be at most ${GOAL_TARGET_MAX}.`),
  startDate: localDate("start date"),
  dueDate: localDate("due date"),
};
const datesInOrder = <T extends { startDate: string; dueDate: string }>(value: T, ctx: z.RefinementCtx) => {
  if (isValidLocalDate(value.startDate) && isValidLocalDate(value.dueDate) && value.dueDate < value.startDate)
    ctx.addIssue({
      code: "custom",
      path: ["dueDate"],
      message: "The due date can't be before the start date.",
    });
};
const stepTitle = z
  .string()
  .trim()
  .min(1, "Describe the step.")
  .max(200, "Keep a step under 200 characters.");
export const goalInput = z
  .object({
    ...goalFields,
    category: z.enum(GOAL_CATEGORIES, { message: "Choose one of the listed categories." }).default("custom"),
    visibility: z.enum(["private", "team"]).default("private"),
    templateId: z.string().max(80).nullish(),
    steps: z.array(stepTitle).max(20, "A plan can start with up to 20 steps.").default([]),
  })
  .superRefine(datesInOrder);
export const goalUpdateInput = z
  .object({
    goalId: id,
    ...goalFields,
    category: z.enum(GOAL_CATEGORIES, { message: "Choose one of the listed categories." }),
    visibility: z.enum(["private", "team"]),
  })
  .superRefine(datesInOrder);
const teamGoalFields = {
  teamId: id,
  title: goalFields.title,
  why: goalFields.why,
  metric: goalFields.metric,
  perMemberTarget: goalFields.target,
  startDate: goalFields.startDate,
  dueDate: goalFields.dueDate,
};
export const teamGoalInput = z.object(teamGoalFields).superRefine(datesInOrder);
/** Editing a team goal: the same fields; the team it belongs to does not change. */
export const teamGoalUpdateInput = z.object({ ...teamGoalFields, teamGoalId: id }).superRefine(datesInOrder);
export const stepInput = z.object({
  goalId: id,
  title: stepTitle,
  dueDate: localDate("step date").nullish(),
});
export const checkInInput = z.object({
  amount: z
    .number({ message: "Enter how many, as a whole number." })
    .int("Enter how many, as a whole number.")
    .min(-100, "Use a number between -100 and 100.")
    .max(100, "Use a number between -100 and 100.")
    .refine((n) => n !== 0, { message: "Enter a number other than 0." }),
  note: z.string().trim().max(300, "Keep the note under 300 characters.").default(""),
});
export const assessmentInput = z.object({
  answers: z.record(z.string(), z.number().int().min(1).max(5)),
});
const weekday = z.enum(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
export const timeBlockInput = z.object({
  days: z.array(weekday).min(1, "Pick at least one day.").max(7),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a start time like 09:30."),
  durationMinutes: z
    .number({ message: "Choose how long." })
    .int()
    .min(15, "Keep at least 15 minutes.")
    .max(240, "Four hours a week is plenty; choose up to 240 minutes."),
  timeZone,
  startDate: localDate("start date"),
});
export const pitchInput = z.object({
  introduction: z.string().trim().max(400, "Keep your introduction under 400 characters."),
  strengths: z.string().trim().max(400, "Keep this under 400 characters."),
  lookingFor: z.string().trim().max(400, "Keep this under 400 characters."),
  talkingPoints: z
    .array(z.string().trim().max(160, "Keep each talking point under 160 characters."))
    .max(6, "Keep it to six talking points.")
    .transform((points) => points.filter(Boolean)),
});

/** The dashboard's period; empty means "the last twelve weeks" and the domain checks the dates. */
// The format is checked by the domain (resolveRange, with its own messages); the years are checked here.
const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .max(10)
    .refine((v) => !isValidLocalDate(v) || isSaneLocalDate(v), {
      message: `The ${label} must be between 1900 and 2100.`,
    })
    .optional();
export const dashboardRangeInput = z.object({
  from: optionalDay("start date"),
  to: optionalDay("end date"),
});

/** The organisation directory: a search, two filters and a page (1-based). */
export const directoryInput = z.object({
  search: z.string().trim().max(200, "Search for at most 200 characters.").optional(),
  role: z.enum(["admin", "member"]).optional(),
  team: id.optional(),
  page: z.number().int().min(1).max(100_000, "That page does not exist.").default(1),
});

// Warm introductions: what a request carries, checked the same in the form and the API.
export const introRequestInput = z
  .object({
    introducerId: id,
    contactId: id.nullish(),
    company: z.string().trim().max(120, "Keep the company under 120 characters.").nullish(),
    reason: z
      .string()
      .trim()
      .min(10, "Say in a sentence why you'd like to meet them.")
      .max(600, "Keep the reason under 600 characters."),
    blurb: z
      .string()
      .trim()
      .min(10, "Add a line or two about yourself.")
      .max(600, "Keep the note about you under 600 characters."),
  })
  .refine((v) => Boolean(v.contactId) !== Boolean(v.company), {
    message: "Choose a person or a company to ask about.",
    path: ["company"],
  });
export const sharingSearchInput = z.object({
  q: z.string().trim().min(2, "Type at least two letters.").max(100, "Keep the search under 100 characters."),
});
