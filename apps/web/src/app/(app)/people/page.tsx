import type { Metadata } from "next";
import Link from "next/link";
import { formatDay, LIGHT, relativeDay } from "~/components/people/format";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, EmptyState, PageHeader } from "~/components/ui/card";
import { Input, Select } from "~/components/ui/field";
import { countOf, NOUNS } from "~/components/words";
import { api, myLocale } from "~/server/api";

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
        <search>
          <form action="/people" className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-end">
            <div className="flex-1 space-y-1.5">
              <label htmlFor="people-q" className="block text-sm font-medium">
                Search by name, company or tag
              </label>
              <Input
                id="people-q"
                name="q"
                type="search"
                defaultValue={q}
                placeholder="e.g. Rosa, Harbour, fintech"
              />
            </div>
            <div className="space-y-1.5 sm:w-56">
              <label htmlFor="people-tag" className="block text-sm font-medium">
                Tag
              </label>
              <Select id="people-tag" name="tag" defaultValue={tag}>
                <option value="">All tags</option>
                {tags.map((t) => (
                  <option key={t.tag} value={t.tag}>
                    {t.tag} ({t.count})
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit" variant="secondary">
              Search
            </Button>
          </form>
        </search>
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
              {countOf(list.total, NOUNS.person, locale)}
              {searching ? " match" : ""}
            </p>
            <ul className="divide-y divide-line">
              {list.items.map((person) => (
                <li key={person.id}>
                  <Link
                    href={`/people/${person.id}`}
                    className="-mx-2 flex flex-col gap-2 rounded-lg px-2 py-3 hover:bg-line/30 sm:flex-row sm:items-center sm:justify-between"
                  >
                    <span className="min-w-0">
                      <span className="block font-medium">{person.name}</span>
                      <span className="block truncate text-sm text-muted">
                        {[person.role, person.company].filter(Boolean).join(" at ") || "No company yet"}
                      </span>
                    </span>
                    <span className="flex flex-wrap items-center gap-1.5 sm:justify-end">
                      {person.tags.slice(0, 3).map((t) => (
                        <Badge key={t}>{t}</Badge>
                      ))}
                      {person.cadence ? (
                        <Badge tone={LIGHT[person.cadence.status].tone}>
                          {LIGHT[person.cadence.status].label}
                        </Badge>
                      ) : null}
                      {person.nextFollowUpOn ? (
                        <span className="text-xs text-muted">
                          Follow up{" "}
                          {person.nextFollowUpOn <= due.today
                            ? person.nextFollowUpOn < due.today
                              ? "overdue"
                              : "today"
                            : formatDay(person.nextFollowUpOn, locale)}
                        </span>
                      ) : (
                        <span className="text-xs text-muted">
                          Last touch {relativeDay(person.lastTouchOn, due.today)}
                        </span>
                      )}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {list.total > PAGE_SIZE ? (
              <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3 text-sm">
                {page > 1 ? (
                  <ButtonLink href={pageHref(page - 1)} variant="secondary" size="sm">
                    Previous
                  </ButtonLink>
                ) : (
                  <span />
                )}
                <span className="text-muted">
                  Page {page} of {Math.ceil(list.total / PAGE_SIZE)}
                </span>
                {page * PAGE_SIZE < list.total ? (
                  <ButtonLink href={pageHref(page + 1)} variant="secondary" size="sm">
                    Next
                  </ButtonLink>
                ) : (
                  <span />
                )}
              </nav>
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
