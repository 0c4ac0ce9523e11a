import { readSharedContent } from "@rapport/domain/contacts";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OpenQuickLog } from "~/components/quick-log/open-quick-log";
import { PageHeader } from "~/components/ui/card";

export const metadata: Metadata = { title: "Shared with Rapport" };

type Shared = { title?: string | string[]; text?: string | string[]; url?: string | string[] };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * The Web Share Target (see app/manifest.ts): a LinkedIn profile opens the quick log with it, any
 * other page opens the new-event form with its title and link.
 */
export default async function SharePage({ searchParams }: { searchParams: Promise<Shared> }) {
  const params = await searchParams;
  const shared = readSharedContent({
    title: one(params.title),
    text: one(params.text),
    url: one(params.url),
  });
  if (shared.kind === "event") {
    const query = new URLSearchParams({ title: shared.title, url: shared.url });
    redirect(`/events/new?${query}`);
  }
  return (
    <>
      <PageHeader
        title="Log the person you shared"
        description="Their LinkedIn profile is filled in. Add a name and where you met."
      />
      <OpenQuickLog prefill={{ linkedinUrl: shared.linkedinUrl, name: shared.name }} />
    </>
  );
}
