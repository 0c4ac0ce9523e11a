import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import {
  addDays,
  formatDay,
  formatFullDay,
  KIND_LABELS,
  LIGHT,
  OUTCOME_LABELS,
  REASON_LABELS,
  relativeDay,
} from "~/components/people/format";
import { orNotFound } from "~/components/people/not-found";
import { Notices } from "~/components/people/notices";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { api, myLocale } from "~/server/api";
import { FollowUpButtons } from "../follow-up-buttons";
import {
  AddFollowUpForm,
  CadenceForm,
  DeleteContactForm,
  DeleteInteractionButton,
  InteractionForm,
} from "./person-forms";

export const metadata: Metadata = { title: "Person" };

const OUTCOME_TONE = { positive: "green", neutral: "neutral", no_reply: "amber", declined: "red" } as const;

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const [{ id }, { added }] = await Promise.all([params, searchParams]);
  const [detail, locale] = await Promise.all([
    orNotFound((await api()).contacts.get({ contactId: id })),
    myLocale(),
  ]);
  const { contact, today } = detail;
  const subtitle = [contact.role, contact.company].filter(Boolean).join(" at ");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people" className="text-muted hover:text-ink">
          ← People
        </Link>
      </p>
      <PageHeader
        title={contact.name}
        description={subtitle || undefined}
        action={
          <ButtonLink href={`/people/${contact.id}/edit`} variant="secondary">
            Edit details
          </ButtonLink>
        }
      />
      {added ? (
        <div className="mb-6">
          <Alert tone="success" title={`${contact.name} is saved`}>
            {detail.openFollowUps[0]
              ? `A follow-up is planned for ${formatDay(detail.openFollowUps[0].dueOn, locale)}. It will show in your follow-ups when it is due.`
              : "Log your next conversation below whenever it happens."}
          </Alert>
        </div>
      ) : null}
      <Notices />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Next steps" />
            {detail.openFollowUps.length === 0 ? (
              <p className="mb-4 text-sm text-muted">Nothing planned with {contact.name}.</p>
            ) : (
              <ul className="mb-4 divide-y divide-line">
                {detail.openFollowUps.map((f) => (
                  <li
                    key={f.id}
                    className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between"
                  >
                    <div>
                      <p className="font-medium">
                        {REASON_LABELS[f.reason]} · {formatDay(f.dueOn, locale)}{" "}
                        <span className={f.dueOn < today ? "text-red-700 dark:text-red-300" : "text-muted"}>
                          (
                          {f.dueOn < today
                            ? `overdue, due ${relativeDay(f.dueOn, today)}`
                            : relativeDay(f.dueOn, today)}
                          )
                        </span>
                      </p>
                      {f.note ? <p className="text-sm text-muted">{f.note}</p> : null}
                    </div>
                    <FollowUpButtons followUpId={f.id} who={contact.name} />
                  </li>
                ))}
              </ul>
            )}
            {detail.suggestion ? (
              <div className="mb-4 rounded-lg border border-brand-500/40 bg-brand-50 p-4 text-sm text-brand-900 dark:bg-brand-900/30 dark:text-brand-100">
                <p className="font-medium">A gentle next step</p>
                <p className="mt-1">{detail.suggestion.message}</p>
                <div className="mt-3">
                  <AddFollowUpForm
                    contactId={contact.id}
                    defaultDate={[today, detail.suggestion.suggestOn].sort()[1] ?? today}
                    reason="second_touch"
                    label={`Plan a ${KIND_LABELS[detail.suggestion.kind].toLowerCase()}`}
                  />
                </div>
              </div>
            ) : null}
            <AddFollowUpForm contactId={contact.id} defaultDate={addDays(today, 7)} />
          </Card>
          <Card>
            <CardHeader
              title="Log an interaction"
              description="Any contact counts, and resets the keep-in-touch clock."
            />
            <InteractionForm contactId={contact.id} today={today} />
          </Card>
          <Card>
            <CardHeader title="History" />
            {detail.interactions.length === 0 && detail.doneFollowUps.length === 0 ? (
              <EmptyState title="Nothing logged yet">
                Log a message, call or coffee above and it will show here.
              </EmptyState>
            ) : (
              <ol className="space-y-4">
                {detail.interactions.map((i) => (
                  <li key={i.id} className="rounded-lg border border-line p-4">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <p className="flex flex-wrap items-center gap-2 font-medium">
                        {KIND_LABELS[i.kind]}
                        <Badge tone={OUTCOME_TONE[i.outcome]}>{OUTCOME_LABELS[i.outcome]}</Badge>
                        <span className="text-sm font-normal text-muted">
                          {formatFullDay(i.occurredOn, locale)}
                        </span>
                      </p>
                      <DeleteInteractionButton interactionId={i.id} />
                    </div>
                    {i.note ? <p className="mt-2 text-sm whitespace-pre-line">{i.note}</p> : null}
                    {i.reflection ? (
                      <p className="mt-2 rounded-md bg-line/30 px-3 py-2 text-sm">
                        <span className="font-medium">What I learned: </span>
                        {i.reflection}
                      </p>
                    ) : null}
                  </li>
                ))}
                {detail.doneFollowUps.map((f) => (
                  <li key={f.id} className="flex flex-wrap items-center gap-2 px-4 text-sm text-muted">
                    <Badge tone="green">Done</Badge> {REASON_LABELS[f.reason]} on{" "}
                    {f.doneOn ? formatFullDay(f.doneOn, locale) : ""}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Card>
            <CardHeader
              title="Keep in touch"
              description={
                detail.cadence?.source.kind === "tag"
                  ? `From your "${detail.cadence.source.tag}" tag: ideally every ${detail.cadence.cadence.idealDays} days, at most ${detail.cadence.cadence.maxDays}.`
                  : detail.cadence
                    ? `Ideally every ${detail.cadence.cadence.idealDays} days, at most ${detail.cadence.cadence.maxDays}.`
                    : "Set how often you want to be in touch, and Rapport will remind you."
              }
            />
            {detail.cadence ? (
              <p className="mb-4 flex flex-wrap items-center gap-2 text-sm">
                <Badge tone={LIGHT[detail.cadence.status.status].tone}>
                  {LIGHT[detail.cadence.status.status].label}
                </Badge>
                <span className="text-muted">Last touch {relativeDay(detail.lastTouchOn, today)}</span>
              </p>
            ) : null}
            <CadenceForm
              contactId={contact.id}
              idealDays={contact.cadenceIdealDays ?? detail.cadence?.cadence.idealDays ?? null}
              maxDays={contact.cadenceMaxDays ?? detail.cadence?.cadence.maxDays ?? null}
              own={contact.cadenceIdealDays !== null}
            />
          </Card>
          <Card>
            <CardHeader title="Details" />
            <dl className="space-y-3 text-sm">
              <Detail label="Met">
                {contact.metOn ? formatFullDay(contact.metOn, locale) : "Not noted"}
                {contact.metWhere ? ` · ${contact.metWhere}` : ""}
              </Detail>
              {contact.email ? (
                <Detail label="Email">
                  <a className="break-all text-accent underline" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </a>
                </Detail>
              ) : null}
              {contact.phone ? <Detail label="Phone">{contact.phone}</Detail> : null}
              {contact.linkedinUrl ? (
                <Detail label="LinkedIn">
                  <a
                    className="break-all text-accent underline"
                    href={contact.linkedinUrl}
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    {contact.linkedinUrl.replace(/^https:\/\/www\./, "")}
                  </a>
                </Detail>
              ) : null}
              {contact.tags.length > 0 ? (
                <Detail label="Tags">
                  <span className="flex flex-wrap gap-1.5">
                    {contact.tags.map((t) => (
                      <Link key={t} href={`/people?tag=${encodeURIComponent(t)}`}>
                        <Badge>{t}</Badge>
                      </Link>
                    ))}
                  </span>
                </Detail>
              ) : null}
              {contact.commonGround ? <Detail label="Common ground">{contact.commonGround}</Detail> : null}
              {contact.notes ? (
                <Detail label="Notes">
                  <span className="whitespace-pre-line">{contact.notes}</span>
                </Detail>
              ) : null}
            </dl>
            <p className="mt-4 text-xs text-muted">Only you can see these details.</p>
          </Card>
          <Card>
            <DeleteContactForm contactId={contact.id} name={contact.name} />
          </Card>
        </div>
      </div>
    </>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-muted">{label}</dt>
      <dd className="font-medium break-words">{children}</dd>
    </div>
  );
}
