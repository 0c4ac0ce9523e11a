// Contacts: reading LinkedIn, Google and vCard files into clean drafts, planning how an import
// lands on the contacts already saved, and exporting to CSV and vCard.

export { matchKeys } from "./contact-keys";
export { type CsvParseResult, type CsvRecord, parseCsv } from "./csv";
export { CSV_COLUMNS, CSV_TAG_SEPARATOR, type CsvExportOptions, contactsToCsv, csvCell } from "./csv-export";
export { type ContactFileFormat, detectFormat, importContacts } from "./detect";
export {
  buildDraft,
  type ContactDraft,
  collapseSpaces,
  FIELD_LIMITS,
  type FieldLabels,
  type ImportedDraft,
  type ImportProblem,
  type ImportResult,
  isEmailShape,
  isPhoneShape,
  normaliseEmail,
  normaliseNotes,
  normaliseTags,
  parseContactDate,
  type RawContact,
} from "./draft";
export { importGoogleCsv } from "./google-import";
export {
  type ChangedField,
  DUPLICATE_CHOICES,
  type DuplicateChoice,
  type ExistingContact,
  type FieldChange,
  type ImportPlan,
  type PlanItem,
  planImport,
} from "./import-plan";
export { importLinkedInCsv } from "./linkedin-import";
export { canonicalLinkedInUrl } from "./linkedin-url";
export {
  MERGE_CHOOSABLE,
  type MergeableContact,
  type MergeChoosable,
  mergeConflicts,
  mergeContacts,
} from "./merge";
export {
  MY_CARD_FIELDS,
  MY_CARD_LABELS,
  type MyCard,
  type MyCardField,
  type MyCardValues,
  myCardVCard,
  readScannedCode,
  type ScannedContact,
  visibleCard,
} from "./my-card";
export { readSharedContent, type SharedContent } from "./shared-content";
export { importVCard, MET_ON_PROPERTY } from "./vcard-read";
export { contactsToVCard } from "./vcard-write";
