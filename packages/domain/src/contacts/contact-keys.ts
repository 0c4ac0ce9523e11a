// Keys that find the same person across files that spell them differently.
import { nameParts } from "./vcard-write";

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
