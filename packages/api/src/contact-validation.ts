// Input shapes for contacts, interactions and follow-ups, with messages a person can act on.
import "./browser-zod";
import {
  canonicalLinkedInUrl,
  DUPLICATE_CHOICES,
  FIELD_LIMITS,
  MERGE_CHOOSABLE,
  normaliseTags,
} from "@rapport/domain/contacts";
import { INTERACTION_KINDS, INTERACTION_OUTCOMES } from "@rapport/domain/followups";
import { z } from "zod";
import { id, localDate } from "./validation";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${label} under ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

const localDay = localDate("date");

export const contactInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter their name.")
    .max(FIELD_LIMITS.name, `Keep the name under ${FIELD_LIMITS.name} characters.`),
  company: optionalText(FIELD_LIMITS.company, "the company"),
  role: optionalText(FIELD_LIMITS.role, "the role"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .nullish()
    .transform((v) => v || null)
    .pipe(
      z.email({ message: "Enter an email address like name@company.com, or leave it empty." }).nullable(),
    ),
  phone: z
    .string()
    .trim()
    .max(40, "That phone number is too long.")
    .regex(/^[+\d\s().\-/x#ext]*$/i, "Use digits, spaces and + ( ) - only.")
    .nullish()
    .transform((v) => v || null),
  linkedinUrl: z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const url = canonicalLinkedInUrl(v);
      if (!url) {
        ctx.addIssue({
          code: "custom",
          message: "Use a LinkedIn profile address like linkedin.com/in/their-name.",
        });
        return z.NEVER;
      }
      return url;
    }),
  metOn: localDate("date you met")
    .nullish()
    .transform((v) => v || null),
  metWhere: optionalText(200, "where you met"),
  metEventId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  tags: z
    .array(z.string().trim().max(FIELD_LIMITS.tag, `Keep each tag under ${FIELD_LIMITS.tag} characters.`))
    .max(20, "Use at most 20 tags.")
    .default([])
    .transform((tags) => normaliseTags(tags)),
  commonGround: optionalText(1000, "common ground"),
  notes: optionalText(FIELD_LIMITS.notes, "notes"),
});

export const cadenceInput = z
  .object({
    idealDays: z
      .number()
      .int("Use whole days.")
      .min(1, "Every 1 day at least.")
      .max(730, "At most two years."),
    maxDays: z
      .number()
      .int("Use whole days.")
      .min(1, "Every 1 day at least.")
      .max(1095, "At most three years."),
  })
  .refine((c) => c.maxDays >= c.idealDays, {
    message: "The maximum can't be shorter than the ideal.",
    path: ["maxDays"],
  });

export const interactionInput = z
  .object({
    contactId: id,
    kind: z.enum(INTERACTION_KINDS, { message: "Choose what kind of contact it was." }),
    occurredOn: localDate("date"),
    outcome: z.enum(INTERACTION_OUTCOMES, { message: "Choose how it went." }).default("positive"),
    note: optionalText(2000, "the note"),
    reflection: optionalText(2000, "the reflection"),
  })
  .transform((v) => ({
    ...v,
    // A reflection belongs to a no reply or a no; otherwise it is dropped.
    reflection: v.outcome === "no_reply" || v.outcome === "declined" ? v.reflection : null,
  }));

export const snoozeInput = z.union([
  z.object({ followUpId: id, days: z.number().int().min(1, "Snooze by at least one day.").max(365) }),
  z.object({ followUpId: id, until: localDay }),
]);

/** The import file as text; 10,000 LinkedIn rows are about 1.5 MB. */
const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

export const importFileInput = z.object({
  filename: z.string().trim().max(255).default("contacts"),
  text: z
    .string()
    .max(IMPORT_MAX_BYTES, "That file is over 8 MB. Split it into smaller files and import each."),
});

const nullableText = z.string().nullable();
export const importDraftsInput = z.object({
  drafts: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(FIELD_LIMITS.name),
        company: nullableText,
        role: nullableText,
        email: z.email().nullable(),
        phone: nullableText,
        linkedinUrl: z
          .string()
          .nullable()
          .refine((v) => v === null || canonicalLinkedInUrl(v) !== null, {
            message: "Use a LinkedIn profile address like linkedin.com/in/their-name.",
          }),
        metOn: localDay.nullable(),
        tags: z.array(z.string().max(FIELD_LIMITS.tag)).max(50),
        notes: z.string().max(FIELD_LIMITS.notes).nullable(),
        // Only what to do; never which saved person: the server finds that itself, among the caller's own.
        onDuplicate: z.enum(DUPLICATE_CHOICES, { message: "Choose merge, skip or create." }).optional(),
      }),
    )
    .max(1000, "Send at most 1,000 rows at a time."),
});

/** Records of one person to merge into the first; `choose` names, per field, the record whose value to keep. */
export const mergeInput = z
  .object({
    contactIds: z
      .array(id)
      .max(20, "Merge at most 20 people at once.")
      .transform((ids) => [...new Set(ids)])
      .refine((ids) => ids.length >= 2, { message: "Pick two or more different people to merge." }),
    choose: z.partialRecord(z.enum(MERGE_CHOOSABLE), id).default({}),
  })
  .refine((v) => Object.values(v.choose).every((chosen) => v.contactIds.includes(chosen as string)), {
    message: "Each chosen value must come from one of the people being merged.",
    path: ["choose"],
  });
