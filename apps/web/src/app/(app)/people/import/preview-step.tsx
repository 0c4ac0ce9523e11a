"use client";

// Step 2: what importing the file would do, with a choice for each possible duplicate.
import type { DuplicateChoice, PlanItem } from "@rapport/domain/contacts";
import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { DuplicatesSection } from "./duplicates-section";
import { Section, SHOW } from "./preview-section";
import type { Choices, Preview } from "./use-import";

const FORMAT_NAMES: Record<string, string> = {
  linkedin: "LinkedIn connections",
  google: "Google Contacts",
  outlook: "Outlook contacts",
  rapport: "a Rapport export",
  vcard: "vCard",
  unknown: "an unknown format",
};
const FIELD_NAMES: Record<string, string> = {
  name: "name",
  company: "company",
  role: "role",
  email: "email",
  phone: "phone",
  linkedinUrl: "LinkedIn",
  metOn: "met on",
  tags: "tags",
  notes: "notes",
};
const MATCHED_BY: Record<string, string> = {
  linkedinUrl: "LinkedIn",
  email: "email",
  phone: "phone number",
  name: "name and company",
};
const n = (value: number) => value.toLocaleString("en-GB");

type Update = Extract<PlanItem, { action: "update" }>;

export function PreviewStep({
  preview,
  filename,
  onImport,
  onRestart,
}: {
  preview: Preview;
  filename: string;
  onImport: (choices: Choices) => void;
  onRestart: () => void;
}) {
  const [choices, setChoices] = useState<Choices>({});
  const creates = preview.items.filter((i) => i.action === "create");
  const updates = preview.items.flatMap((i) => (i.action === "update" ? [i] : []));
  const duplicates = updates.filter((i) => i.possibleDuplicateOf);
  const sure = updates.filter((i) => !i.possibleDuplicateOf);
  const skips = preview.items.flatMap((i) => (i.action === "skip" ? [i] : []));
  const chosen = (i: Update): DuplicateChoice => choices[i.index] ?? "merge";
  const counts = {
    create: creates.length + duplicates.filter((i) => chosen(i) === "create").length,
    update: sure.length + duplicates.filter((i) => chosen(i) === "merge").length,
    skip: skips.length + duplicates.filter((i) => chosen(i) === "skip").length,
  };
  const writes = counts.create + counts.update;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="2. Check what will happen"
          description={`${filename} reads as ${FORMAT_NAMES[preview.format] ?? preview.format}. Nothing is saved until you say so.`}
        />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label="New people" value={counts.create} />
          <Stat label="Updates" value={counts.update} />
          <Stat label="Skipped" value={counts.skip} />
          <Stat label="Problems" value={preview.problems.length} />
        </dl>
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <Button onClick={() => onImport(choices)} disabled={writes === 0}>
            {writes === 0 ? "Nothing to import" : `Import ${n(writes)} ${writes === 1 ? "person" : "people"}`}
          </Button>
          <Button variant="ghost" onClick={onRestart}>
            Choose another file
          </Button>
        </div>
      </Card>
      {preview.problems.length > 0 ? (
        <Section
          title="Problems"
          count={preview.problems.length}
          description="These rows were left out or trimmed; the rest import normally."
        >
          {preview.problems.slice(0, SHOW).map((p) => (
            <li key={`${p.line}:${p.message}`} className="py-2 text-sm">
              <span className="font-medium">Line {p.line}:</span> {p.message}
            </li>
          ))}
        </Section>
      ) : null}
      {duplicates.length > 0 ? (
        <DuplicatesSection items={duplicates} chosen={chosen} onChoose={setChoices} />
      ) : null}
      {sure.length > 0 ? (
        <Section
          title="Will be updated"
          count={sure.length}
          description="Matched to people you already saved. Nothing you wrote is removed: tags are added, notes appended."
        >
          {sure.slice(0, SHOW).map((item) => (
            <li key={item.index} className="py-2 text-sm">
              <span className="font-medium">{item.draft.name}</span>{" "}
              <span className="text-muted">
                (matched by {MATCHED_BY[item.matchedBy] ?? item.matchedBy}):{" "}
                {item.changes.map((c) => FIELD_NAMES[c.field] ?? c.field).join(", ")}
              </span>
            </li>
          ))}
        </Section>
      ) : null}
      {creates.length > 0 ? (
        <Section title="New people" count={creates.length}>
          {creates.slice(0, SHOW).map((item) => (
            <li key={item.index} className="py-2 text-sm">
              <span className="font-medium">{item.draft.name}</span>
              <span className="text-muted">
                {[item.draft.role, item.draft.company].filter(Boolean).length
                  ? ` · ${[item.draft.role, item.draft.company].filter(Boolean).join(" at ")}`
                  : ""}
              </span>
            </li>
          ))}
        </Section>
      ) : null}
      {skips.length > 0 ? (
        <Section title="Skipped" count={skips.length}>
          {skips.slice(0, SHOW).map((item) => (
            <li key={item.index} className="py-2 text-sm">
              <span className="font-medium">{item.draft.name}</span>{" "}
              <span className="text-muted">— {item.reason}</span>
            </li>
          ))}
        </Section>
      ) : null}
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-line p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-semibold tabular-nums">{n(value)}</dd>
    </div>
  );
}
