import {
  MERGE_CHOOSABLE,
  type MergeChoosable,
  mergeConflicts,
  mergeContacts,
} from "@rapport/domain/contacts";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { MergeForm, type MergeRecord } from "./merge-form";
import { PickPeople } from "./pick-people";

export const metadata: Metadata = { title: "Merge people" };

const MAX = 20;

export default async function MergePeoplePage({
  searchParams,
}: {
  searchParams: Promise<{ ids?: string | string[]; q?: string }>;
}) {
  const params = await searchParams;
  const wanted = [...new Set([params.ids ?? []].flat())].slice(0, MAX);
  const q = params.q?.slice(0, 100) ?? "";
  const caller = await api();
  // An id that is not one of mine (or not an id at all) is simply not offered.
  const found = await Promise.allSettled(wanted.map((contactId) => caller.contacts.get({ contactId })));
  const details = found.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const comparing = details.length >= 2;
  const list = comparing ? null : await caller.contacts.list({ q: q || undefined, limit: 50, offset: 0 });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people" className="text-muted hover:text-ink">
          ← People
        </Link>
      </p>
      <PageHeader
        title="Merge people"
        description="Saved someone twice? Merge the records into one person: every conversation, follow-up and note is kept."
      />
      {comparing ? (
        <Card>
          <CardHeader
            title={`Merge ${details.length} records into one`}
            description="Where they disagree, pick what to keep. Tags, notes and common ground from all of them are combined."
          />
          <MergeForm {...compare(details.map((d) => d))} />
        </Card>
      ) : (
        <PickPeople
          q={q}
          selected={details.map((d) => ({
            id: d.contact.id,
            name: d.contact.name,
            company: d.contact.company,
          }))}
          people={(list?.items ?? []).map((p) => ({ id: p.id, name: p.name, company: p.company }))}
        />
      )}
    </>
  );
}

type Detail = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["contacts"]["get"]>>;

/** What the form shows: each record with its history counts, the fields they disagree on, and the defaults. */
function compare(details: Detail[]): {
  records: MergeRecord[];
  conflicts: MergeChoosable[];
  defaults: Record<string, string>;
} {
  const contacts = details.map((d) => d.contact);
  const conflicts = mergeConflicts(contacts);
  const merged = mergeContacts(contacts);
  const defaults: Record<string, string> = {};
  for (const field of MERGE_CHOOSABLE) {
    const from = contacts.find((c) => c[field] === merged[field]);
    if (from) defaults[field] = from.id;
  }
  const records = details.map((d) => ({
    id: d.contact.id,
    name: d.contact.name,
    values: Object.fromEntries(MERGE_CHOOSABLE.map((f) => [f, d.contact[f]])) as Record<
      MergeChoosable,
      string | null
    >,
    conversations: d.interactions.length,
    followUps: d.openFollowUps.length + d.doneFollowUps.length,
  }));
  return { records, conflicts, defaults };
}
