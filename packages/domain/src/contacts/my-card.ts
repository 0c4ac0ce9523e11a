// My card: the contact card a person shows as a QR code or a personal link, with only the fields
// they chose. Written as vCard 3.0 (RFC 2426): the version iPhone and Android cameras both offer
// to save as a contact; 4.0 cards are read less consistently by phone address books.

import { canonicalLinkedInUrl } from "./linkedin-url";
import { readSharedContent } from "./shared-content";
import { importVCard } from "./vcard-read";
import { escapeText, fold, nameParts } from "./vcard-write";

export const MY_CARD_FIELDS = ["name", "role", "company", "email", "phone", "linkedinUrl"] as const;
export type MyCardField = (typeof MY_CARD_FIELDS)[number];
export type MyCardValues = Record<MyCardField, string>;

/** What a person keeps for their card: every value they typed, and which of them the card shows. */
export interface MyCard {
  values: MyCardValues;
  shown: MyCardField[];
}

export const MY_CARD_LABELS: Record<MyCardField, string> = {
  name: "Name",
  role: "Role",
  company: "Company",
  email: "Email",
  phone: "Phone",
  linkedinUrl: "LinkedIn",
};

/** Only the chosen fields that have a value; the name always, since a card without one is no card. */
export function visibleCard(card: MyCard): Partial<MyCardValues> & { name: string } {
  const out: Partial<MyCardValues> & { name: string } = { name: card.values.name.trim() };
  for (const field of MY_CARD_FIELDS) {
    if (field === "name" || !card.shown.includes(field)) continue;
    const value =
      field === "linkedinUrl" ? canonicalLinkedInUrl(card.values[field]) : card.values[field].trim();
    if (value) out[field] = value;
  }
  return out;
}

/** The card as one vCard 3.0, CRLF line ends, text escaped, lines folded at 75 octets. */
export function myCardVCard(card: MyCard): string {
  const v = visibleCard(card);
  const n = nameParts(v.name);
  const lines = [
    "BEGIN:VCARD",
    "VERSION:3.0",
    `N:${[n.family, n.given, "", n.prefix, n.suffix].map(escapeText).join(";")}`,
    `FN:${escapeText(v.name)}`,
  ];
  if (v.company) lines.push(`ORG:${escapeText(v.company)}`);
  if (v.role) lines.push(`TITLE:${escapeText(v.role)}`);
  if (v.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(v.email)}`);
  if (v.phone) lines.push(`TEL;TYPE=CELL:${escapeText(v.phone)}`);
  if (v.linkedinUrl) lines.push(`URL:${v.linkedinUrl}`);
  lines.push("END:VCARD");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** What a scanned code gives the quick log: a person's card fields, or nothing it can use. */
export type ScannedContact = Partial<MyCardValues>;

/**
 * Reads the text of a scanned QR code: a vCard (any version) gives its name, company, role, email,
 * phone and LinkedIn link; a LinkedIn profile link gives that link. Anything else is null.
 */
export function readScannedCode(text: string): ScannedContact | null {
  const trimmed = text.trim().slice(0, 20_000);
  if (/BEGIN:VCARD/i.test(trimmed)) {
    const draft = importVCard(trimmed).rows[0];
    if (!draft) return null;
    const out: ScannedContact = { name: draft.name };
    if (draft.company) out.company = draft.company;
    if (draft.role) out.role = draft.role;
    if (draft.email) out.email = draft.email;
    if (draft.phone) out.phone = draft.phone;
    if (draft.linkedinUrl) out.linkedinUrl = draft.linkedinUrl;
    return out;
  }
  const shared = readSharedContent({ url: trimmed });
  if (shared.kind !== "person") return null;
  return shared.name
    ? { linkedinUrl: shared.linkedinUrl, name: shared.name }
    : { linkedinUrl: shared.linkedinUrl };
}
