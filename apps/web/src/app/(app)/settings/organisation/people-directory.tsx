import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/card";
import { Field, Input, Select } from "~/components/ui/field";
import { countOf, NOUNS } from "~/components/words";
import { PersonMenu } from "./person-menu";
import {
  type DirectoryFilters,
  type DirectoryPage,
  directoryHref,
  type MemberRow,
  type TeamOption,
  teamRoleLabel,
} from "./types";

/**
 * The organisation's people as a directory: a search and two filters (a plain GET form, so it works
 * before any script loads and every result is a link), one compact row per person, and pages.
 */
export function PeopleDirectory({
  directory,
  filters,
  teams,
  locale,
}: {
  directory: DirectoryPage;
  filters: DirectoryFilters;
  teams: TeamOption[];
  locale: string;
}) {
  const filtered = Boolean(filters.q || filters.role || filters.team);
  return (
    <div className="space-y-4">
      <DirectorySearch filters={filters} teams={teams} filtered={filtered} />
      <p className="text-sm text-muted" aria-live="polite">
        {resultLine(directory, filtered, locale)}
      </p>
      {directory.people.length === 0 ? (
        <EmptyDirectory directory={directory} filters={filters} filtered={filtered} />
      ) : (
        <ul className="divide-y divide-line border-y border-line">
          {directory.people.map((member) => (
            <PersonRow key={member.userId} member={member} teams={teams} />
          ))}
        </ul>
      )}
      <Pager directory={directory} filters={filters} />
    </div>
  );
}

function EmptyDirectory({
  directory,
  filters,
  filtered,
}: {
  directory: DirectoryPage;
  filters: DirectoryFilters;
  filtered: boolean;
}) {
  if (directory.total > 0) {
    return (
      <EmptyState title="This page is empty">
        <Link href={directoryHref(filters, 1)} className="font-medium text-accent hover:underline">
          Back to the first page
        </Link>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={filtered ? "Nobody matches" : "Nobody here yet"}>
      {filtered
        ? "Try fewer words, or clear the filters."
        : "Invitations you send show up here once they are accepted."}
    </EmptyState>
  );
}

function resultLine(directory: DirectoryPage, filtered: boolean, locale: string) {
  const number = new Intl.NumberFormat(locale);
  if (directory.total === 0) return filtered ? "No matches." : "";
  const first = (directory.page - 1) * directory.pageSize + 1;
  const last = Math.min(directory.total, first + directory.people.length - 1);
  const range = directory.people.length > 0 ? `${number.format(first)}–${number.format(last)} of ` : "";
  return `Showing ${range}${countOf(directory.total, filtered ? NOUNS.match : NOUNS.person, locale)}.`;
}

function DirectorySearch({
  filters,
  teams,
  filtered,
}: {
  filters: DirectoryFilters;
  teams: TeamOption[];
  filtered: boolean;
}) {
  return (
    <search aria-label="People">
      <form
        method="get"
        action="/settings/organisation#people"
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_10rem_12rem] lg:grid-cols-[minmax(0,1fr)_10rem_12rem_auto] lg:items-end"
      >
        <Field id="people-search" label="Search people">
          <Input
            id="people-search"
            type="search"
            name="q"
            defaultValue={filters.q}
            placeholder="Name, address or team"
            maxLength={200}
          />
        </Field>
        <Field id="people-role" label="Filter by role">
          <Select id="people-role" name="role" defaultValue={filters.role ?? ""}>
            <option value="">Everyone</option>
            <option value="admin">Admins</option>
            <option value="member">Members</option>
          </Select>
        </Field>
        <Field id="people-team" label="Filter by team">
          <Select id="people-team" name="team" defaultValue={filters.team ?? ""}>
            <option value="">Any team</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
            <option value="none">In no team</option>
          </Select>
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-3 lg:col-span-1">
          <Button type="submit" variant="secondary">
            Search
          </Button>
          {filtered ? (
            <ButtonLink href="/settings/organisation#people" variant="ghost">
              Clear
            </ButtonLink>
          ) : null}
        </div>
      </form>
    </search>
  );
}

/** An address that wraps after the @ and before dots, never mid-word unless one part is longer than the line. */
function Address({ email }: { email: string }) {
  const parts = email.split(/(?<=@)|(?=\.)/);
  return (
    <span className="[overflow-wrap:anywhere]">
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered.
        <span key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </span>
      ))}
    </span>
  );
}

function PersonRow({ member, teams }: { member: MemberRow; teams: TeamOption[] }) {
  const who = member.name ?? member.email;
  return (
    <li className="flex items-start gap-3 py-3">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-medium [overflow-wrap:anywhere]">{who}</span>
          {member.isMe ? <Badge tone="accent">You</Badge> : null}
          {member.role === "admin" ? <Badge tone="accent">Admin</Badge> : null}
        </p>
        {member.name ? (
          <p className="text-sm text-muted">
            <Address email={member.email} />
          </p>
        ) : null}
        <p className="flex flex-wrap items-center gap-1.5 text-xs text-muted">
          {member.teams.length === 0 ? <span>In no team</span> : null}
          {member.teams.map((placement) => (
            <Badge key={placement.teamId} tone={placement.role === "manager" ? "accent" : "neutral"}>
              {placement.teamName}
              {placement.role === "manager" ? ` · ${teamRoleLabel.manager}` : ""}
            </Badge>
          ))}
          <span>Joined {member.joinedOn}</span>
        </p>
      </div>
      <PersonMenu member={member} who={who} teams={teams} />
    </li>
  );
}

function Pager({ directory, filters }: { directory: DirectoryPage; filters: DirectoryFilters }) {
  if (directory.pageCount <= 1) return null;
  const { page, pageCount } = directory;
  const link = "inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-accent hover:underline";
  return (
    <nav aria-label="Pages of people" className="flex flex-wrap items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={directoryHref(filters, page - 1)} className={link} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={directoryHref(filters, page + 1)} className={link} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
