// One spelling per LinkedIn profile, so the same person matches however the link was copied
// (http or https, country subdomain, tracking query, trailing slash, letter case).

const PROFILE_PATTERN = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)?linkedin\.com\/in\/([^/?#\s]+)\/?(?:[/?#]\S*)?$/i;

// Profile handles are letters (any script), digits and hyphens; LinkedIn allows 3 to 100.
const SLUG_PATTERN = /^[\p{L}\p{N}_-]{3,100}$/u;

/**
 * 'https://www.linkedin.com/in/<handle>' for any link to a LinkedIn member profile, with the
 * handle lower-cased (LinkedIn ignores case) and non-ASCII letters percent-encoded; null when the
 * text is not a profile link (company pages, old /pub/ links and other sites included).
 */
export function canonicalLinkedInUrl(value: string | null | undefined): string | null {
  const match = PROFILE_PATTERN.exec((value ?? "").trim());
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  slug = slug.normalize("NFC").toLowerCase();
  if (!SLUG_PATTERN.test(slug)) return null;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
}
