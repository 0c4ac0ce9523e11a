/** One person logged in the quick log, as the browser keeps it until the server has it. */
export interface QuickLogEntry {
  /** Chosen in the browser (a uuid); the server saves the person under it, once. */
  clientId: string;
  name: string;
  metWhere: string;
  metEventId: string;
  /** The day it was logged, in the browser's calendar, so a late sync keeps the right day. */
  metOn: string;
  notes: string;
  company: string;
  role: string;
  email: string;
  phone: string;
  linkedinUrl: string;
}

export type QuickLogResult =
  | { ok: true; id: string; name: string }
  | { ok: false; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/** What another part of the app may hand the quick log (a scanned card, a shared link). */
export type QuickLogPrefill = Partial<Omit<QuickLogEntry, "clientId" | "metOn">>;

export const OPEN_QUICK_LOG_EVENT = "rapport:open-quick-log";

export function emptyEntry(prefill: QuickLogPrefill = {}): QuickLogEntry {
  const now = new Date();
  const metOn = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  return {
    clientId: crypto.randomUUID(),
    name: "",
    metWhere: "",
    metEventId: "",
    notes: "",
    company: "",
    role: "",
    email: "",
    phone: "",
    linkedinUrl: "",
    ...prefill,
    metOn,
  };
}
