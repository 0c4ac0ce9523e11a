// The person page's parts: what is planned, what happened, how often to keep in touch, and the details.
import Link from "next/link";
import type { ReactNode } from "react";
import {
  addDays,
  KIND_LABELS,
  LIGHT,
  OUTCOME_LABELS,
  REASON_LABELS,
  relativeDay,
} from "~/components/people/format";
import { Badge } from "~/components/ui/badge";
import { Card, CardHeader, EmptyState } from "~/components/ui/card";
import { formatFullDay, formatWeekdayDay } from "~/lib/dates";
import type { api } from "~/server/api";
import { FollowUpButtons } from "../follow-up-buttons";
import { AddFollowUpForm, CadenceForm, DeleteInteractionButton } from "./person-forms";

export type PersonDetail = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["contacts"]["get"]>>;

const OUTCOME_TONE = { positive: "green", neutral: "neutral", no_reply: "amber", declined: "red" } as const;

export function NextSteps({ detail, locale }: { detail: PersonDetail; locale: string }) {
  const { contact, today } = detail;
  return (
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
                  {REASON_LABELS[f.reason]} · {formatWeekdayDay(f.dueOn, locale)}{" "}
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
  );
}

export function History({ detail, locale }: { detail: PersonDetail; locale: string }) {
  return (
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
  );
}

export function KeepInTouch({ detail }: { detail: PersonDetail }) {
  const { contact, today } = detail;
  return (
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
  );
}

export function PersonDetails({ contact, locale }: { contact: PersonDetail["contact"]; locale: string }) {
  return (
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
