import "./browser-zod";
import { canonicalLinkedInUrl, FIELD_LIMITS, MY_CARD_FIELDS } from "@rapport/domain/contacts";
import { z } from "zod";

const text = (max: number, what: string) =>
  z.string().trim().max(max, `Keep ${what} under ${max} characters.`).default("");

/** My card's form: every value (empty is fine) and which fields the card shows. The name is required. */
export const myCardInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter the name your card shows.")
    .max(FIELD_LIMITS.name, `Keep the name under ${FIELD_LIMITS.name} characters.`),
  role: text(FIELD_LIMITS.role, "the role"),
  company: text(FIELD_LIMITS.company, "the company"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .default("")
    .refine((v) => v === "" || z.email().safeParse(v).success, {
      message: "Enter an email address like name@company.com, or leave it empty.",
    }),
  phone: z
    .string()
    .trim()
    .max(40, "That phone number is too long.")
    .regex(/^[+\d\s().\-/x#ext]*$/i, "Use digits, spaces and + ( ) - only.")
    .default(""),
  linkedinUrl: z
    .string()
    .trim()
    .default("")
    .refine((v) => v === "" || canonicalLinkedInUrl(v) !== null, {
      message: "Use your LinkedIn profile address, like linkedin.com/in/your-name.",
    })
    .transform((v) => (v === "" ? "" : (canonicalLinkedInUrl(v) ?? ""))),
  shown: z.array(z.enum(MY_CARD_FIELDS)).max(MY_CARD_FIELDS.length).default([]),
});
export type MyCardInput = z.input<typeof myCardInput>;

/** A personal link's token as setMyCardLink makes them (22 base64url characters); anything else finds nothing. */
export const cardTokenInput = z.object({ token: z.string().max(64) });
