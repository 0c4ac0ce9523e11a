"use client";

import type { ContactDraft, ImportPlan, ImportProblem } from "@rapport/domain/contacts";
import { useRef, useState } from "react";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { importChunkAction } from "../actions";

type Preview = ImportPlan & { format: string; problems: ImportProblem[] };
type Phase =
  | { kind: "choose"; error?: string }
  | { kind: "reading" }
  | { kind: "preview"; preview: Preview; filename: string }
  | { kind: "importing"; preview: Preview; done: number; total: number }
  | {
      kind: "finished";
      counts: { create: number; update: number; skip: number };
      failed?: string;
      done: number;
      total: number;
    };

const MAX_BYTES = 8 * 1024 * 1024;
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
const SHOW = 50;
const MATCHED_BY: Record<string, string> = {
  linkedinUrl: "LinkedIn",
  email: "email",
  phone: "phone number",
  name: "name and company",
};

/**
 * Chunks of at most 500 rows and about 600 kB, each sent to a server action that saves it in one
 * transaction. Progress is real (chunks done / total), and a failed chunk leaves the earlier ones
 * saved: importing the same file again recognises them and skips them.
 */
function chunk(drafts: ContactDraft[]): ContactDraft[][] {
  const chunks: ContactDraft[][] = [];
  let current: ContactDraft[] = [];
  let size = 0;
  for (const draft of drafts) {
    const bytes = JSON.stringify(draft).length;
    if (current.length > 0 && (current.length >= 500 || size + bytes > 600_000)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(draft);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function ImportFlow() {
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });
  const input = useRef<HTMLInputElement>(null);

  async function readFile(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setPhase({ kind: "choose", error: "Choose a file first." });
    if (file.size > MAX_BYTES) {
      return setPhase({
        kind: "choose",
        error: "That file is over 8 MB. Split it into smaller files and import each.",
      });
    }
    setPhase({ kind: "reading" });
    const body = new FormData();
    body.set("file", file);
    try {
      const response = await fetch("/api/contacts/import/preview", { method: "POST", body });
      const json = await response.json();
      if (!response.ok)
        return setPhase({ kind: "choose", error: json.message ?? "That file could not be read." });
      setPhase({ kind: "preview", preview: json as Preview, filename: file.name });
    } catch {
      setPhase({
        kind: "choose",
        error: "The upload did not get through. Check your connection and try again.",
      });
    }
  }

  async function runImport(preview: Preview) {
    const drafts = preview.items.filter((i) => i.action !== "skip").map((i) => i.draft);
    const chunks = chunk(drafts);
    const counts = { create: 0, update: 0, skip: 0 };
    let done = 0;
    setPhase({ kind: "importing", preview, done, total: drafts.length });
    for (const part of chunks) {
      const result = await importChunkAction(part).catch(() => ({
        ok: false as const,
        message: "The connection dropped.",
      }));
      if (!result.ok) {
        return setPhase({ kind: "finished", counts, failed: result.message, done, total: drafts.length });
      }
      counts.create += result.counts.create;
      counts.update += result.counts.update;
      counts.skip += result.counts.skip;
      done += part.length;
      setPhase({ kind: "importing", preview, done, total: drafts.length });
    }
    setPhase({ kind: "finished", counts, done, total: drafts.length });
  }

  if (phase.kind === "choose" || phase.kind === "reading") {
    return (
      <Card>
        <CardHeader
          title="1. Choose a file"
          description="LinkedIn Connections.csv, a Google Contacts or Outlook CSV, a Rapport export or vCard (.vcf), up to 8 MB."
        />
        <form onSubmit={readFile} className="space-y-4">
          <div className="space-y-1.5">
            <label htmlFor="import-file" className="block text-sm font-medium">
              Contacts file
            </label>
            <input
              ref={input}
              id="import-file"
              name="file"
              type="file"
              accept=".csv,.vcf,.vcard,text/csv,text/vcard,text/x-vcard"
              className="block w-full max-w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-line file:bg-surface file:px-4 file:font-medium file:text-ink"
            />
          </div>
          {phase.kind === "choose" && phase.error ? <Alert tone="error">{phase.error}</Alert> : null}
          <Button type="submit" pending={phase.kind === "reading"}>
            {phase.kind === "reading" ? "Reading…" : "Preview import"}
          </Button>
        </form>
      </Card>
    );
  }

  if (phase.kind === "importing") {
    const percent = phase.total === 0 ? 100 : Math.round((phase.done / phase.total) * 100);
    return (
      <Card>
        <CardHeader title="Importing…" description="Keep this page open until it finishes." />
        <label htmlFor="import-progress" className="mb-2 block text-sm font-medium">
          {phase.done.toLocaleString("en-GB")} of {phase.total.toLocaleString("en-GB")} saved
        </label>
        <progress
          id="import-progress"
          max={phase.total || 1}
          value={phase.done}
          className="h-3 w-full accent-[var(--accent)]"
        >
          {percent}%
        </progress>
      </Card>
    );
  }

  if (phase.kind === "finished") {
    const { counts } = phase;
    return (
      <Card>
        {phase.failed ? (
          <Alert
            tone="error"
            title={`Saved ${phase.done.toLocaleString("en-GB")} of ${phase.total.toLocaleString("en-GB")}, then it stopped`}
          >
            {phase.failed} Nothing after that point was saved. Import the same file again: people already
            saved are recognised and skipped.
          </Alert>
        ) : (
          <Alert tone="success" title="Import finished">
            {counts.create.toLocaleString("en-GB")} added, {counts.update.toLocaleString("en-GB")} updated
            {counts.skip > 0 ? `, ${counts.skip.toLocaleString("en-GB")} already up to date` : ""}.
          </Alert>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href="/people">See your people</ButtonLink>
          <Button variant="secondary" onClick={() => setPhase({ kind: "choose" })}>
            Import another file
          </Button>
        </div>
      </Card>
    );
  }

  const { preview, filename } = phase;
  const creates = preview.items.filter((i) => i.action === "create");
  const updates = preview.items.flatMap((i) => (i.action === "update" ? [i] : []));
  const skips = preview.items.flatMap((i) => (i.action === "skip" ? [i] : []));
  const writes = creates.length + updates.length;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="2. Check what will happen"
          description={`${filename} reads as ${FORMAT_NAMES[preview.format] ?? preview.format}. Nothing is saved until you say so.`}
        />
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label="New people" value={preview.counts.create} />
          <Stat label="Updates" value={preview.counts.update} />
          <Stat label="Skipped" value={preview.counts.skip} />
          <Stat label="Problems" value={preview.problems.length} />
        </dl>
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <Button onClick={() => runImport(preview)} disabled={writes === 0}>
            {writes === 0
              ? "Nothing to import"
              : `Import ${writes.toLocaleString("en-GB")} ${writes === 1 ? "person" : "people"}`}
          </Button>
          <Button variant="ghost" onClick={() => setPhase({ kind: "choose" })}>
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
      {updates.length > 0 ? (
        <Section
          title="Will be updated"
          count={updates.length}
          description="Matched to people you already saved. Nothing you wrote is removed: tags are added, notes appended."
        >
          {updates.slice(0, SHOW).map((item) => (
            <li key={item.index} className="py-2 text-sm">
              <span className="font-medium">{item.draft.name}</span>{" "}
              {item.possibleDuplicateOf ? (
                <Badge tone="amber">Possible duplicate of {item.possibleDuplicateOf}: will be merged</Badge>
              ) : null}{" "}
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
      <dd className="text-2xl font-semibold tabular-nums">{value.toLocaleString("en-GB")}</dd>
    </div>
  );
}

function Section({
  title,
  count,
  description,
  children,
}: {
  title: string;
  count: number;
  description?: string;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            {title} <Badge>{count.toLocaleString("en-GB")}</Badge>
          </span>
        }
        description={description}
      />
      <ul className="divide-y divide-line" aria-label={title}>
        {children}
      </ul>
      {count > SHOW ? (
        <p className="mt-2 text-sm text-muted">and {(count - SHOW).toLocaleString("en-GB")} more.</p>
      ) : null}
    </Card>
  );
}
