import Link from "next/link";
import { LIGHT, relativeDay } from "~/components/people/format";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { Input, Select } from "~/components/ui/field";
import { formatWeekdayDay } from "~/lib/dates";
import type { api, myLocale } from "~/server/api";

type Caller = Awaited<ReturnType<typeof api>>;
type ListedPerson = Awaited<ReturnType<Caller["contacts"]["list"]>>["items"][number];
type Locale = Awaited<ReturnType<typeof myLocale>>;

/** Search by name, company or tag: a plain GET form, so every result is a link. */
export function PeopleSearch({
  q,
  tag,
  tags,
}: {
  q: string;
  tag: string;
  tags: Awaited<ReturnType<Caller["contacts"]["tags"]>>;
}) {
  return (
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
  );
}

/** One person: name, role and company, tags, cadence and the next follow-up. */
export function PersonRow({
  person,
  today,
  locale,
}: {
  person: ListedPerson;
  today: string;
  locale: Locale;
}) {
  return (
    <li>
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
            <Badge tone={LIGHT[person.cadence.status].tone}>{LIGHT[person.cadence.status].label}</Badge>
          ) : null}
          {person.nextFollowUpOn ? (
            <span className="text-xs text-muted">
              Follow up{" "}
              {person.nextFollowUpOn <= today
                ? person.nextFollowUpOn < today
                  ? "overdue"
                  : "today"
                : formatWeekdayDay(person.nextFollowUpOn, locale)}
            </span>
          ) : (
            <span className="text-xs text-muted">Last touch {relativeDay(person.lastTouchOn, today)}</span>
          )}
        </span>
      </Link>
    </li>
  );
}

/** Previous and next pages, with where you are. */
export function PeoplePager({
  page,
  pageCount,
  hasMore,
  pageHref,
}: {
  page: number;
  /** null when the count stopped at its cap ("1,000+"): the page number shows alone. */
  pageCount: number | null;
  hasMore: boolean;
  pageHref: (n: number) => string;
}) {
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <ButtonLink href={pageHref(page - 1)} variant="secondary" size="sm">
          Previous
        </ButtonLink>
      ) : (
        <span />
      )}
      <span className="text-muted">
        Page {page}
        {pageCount === null ? "" : ` of ${pageCount}`}
      </span>
      {hasMore ? (
        <ButtonLink href={pageHref(page + 1)} variant="secondary" size="sm">
          Next
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
