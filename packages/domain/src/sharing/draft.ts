// The double-opt-in note an introducer sends from their own email app: it asks the contact first,
// so nobody is introduced without agreeing to it.

export interface IntroDraftInput {
  introducerName: string;
  contactName: string | null;
  requesterName: string;
  reason: string;
  blurb: string;
}

function firstName(name: string | null): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

export function introDraft(input: IntroDraftInput): { subject: string; body: string } {
  const greeting = firstName(input.contactName) ? `Hi ${firstName(input.contactName)},` : "Hi,";
  const subject = `Would you like to meet ${input.requesterName}?`;
  const body = [
    greeting,
    "",
    `A colleague of mine, ${input.requesterName}, asked whether I could put you two in touch.`,
    `In their words: ${input.reason.trim()}`,
    "",
    `A little about them: ${input.blurb.trim()}`,
    "",
    "Would you be happy for me to introduce you? A quick yes or no is perfect, and no is completely fine.",
    "",
    "Best,",
    firstName(input.introducerName) ?? input.introducerName,
  ].join("\n");
  return { subject, body };
}

/** A mailto: link that opens the draft in the person's own email app (RFC 6068 encoding). */
export function introMailto(to: string | null, draft: { subject: string; body: string }): string {
  const address =
    to && /^[^\s@<>",;]+@[^\s@<>",;]+$/.test(to) ? encodeURIComponent(to).replace("%40", "@") : "";
  const query = `subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body.replace(/\n/g, "\r\n"))}`;
  return `mailto:${address}?${query}`;
}
