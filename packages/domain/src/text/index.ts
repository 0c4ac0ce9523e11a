// Text a person (or a file) gives us that Postgres cannot store or that is not valid Unicode: a NUL
// character ends a C string (Postgres refuses it in text), and half of a UTF-16 surrogate pair is no
// character at all. Inputs refuse both; imported files have them cleaned out instead.

// Without the u flag a regular expression sees UTF-16 code units, so it can find the unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export type UnstorableCharacter = "nul" | "lone_surrogate";

/** Which kind of unstorable character the text holds, or null when it can be saved as it is. */
export function unstorableCharacter(value: string): UnstorableCharacter | null {
  if (value.includes("\u0000")) return "nul";
  LONE_SURROGATE.lastIndex = 0;
  if (LONE_SURROGATE.test(value)) return "lone_surrogate";
  return null;
}

/** How to tell a person about it, for a field with the given label. */
export function unstorableMessage(kind: UnstorableCharacter, label: string): string {
  const what = kind === "nul" ? "a NUL (zero) character" : "a broken character (half of an emoji or symbol)";
  return `The ${label} contains ${what} that can't be saved. Remove it and try again.`;
}

/** An imported file's text made storable: NUL characters dropped, lone surrogates turned into U+FFFD. */
export function cleanImportedText(value: string): string {
  return value.replaceAll("\u0000", "").replace(LONE_SURROGATE, "\uFFFD");
}
