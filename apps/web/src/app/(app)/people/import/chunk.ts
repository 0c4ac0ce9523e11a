// What the import page sends after the preview, and in which pieces. Plain functions (no React, no
// server action) so the import benchmark (bench/import.ts) sends exactly the same chunks.
import type { ContactDraft, DuplicateChoice, ImportPlan } from "@rapport/domain/contacts";

export type Draft = ContactDraft & { onDuplicate?: DuplicateChoice };

/**
 * Chunks of at most 500 rows and about 600 kB, each sent to a server action that saves it in one
 * transaction. Progress is real (chunks done / total), and a failed chunk leaves the earlier ones
 * saved: importing the same file again recognises them and skips them.
 */
export function chunkDrafts(drafts: Draft[]): Draft[][] {
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
export function draftsToSend(
  preview: Pick<ImportPlan, "items">,
  choices: Record<number, DuplicateChoice>,
): Draft[] {
  return preview.items.flatMap((item) => {
    if (item.action === "skip") return [];
    const choice = item.action === "update" && item.possibleDuplicateOf ? choices[item.index] : undefined;
    return [choice ? { ...item.draft, onDuplicate: choice } : item.draft];
  });
}
