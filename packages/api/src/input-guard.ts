// One check for every procedure, before its own schema runs: no string anywhere in the input (values or
// keys) may hold a NUL or half a surrogate pair. Postgres refuses NUL in text (the call used to end in a
// 500 that quoted the failed SQL), and a lone surrogate is not Unicode. Doing it here, on the raw input,
// covers every procedure (and every future one) without each schema having to remember.
import { invalid } from "@rapport/domain";
import { type UnstorableCharacter, unstorableCharacter, unstorableMessage } from "@rapport/domain/text";

export interface UnstorableText {
  /** Dotted path of the field, e.g. "name" or "drafts.3.notes". */
  field: string;
  kind: UnstorableCharacter;
}

// Inputs are small forms; a structure deeper than this is not one of ours, and the schema refuses it.
const MAX_DEPTH = 32;

/** The first string holding an unstorable character, skipping the top-level keys in `skip`. */
export function findUnstorableText(input: unknown, skip: readonly string[] = []): UnstorableText | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof value === "string") {
      const kind = unstorableCharacter(value);
      if (kind) return { field: path.join(".") || "input", kind };
      continue;
    }
    if (value === null || typeof value !== "object" || path.length >= MAX_DEPTH) continue;
    if (value instanceof Date) continue;
    for (const [key, child] of Object.entries(value)) {
      if (path.length === 0 && skip.includes(key)) continue;
      const keyKind = unstorableCharacter(key);
      if (keyKind)
        return {
          field: [...path, key.replaceAll("\u0000", "?").replace(/[\uD800-\uDFFF]/g, "?")].join("."),
          kind: keyKind,
        };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/** "metWhere" → "met where"; the last named part of a path ("drafts.3.notes" → "notes"). */
function labelOf(field: string): string {
  const named = field.split(".").filter((part) => !/^\d+$/.test(part));
  const last = named[named.length - 1] ?? "input";
  return last.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** The field-named refusal for an input that holds unstorable text. */
export function unstorableTextError(found: UnstorableText) {
  return invalid(unstorableMessage(found.kind, labelOf(found.field)), found.field);
}
