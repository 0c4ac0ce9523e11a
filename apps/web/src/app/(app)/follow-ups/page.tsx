import type { Metadata } from "next";
import Link from "next/link";
import { LIGHT, REASON_LABELS, relativeDay } from "~/components/people/format";
import { Notices } from "~/components/people/notices";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { countOf, NOUNS } from "~/components/words";
import { formatWeekdayDay } from "~/lib/dates";
import { api, myLocale } from "~/server/api";
import { FollowUpButtons } from "../people/follow-up-buttons";
import { RemoveTagCadenceButton, TagCadenceForm } from "./tag-cadence-forms";

export const metadata: Metadata = { title: "Follow-ups" };

type DueItem = Awaited<
  ReturnType<Awaited<ReturnType<typeof api>>["contacts"]["due"]>
>["groups"]["today"][number];

const SECTIONS = [
  { key: "overdue", title: "Overdue", hint: "Still worth doing: a late note beats no note." },
  { key: "today", title: "Today", hint: undefined },
  { key: "thisWeek", title: "This week", hint: undefined },
  { key: "nextWeek", title: "Next week", hint: undefined },
  { key: "later", title: "Later", hint: undefined },
] as const;

export default async function FollowUpsPage() {
  const caller = await api();
  const [due, losing, tagCadences, tags, locale] = await Promise.all([
    caller.contacts.due(),
    caller.contacts.losingTouch(),
    caller.contacts.tagCadences(),
    caller.contacts.tags(),
    myLocale(),
  ]);
  const { groups, today } = due;
  const open =
    groups.overdue.length +
    groups.today.length +
    groups.thisWeek.length +
    groups.nextWeek.length +
    groups.later.length;
  return (
    <>
      <PageHeader
        title="Follow-ups"
        description="Who to get back to, and who you have not spoken to in a while."
        action={<ButtonLink href="/people/new">Add person</ButtonLink>}
      />
      <Notices />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {open === 0 ? (
            <Card>
              <EmptyState
                title="You are all caught up"
                action={
                  <ButtonLink href="/people" variant="secondary">
                    Browse your people
                  </ButtonLink>
                }
              >
                When you add someone you met, a follow-up two days later lands here. Keep-in-touch cadences
                add more.
              </EmptyState>
            </Card>
          ) : (
            SECTIONS.map((section) => {
              const items = groups[section.key];
              if ((section.key === "later" || section.key === "nextWeek") && items.length === 0) return null;
              return (
                <Card key={section.key}>
                  <CardHeader
                    title={
                      <span className="flex items-center gap-2">
                        {section.title}
                        <Badge tone={section.key === "overdue" && items.length > 0 ? "red" : "neutral"}>
                          {items.length}
                        </Badge>
                      </span>
                    }
                    description={items.length > 0 ? section.hint : undefined}
                  />
                  {items.length === 0 ? (
                    <p className="text-sm text-muted">
                      Nothing {section.key === "today" ? "due today" : "here"}.
                    </p>
                  ) : (
                    <ul className="divide-y divide-line" aria-label={section.title}>
                      {items.slice(0, section.key === "later" ? 10 : 100).map((item) => (
                        <DueRow key={item.id} item={item} today={today} locale={locale} />
                      ))}
                    </ul>
                  )}
                  {section.key === "later" && items.length > 10 ? (
                    <p className="mt-3 text-sm text-muted">and {items.length - 10} more further out.</p>
                  ) : null}
                </Card>
              );
            })
          )}
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader
              title="Losing touch"
              description="Past your keep-in-touch gap. A short hello is enough."
            />
            {losing.entries.length === 0 ? (
              <p className="text-sm text-muted">
                Nobody is drifting. Set a cadence on a person or a tag and Rapport will tell you when it has
                been too long.
              </p>
            ) : (
              <ul className="divide-y divide-line" aria-label="Losing touch">
                {losing.entries.slice(0, 15).map(({ contact, status }) => (
                  <li key={contact.id} className="flex items-center justify-between gap-3 py-3">
                    <Link href={`/people/${contact.id}`} className="min-w-0">
                      <span className="block truncate font-medium">{contact.name}</span>
                      <span className="block text-sm text-muted">
                        {countOf(status.daysSince, NOUNS.day, locale)} since last touch
                      </span>
                    </Link>
                    <Badge tone={LIGHT[status.status].tone}>{LIGHT[status.status].label}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card>
            <CardHeader
              title="Cadences by tag"
              description="Everyone with the tag gets the same rhythm, unless you set one on the person."
            />
            {tagCadences.length > 0 ? (
              <ul className="mb-4 divide-y divide-line text-sm">
                {tagCadences.map((c) => (
                  <li key={c.id} className="flex items-center justify-between gap-3 py-2">
                    <span>
                      <Badge>{c.tag}</Badge>{" "}
                      <span className="text-muted">
                        every {c.idealDays} days, at most {c.maxDays}
                      </span>
                    </span>
                    <RemoveTagCadenceButton tag={c.tag} />
                  </li>
                ))}
              </ul>
            ) : null}
            <TagCadenceForm tags={tags.map((t) => t.tag)} />
          </Card>
        </div>
      </div>
    </>
  );
}

function DueRow({ item, today, locale }: { item: DueItem; today: string; locale: string }) {
  return (
    <li className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <Link href={`/people/${item.contactId}`} className="font-medium hover:underline">
          {item.contactName}
        </Link>
        {item.company ? <span className="text-muted"> · {item.company}</span> : null}
        <p className="text-sm text-muted">
          {REASON_LABELS[item.reason]} · {formatWeekdayDay(item.dueOn, locale)} (
          {relativeDay(item.dueOn, today)}){item.note ? ` · ${item.note}` : ""}
        </p>
      </div>
      <FollowUpButtons followUpId={item.id} who={item.contactName} />
    </li>
  );
}
