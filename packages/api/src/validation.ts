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
