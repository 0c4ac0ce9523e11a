import type { Metadata } from "next";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api, requireMember } from "~/server/api";
import { MyRequests } from "./my-requests";
import { SearchForm } from "./search-form";
import { SearchResults } from "./search-results";

export const metadata: Metadata = { title: "Warm intros" };

export default async function IntroductionsPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; sent?: string }>;
}) {
  await requireMember("/introductions");
  const params = await searchParams;
  const q = params.q?.trim().slice(0, 100) ?? "";
  const caller = await api();
  const [sent, counts, found] = await Promise.all([
    caller.introRequests.sent(),
    caller.introRequests.counts(),
    q.length >= 2 ? caller.sharing.search({ q }) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader
        title="Warm intros"
        description="Find a colleague who knows someone at a company or in a field, and ask them to introduce you. Every introduction goes through them."
        action={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/introductions/inbox" variant="secondary">
              Asked of you{counts.waitingForMe > 0 ? ` (${counts.waitingForMe})` : ""}
            </ButtonLink>
            <ButtonLink href="/introductions/sharing" variant="secondary">
              What I share
            </ButtonLink>
          </div>
        }
      />
      {params.sent ? (
        <div className="mb-6">
          <Alert tone="success" title="Request sent">
            Your colleague will see it next time they look. You'll find the answer below.
          </Alert>
        </div>
      ) : null}
      <div className="grid gap-6">
        <Card>
          <CardHeader
            title="Find an intro"
            description="Search by company, role or field. You only see what colleagues chose to share."
          />
          <SearchForm q={q} />
          {found ? <SearchResults q={q} colleagues={found.colleagues} /> : null}
        </Card>
        <MyRequests requests={sent} />
      </div>
    </>
  );
}
