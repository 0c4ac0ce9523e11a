import type { Metadata } from "next";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { api, requireMember } from "~/server/api";
import { AskForm } from "./ask-form";

export const metadata: Metadata = { title: "Ask for an intro" };

/**
 * The request form. What it is about is read again from the colleague's current sharing (the address
 * only names it), so a share withdrawn since the search is not offered.
 */
export default async function AskPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; to?: string; contact?: string; company?: string }>;
}) {
  await requireMember("/introductions");
  const params = await searchParams;
  const q = params.q?.trim().slice(0, 100) ?? "";
  const caller = await api();
  const [found, suggested] = await Promise.all([
    q.length >= 2 ? caller.sharing.search({ q }) : Promise.resolve({ colleagues: [] }),
    caller.introRequests.suggestedBlurb(),
  ]);
  const colleague = found.colleagues.find((c) => c.userId === params.to);
  const contact = params.contact
    ? colleague?.contacts.find((c) => c.contactId === params.contact)
    : undefined;
  const known = params.company ? colleague?.knows.find((k) => k.label === params.company) : undefined;
  const back = `/introductions${q ? `?${new URLSearchParams({ q })}` : ""}`;
  if (!colleague || (!contact && !known)) {
    return (
      <>
        <PageHeader title="Ask for an intro" />
        <EmptyState
          title="This is no longer shared"
          action={<ButtonLink href={back}>Back to the search</ButtonLink>}
        >
          Colleagues can stop sharing at any time. Search again to see who could help now.
        </EmptyState>
      </>
    );
  }
  const about = contact
    ? `${contact.name}${contact.company ? ` at ${contact.company}` : ""}`
    : `someone at or in ${known?.label}`;
  return (
    <>
      <PageHeader title={`Ask ${colleague.name}`} description={`For an introduction to ${about}.`} />
      <Card className="max-w-2xl">
        <CardHeader
          title="Your request"
          description={`${colleague.name.split(" ")[0]} decides. If they say yes, they write to the person first and only introduce you if the person agrees too.`}
        />
        <AskForm
          introducerId={colleague.userId}
          contactId={contact?.contactId ?? ""}
          company={contact ? "" : (known?.label ?? "")}
          blurb={suggested.blurb}
          back={back}
        />
      </Card>
    </>
  );
}
