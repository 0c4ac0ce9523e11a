import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "~/components/people/not-found";
import { Notices } from "~/components/people/notices";
import { Alert } from "~/components/ui/alert";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { formatWeekdayDay } from "~/lib/dates";
import { api, myLocale } from "~/server/api";
import { DeleteContactForm, InteractionForm } from "./person-forms";
import { History, KeepInTouch, NextSteps, type PersonDetail, PersonDetails } from "./person-sections";

export const metadata: Metadata = { title: "Person" };

export default async function PersonPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ added?: string; merged?: string }>;
}) {
  const [{ id }, { added, merged }] = await Promise.all([params, searchParams]);
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
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/people/merge?ids=${encodeURIComponent(contact.id)}`} variant="ghost">
              Merge with…
            </ButtonLink>
            <ButtonLink href={`/people/${contact.id}/edit`} variant="secondary">
              Edit details
            </ButtonLink>
          </div>
        }
      />
      <SavedNotice locale={locale} detail={detail} added={Boolean(added)} merged={Number(merged) || 0} />
      <Notices />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <NextSteps detail={detail} locale={locale} />
          <Card>
            <CardHeader
              title="Log an interaction"
              description="Any contact counts, and resets the keep-in-touch clock."
            />
            <InteractionForm contactId={contact.id} today={today} />
          </Card>
          <History detail={detail} locale={locale} />
        </div>
        <div className="min-w-0 space-y-6">
          <KeepInTouch detail={detail} />
          <PersonDetails contact={contact} locale={locale} />
          <Card>
            <DeleteContactForm contactId={contact.id} name={contact.name} />
          </Card>
        </div>
      </div>
    </>
  );
}

function SavedNotice({
  detail,
  added,
  merged,
  locale,
}: {
  detail: PersonDetail;
  added: boolean;
  merged: number;
  locale: string;
}) {
  const { contact } = detail;
  if (merged > 0) {
    return (
      <div className="mb-6">
        <Alert tone="success" title={`Merged ${merged + 1} records into ${contact.name}`}>
          Every conversation, follow-up and note from each of them is below.
        </Alert>
      </div>
    );
  }
  if (!added) return null;
  return (
    <div className="mb-6">
      <Alert tone="success" title={`${contact.name} is saved`}>
        {detail.openFollowUps[0]
          ? `A follow-up is planned for ${formatWeekdayDay(detail.openFollowUps[0].dueOn, locale)}. It will show in your follow-ups when it is due.`
          : "Log your next conversation below whenever it happens."}
      </Alert>
    </div>
  );
}
