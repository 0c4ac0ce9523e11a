import { safeWebUrl } from "../network/web-url";
import { canonicalLinkedInUrl } from "./linkedin-url";

/** What another app shared into Rapport (a Web Share Target's title, text and url), read for a form. */
export type SharedContent =
  | { kind: "person"; linkedinUrl: string; name: string }
  | { kind: "event"; title: string; url: string };

const LINK = /https?:\/\/\S+/gi;

/**
 * A LinkedIn profile anywhere in the shared url or text is a person to log (the title, when it is
 * not itself a link, is their name as LinkedIn shows it, before any " | LinkedIn" tail); anything else
 * is an event page to add. Nothing unsafe survives: links pass the one web-link rule.
 */
export function readSharedContent(input: { title?: string; text?: string; url?: string }): SharedContent {
  const title = (input.title ?? "").trim().slice(0, 200);
  const text = (input.text ?? "").trim().slice(0, 2000);
  const links = [input.url ?? "", ...(text.match(LINK) ?? [])].map((l) => l.trim()).filter(Boolean);
  for (const link of links) {
    const linkedinUrl = canonicalLinkedInUrl(link);
    if (linkedinUrl) {
      const name = /^https?:/i.test(title) ? "" : title.replace(/\s*[|–-]\s*LinkedIn.*$/i, "").trim();
      return { kind: "person", linkedinUrl, name };
    }
  }
  const url = links.map((l) => safeWebUrl(l)).find(Boolean) ?? "";
  const words = text.replace(LINK, "").trim();
  return { kind: "event", title: (title || words).slice(0, 200), url };
}
