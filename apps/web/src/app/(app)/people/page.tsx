import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { countAtLeast, countOf, NOUNS } from "~/components/words";
import { api, myLocale } from "~/server/api";
import { PeoplePager, PeopleSearch, PersonRow } from "./people-list-sections";

export const metadata: Metadata = { title: "People" };

const PAGE_SIZE = 50;

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; tag?: string; page?: string; deleted?: string }>;
}) {
  const params = await searchParams;
  const q = params.q?.slice(0, 100) ?? "";
  const tag = params.tag?.slice(0, 50) ?? "";
  const page = Math.max(1, Number.parseInt(params.page ?? "1", 10) || 1);
  const caller = await api();
  const [list, tags, due, locale] = await Promise.all([
    caller.contacts.list({ q, tag: tag || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    caller.contacts.tags(),
    caller.contacts.due(),
    myLocale(),
  ]);
  const dueNow = due.groups.overdue.length + due.groups.today.length;
  const searching = Boolean(q || tag);
  const pageHref = (n: number) =>
    `/people?${new URLSearchParams({ ...(q ? { q } : {}), ...(tag ? { tag } : {}), page: String(n) })}`;
  return (
    <>
      <PageHeader
        title="People"
        description="Everyone you have met, and when to get back in touch. Only you can see this list."
        action={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/people/import" variant="secondary">
              Import
            </ButtonLink>
            <ButtonLink href="/people/merge" variant="secondary">
              Merge
            </ButtonLink>
            <ButtonLink href="/people/new">Add person</ButtonLink>
          </div>
        }
      />
      {params.deleted ? (
        <div className="mb-6">
          <Alert tone="success">Deleted, with their whole history.</Alert>
        </div>
      ) : null}
      {dueNow > 0 ? (
        <div className="mb-6">
          <Alert title={`${dueNow} follow-up${dueNow === 1 ? "" : "s"} due`}>
            <Link href="/follow-ups" className="font-medium underline">
              See what is due today
            </Link>
          </Alert>
        </div>
      ) : null}
      <Card>
        <PeopleSearch q={q} tag={tag} tags={tags} />
        {list.items.length === 0 ? (
          searching ? (
            <EmptyState
              title="Nobody matches that search"
              action={
                <ButtonLink href="/people" variant="secondary">
                  Clear the search
                </ButtonLink>
              }
            >
              Search looks at the start of each word in names, companies and tags.
            </EmptyState>
          ) : (
            <EmptyState
              title="No one here yet"
              action={
                <div className="flex flex-wrap justify-center gap-2">
                  <ButtonLink href="/people/new">Add someone you met</ButtonLink>
                  <ButtonLink href="/people/import" variant="secondary">
                    Import from LinkedIn
                  </ButtonLink>
                </div>
              }
            >
              Add the last person you had a good conversation with, or bring in your LinkedIn connections.
            </EmptyState>
          )
        ) : (
          <>
            <p className="mb-2 text-sm text-muted" aria-live="polite">
              {list.totalIsCapped
                ? countAtLeast(list.total, NOUNS.person, locale)
                : countOf(list.total, NOUNS.person, locale)}
              {searching ? " match" : ""}
            </p>
            <ul className="divide-y divide-line">
              {list.items.map((person) => (
                <PersonRow key={person.id} person={person} today={due.today} locale={locale} />
              ))}
            </ul>
            {page > 1 || list.hasMore ? (
              <PeoplePager
                page={page}
                pageCount={list.totalIsCapped ? null : Math.max(page, Math.ceil(list.total / PAGE_SIZE))}
                hasMore={list.hasMore}
                pageHref={pageHref}
              />
            ) : null}
          </>
        )}
      </Card>
      <p className="mt-6 text-sm text-muted">
        <Link href="/people/data" className="font-medium text-accent underline">
          Export or delete your contacts
        </Link>
      </p>
    </>
  );
}
