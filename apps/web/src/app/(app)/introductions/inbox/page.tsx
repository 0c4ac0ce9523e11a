import type { Metadata } from "next";
import { ButtonLink } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { api, requireMember } from "~/server/api";
import { ReceivedRequest } from "./received-request";

export const metadata: Metadata = { title: "Intro requests for you" };

export default async function IntroInboxPage() {
  await requireMember("/introductions/inbox");
  const caller = await api();
  const received = await caller.introRequests.received();
  // For each request: the draft once accepted, and for a company-level one the people you know there.
  const details = await Promise.all(
    received.map(async (r) => ({
      draft: r.status === "accepted" ? await caller.introRequests.draft({ requestId: r.id }) : null,
      choices:
        !r.contactId && r.company && (r.status === "pending" || r.status === "asked_waiting")
          ? (await caller.contacts.list({ q: r.company, limit: 20 })).items.map((c) => ({
              id: c.id,
              name: c.name,
            }))
          : [],
    })),
  );
  return (
    <>
      <PageHeader
        title="Asked of you"
        description="Colleagues asking you for an introduction. Say yes, say you've asked, or decline: a decline only ever shows as 'not this time'."
        action={
          <ButtonLink href="/introductions" variant="secondary">
            Find an intro
          </ButtonLink>
        }
      />
      {received.length === 0 ? (
        <EmptyState title="Nobody has asked you yet">
          Requests reach you only for what you share. See what that is on{" "}
          <a className="underline underline-offset-4" href="/introductions/sharing">
            What I share
          </a>
          .
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-line">
            {received.map((r, i) => (
              <ReceivedRequest
                key={r.id}
                request={r}
                draft={details[i]?.draft ?? null}
                choices={details[i]?.choices ?? []}
              />
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
