"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { cn } from "~/components/ui/cn";
import { type NavItem, navItemIsCurrent, visibleNavCount } from "./nav-fit";

// useLayoutEffect warns during server rendering; the fit is only measured in the browser.
const useBrowserLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/**
 * The main navigation. On wide screens the destinations sit in a row; whatever does not fit (and on
 * phones, everything) folds into a menu button whose panel lists every destination, so nothing is
 * ever cut off without a way to reach it.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const rowRef = useRef<HTMLDivElement>(null);
  const measureRef = useRef<HTMLUListElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  // Before the first measurement (server render) the row shows everything from md up.
  const [fit, setFit] = useState<number | null>(null);
  const [open, setOpen] = useState(false);

  const measure = useCallback(() => {
    const row = rowRef.current;
    const list = measureRef.current;
    if (!row || !list) return;
    const widths = [...list.children].map((child) => (child as HTMLElement).offsetWidth);
    // The row is hidden below md, so its width is 0 there and every destination folds.
    setFit(visibleNavCount(widths, row.clientWidth));
  }, []);

  useBrowserLayoutEffect(() => {
    measure();
    const row = rowRef.current;
    if (!row || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(row);
    return () => observer.disconnect();
  }, [measure]);

  // A new page closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const current = panelRef.current?.querySelector<HTMLElement>('[aria-current="page"]');
    (current ?? panelRef.current?.querySelector<HTMLElement>("a"))?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (panelRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const shown = fit ?? items.length;
  const folded = fit !== null && fit < items.length;
  const current = items.find((item) => navItemIsCurrent(pathname, item.href));

  return (
    <nav aria-label="Main" className="flex min-w-0 flex-1 items-center gap-1">
      <div ref={rowRef} className="relative hidden min-w-0 flex-1 overflow-hidden md:block">
        <ul className="flex gap-1">
          {items.slice(0, shown).map((item) => (
            <li key={item.href}>
              <NavLink item={item} current={navItemIsCurrent(pathname, item.href)} />
            </li>
          ))}
        </ul>
        {/* An invisible copy at natural width, to know how many links fit. */}
        <ul ref={measureRef} aria-hidden="true" className="invisible absolute top-0 left-0 flex gap-1">
          {items.map((item) => (
            <li key={item.href}>
              <span className="inline-flex min-h-11 items-center px-2.5 text-sm font-medium whitespace-nowrap">
                {item.label}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <div className={cn("ml-auto md:ml-0", folded ? "" : fit === null ? "md:hidden" : "hidden")}>
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-line px-2.5 text-sm font-medium text-ink hover:bg-line/40 sm:px-3"
        >
          <MenuIcon open={open} />
          <span>Menu</span>
          {current ? <span className="sr-only">, current page {current.label}</span> : null}
        </button>
      </div>
      <div
        ref={panelRef}
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-line bg-surface shadow-lg"
      >
        <ul className="mx-auto grid max-w-6xl gap-1 p-3 sm:grid-cols-2 sm:px-6">
          {items.map((item) => (
            <li key={item.href}>
              <NavLink
                item={item}
                current={navItemIsCurrent(pathname, item.href)}
                wide
                onClick={() => setOpen(false)}
              />
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

function NavLink({
  item,
  current,
  wide,
  onClick,
}: {
  item: NavItem;
  current: boolean;
  wide?: boolean;
  onClick?: () => void;
}) {
  return (
    <Link
      href={item.href}
      onClick={onClick}
      aria-current={current ? "page" : undefined}
      className={cn(
        "inline-flex min-h-11 items-center rounded-lg px-2.5 text-sm font-medium whitespace-nowrap",
        wide && "w-full px-3 text-base",
        current
          ? "bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100"
          : "text-muted hover:text-ink",
      )}
    >
      {item.label}
    </Link>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor">
      {open ? (
        <path d="M5 5l10 10M15 5L5 15" strokeWidth="1.8" strokeLinecap="round" />
      ) : (
        <path d="M3 6h14M3 10h14M3 14h14" strokeWidth="1.8" strokeLinecap="round" />
      )}
    </svg>
  );
}
