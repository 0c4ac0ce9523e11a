"use client";

// The import's phases: choose a file, read it (preview), import in chunks with real progress, finished.
import type { DuplicateChoice, ImportPlan, ImportProblem } from "@rapport/domain/contacts";
import { useState } from "react";
import { importChunkAction } from "../actions";
import { chunkDrafts, draftsToSend } from "./chunk";

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

const MAX_BYTES = 8 * 1024 * 1024;

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
    for (const part of chunkDrafts(drafts)) {
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
