"use client";

// The import's phases: choose a file, read it (preview), import in chunks with real progress, finished.
import type { ContactDraft, DuplicateChoice, ImportPlan, ImportProblem } from "@rapport/domain/contacts";
import { useState } from "react";
import { importChunkAction } from "../actions";

export type Preview = ImportPlan & { format: string; problems: ImportProblem[] };
type Counts = { create: number; update: number; skip: number };
/** The person's choice per possible duplicate, by the row's index in the preview. */
export type Choices = Record<number, DuplicateChoice>;
export type Phase =
  | { kind: "choose"; error?: string }
  | { kind: "reading" }
  | { kind: "preview"; preview: Preview; filename: string }
  | { kind: "importing"; done: number; total: number }
  | { kind: "finished"; counts: Counts; failed?: string; done: number; total: number };

type Draft = ContactDraft & { onDuplicate?: DuplicateChoice };

const MAX_BYTES = 8 * 1024 * 1024;

/**
 * Chunks of at most 500 rows and about 600 kB, each sent to a server action that saves it in one
 * transaction. Progress is real (chunks done / total), and a failed chunk leaves the earlier ones
 * saved: importing the same file again recognises them and skips them.
 */
function chunk(drafts: Draft[]): Draft[][] {
  const chunks: Draft[][] = [];
  let current: Draft[] = [];
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

/** The rows to send: everything not skipped, each possible duplicate carrying the person's choice. */
function draftsToSend(preview: Preview, choices: Choices): Draft[] {
  return preview.items.flatMap((item) => {
    if (item.action === "skip") return [];
    const choice = item.action === "update" && item.possibleDuplicateOf ? choices[item.index] : undefined;
    return [choice ? { ...item.draft, onDuplicate: choice } : item.draft];
  });
}

export function useImport() {
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });

  async function readFile(file: File | undefined) {
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

  async function runImport(preview: Preview, choices: Choices) {
    const drafts = draftsToSend(preview, choices);
    const counts: Counts = { create: 0, update: 0, skip: 0 };
    let done = 0;
    setPhase({ kind: "importing", done, total: drafts.length });
    for (const part of chunk(drafts)) {
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
      setPhase({ kind: "importing", done, total: drafts.length });
    }
    setPhase({ kind: "finished", counts, done, total: drafts.length });
  }

  return { phase, readFile, runImport, restart: () => setPhase({ kind: "choose" }) };
}
