import { expect } from "@playwright/test";

export const FAKE_RESEND_PORT = Number(process.env.FAKE_RESEND_PORT ?? 3211);
const FAKE_RESEND_URL = `http://127.0.0.1:${FAKE_RESEND_PORT}`;
/** Not a secret: the placeholder key the local Resend-compatible server accepts (FAKE_RESEND_API_KEY). */
export const FAKE_RESEND_KEY = "re_test_fake_resend_key";
/** Not a secret either: the app under test accepts it on POST /api/cron/digest. */
export const E2E_CRON_SECRET = "e2e-cron-secret-for-local-runs-only";

interface ApiEmail {
  id: string;
  to: string[];
  subject: string;
  text?: string | null;
  html?: string | null;
  created_at: string;
}

async function get<T>(path: string): Promise<T> {
  const response = await fetch(`${FAKE_RESEND_URL}${path}`, {
    headers: { Authorization: `Bearer ${FAKE_RESEND_KEY}` },
  });
  if (!response.ok) throw new Error(`fake Resend ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Waits for the newest email to `to` whose subject matches, and returns it with its text body. */
export async function latestEmail(
  to: string,
  subject: RegExp,
  after = 0,
): Promise<ApiEmail & { text: string; html: string }> {
  let found: ApiEmail | undefined;
  await expect
    .poll(
      async () => {
        const list = await get<{ data: ApiEmail[] }>("/emails");
        found = list.data.find(
          (m) => m.to.includes(to) && subject.test(m.subject) && new Date(m.created_at).getTime() >= after,
        );
        return Boolean(found);
      },
      { message: `an email to ${to} matching ${subject}`, timeout: 15_000 },
    )
    .toBe(true);
  const full = await get<ApiEmail>(`/emails/${found?.id}`);
  return { ...full, text: full.text ?? "", html: full.html ?? "" };
}

/** The first link in an email's text that contains `part`. */
export function linkIn(text: string, part: string): string {
  const link = [...text.matchAll(/https?:\/\/[^\s)>\]]+/g)]
    .map((m) => m[0])
    .find((href) => href.includes(part));
  if (!link) throw new Error(`no link containing ${part} in:\n${text}`);
  return link;
}

/** Every link in an email's html whose visible text is `label`, in order (entities decoded). */
export function htmlLinks(html: string, label: string): string[] {
  const decode = (s: string) =>
    s.replaceAll("&amp;", "&").replaceAll("&#x27;", "'").replaceAll("&quot;", '"');
  return [...html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)]
    .filter((m) => decode((m[2] ?? "").replace(/<[^>]+>/g, "").trim()) === label)
    .map((m) => decode(m[1] ?? ""));
}
