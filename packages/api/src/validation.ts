import { isValidTimeZone } from "@rapport/domain/time";
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

export const profileInput = z.object({ name: personName, timeZone });
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
    .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+/i.test(v), {
      message: `Enter the ${what} as a web address starting with https://.`,
    })
    .transform((v) => (v === "" ? null : v))
    .nullish()
    .transform((v) => v ?? null);
const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date.");
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
  startDate: localDay,
  startTime: localTime,
  endDate: localDay,
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
