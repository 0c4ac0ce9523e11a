// Keys that find the same person across files that spell them differently.
import { canonicalLinkedInUrl } from "./linkedin-url";
import { nameParts } from "./vcard-write";

/** Email addresses match whatever their case or surrounding spaces. */
export function emailKey(email: string | null | undefined): string | null {
  const key = (email ?? "").trim().toLowerCase();
  return key || null;
}

/** The last nine digits: "+44 20 7946 0000", "0044 (0)20 7946 0000" and "020 7946 0000" agree. */
export function phoneKey(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/(?:x|ext\.?|#)\s*\d+$/i, "").replace(/\D/g, "");
  return digits.length >= 7 ? digits.slice(-9) : null;
}

function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Legal-form words say nothing about which company it is ("Northwind Inc." is "Northwind").
const LEGAL_FORMS = new Set([
  "inc",
  "ltd",
  "llc",
  "gmbh",
  "co",
  "corp",
  "plc",
  "ag",
  "bv",
  "sa",
  "limited",
  "company",
]);

/** Name without honorifics, accents, case or punctuation, then the company likewise; null without a name. */
export function nameCompanyKey(
  name: string | null | undefined,
  company: string | null | undefined,
): string | null {
  const parts = nameParts(name ?? "");
  const person = plain([parts.given, parts.family].join(" "));
  if (person === "") return null;
  const firm = plain(company ?? "")
    .split(" ")
    .filter((w) => w !== "" && !LEGAL_FORMS.has(w))
    .join(" ");
  return `${person}|${firm}`;
}

/** Every key a saved contact can be matched by, as the import plan computes them. */
export interface MatchKeys {
  emailKey: string | null;
  phoneKey: string | null;
  nameKey: string | null;
  linkedinKey: string | null;
}

export function matchKeys(contact: {
  name?: string | null;
  company?: string | null;
  email?: string | null;
  phone?: string | null;
  linkedinUrl?: string | null;
}): MatchKeys {
  return {
    emailKey: emailKey(contact.email),
    phoneKey: phoneKey(contact.phone),
    nameKey: nameCompanyKey(contact.name, contact.company),
    linkedinKey: canonicalLinkedInUrl(contact.linkedinUrl),
  };
}
