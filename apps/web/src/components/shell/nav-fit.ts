export interface NavItem {
  href: string;
  label: string;
}

/** Link gap in the row (Tailwind gap-1). */
const GAP_PX = 4;

/**
 * How many destinations fit side by side in `available` pixels, in order. The rest fold into the menu;
 * a zero-width row (hidden on phones) folds everything.
 */
export function visibleNavCount(widths: number[], available: number): number {
  let used = 0;
  for (const [index, width] of widths.entries()) {
    used += width + (index > 0 ? GAP_PX : 0);
    if (used > available) return index;
  }
  return widths.length;
}

/** The destination a page belongs to: its own path or anything under it. */
export function navItemIsCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
