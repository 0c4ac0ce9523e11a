// What the command palette offers besides search results: a few actions and the pages in the menu.
import type { PaletteHit } from "./actions";

export type PaletteGroup = "Actions" | "Pages" | "People" | "Events" | "Goals" | "Teams";

export interface PaletteEntry {
  id: string;
  group: PaletteGroup;
  label: string;
  detail?: string | null;
  /** Where it goes; an entry without one runs `action`. */
  href?: string;
  action?: "quick-log";
}

const ACTIONS: PaletteEntry[] = [
  { id: "action:log", group: "Actions", label: "Log someone you met", action: "quick-log" },
  { id: "action:event", group: "Actions", label: "Add an event", href: "/events/new" },
  { id: "action:goal", group: "Actions", label: "New goal", href: "/goals/new" },
  { id: "action:today", group: "Actions", label: "Go to Today", href: "/today" },
  { id: "action:follow-ups", group: "Actions", label: "See follow-ups due", href: "/follow-ups" },
];

const GROUP_OF: Record<PaletteHit["kind"], PaletteGroup> = {
  person: "People",
  event: "Events",
  goal: "Goals",
  team: "Teams",
};

/** True when every typed word starts a word of the label ("new go" finds "New goal"). */
function labelMatches(label: string, typed: string): boolean {
  const words = label.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return typed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((t) => words.some((w) => w.startsWith(t)));
}

/**
 * Everything to list for what was typed, in display order: matching actions, then what the search
 * found (people, events, goals, teams), then matching pages. With nothing typed: actions and pages.
 */
export function paletteEntries(
  typed: string,
  pages: { href: string; label: string }[],
  hits: PaletteHit[],
): PaletteEntry[] {
  const text = typed.trim();
  const actions = text ? ACTIONS.filter((a) => labelMatches(a.label, text)) : ACTIONS;
  const pageEntries: PaletteEntry[] = pages
    .filter((p) => !text || labelMatches(p.label, text))
    .map((p) => ({ id: `page:${p.href}`, group: "Pages", label: p.label, href: p.href }));
  const found: PaletteEntry[] = hits.map((h) => ({
    id: `${h.kind}:${h.id}`,
    group: GROUP_OF[h.kind],
    label: h.title,
    detail: h.detail,
    href: h.href,
  }));
  return [...actions, ...found, ...pageEntries];
}
