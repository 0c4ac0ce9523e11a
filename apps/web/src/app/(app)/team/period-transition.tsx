"use client";

// Changing a dashboard's period is a navigation to ?from=&to=. Run inside a transition, the old page
// stays on screen (and usable) while the new one loads; these pieces mark it as out of date meanwhile:
// the figures are dimmed and flagged "updating", the chosen period is highlighted at once, and the
// Show button says it is loading. Without JavaScript the links and the form still work as plain GETs.
import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  type ComponentProps,
  createContext,
  type FormEvent,
  type MouseEvent,
  type ReactNode,
  useContext,
  useOptimistic,
  useTransition,
} from "react";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";

interface Range {
  from: string;
  to: string;
}

interface PeriodState {
  pending: boolean;
  /** The period being shown or, during a change, the one asked for. */
  shown: Range;
  go: (href: string, range: Range) => void;
}

// Outside a PeriodTransition (null), the links and the form are plain navigations.
const PeriodContext = createContext<PeriodState | null>(null);

/** Wraps the period control and everything the period changes. */
export function PeriodTransition({ range, children }: { range: Range; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [shown, showRange] = useOptimistic<Range, Range>(range, (_, next) => next);
  const go = (href: string, next: Range) =>
    startTransition(() => {
      showRange(next);
      router.push(href, { scroll: false });
    });
  return <PeriodContext.Provider value={{ pending, shown, go }}>{children}</PeriodContext.Provider>;
}

/** A quick period ("Last 4 weeks"): marked current as soon as it is chosen. */
export function PeriodLink({
  href,
  range,
  current,
  className,
  activeClassName,
  idleClassName,
  children,
}: {
  href: string;
  range: Range;
  /** Whether the page on screen shows this period. */
  current: boolean;
  /** Classes always applied, then those for the chosen and the other periods. */
  className: string;
  activeClassName: string;
  idleClassName: string;
  children: ReactNode;
}) {
  const period = useContext(PeriodContext);
  const active = period?.pending ? period.shown.from === range.from && period.shown.to === range.to : current;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!period || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
      return;
    event.preventDefault();
    period.go(href, range);
  };
  return (
    <Link
      href={href}
      onClick={onClick}
      aria-current={active ? "true" : undefined}
      className={cn(className, active ? activeClassName : idleClassName)}
    >
      {children}
    </Link>
  );
}

/** The two-date form; submitted, it changes the period in a transition too. */
export function PeriodForm({ action, ...props }: ComponentProps<"form"> & { action: string }) {
  const period = useContext(PeriodContext);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!period) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = { from: String(data.get("from") ?? ""), to: String(data.get("to") ?? "") };
    period.go(`${action}?${new URLSearchParams(next)}`, next);
  };
  return <form {...props} method="get" action={action} onSubmit={onSubmit} />;
}

export function PeriodSubmit({ className }: { className?: string }) {
  const pending = useContext(PeriodContext)?.pending ?? false;
  return (
    <Button type="submit" variant="secondary" pending={pending} className={className}>
      {pending ? "Loading…" : "Show"}
    </Button>
  );
}

/** "Loading the new period…" beside the control while the page is out of date. */
export function PeriodStatus() {
  const pending = useContext(PeriodContext)?.pending ?? false;
  return (
    <p role="status" className={cn("text-sm text-muted", pending && "mt-3")}>
      {pending ? "Loading the chosen period; the figures below are from the previous one." : null}
    </p>
  );
}

/** Figures that depend on the period: dimmed and marked as updating while a new period loads. */
export function PeriodFigures({ children }: { children: ReactNode }) {
  const pending = useContext(PeriodContext)?.pending ?? false;
  return (
    <div aria-busy={pending || undefined} data-stale={pending || undefined} className="relative">
      {pending ? (
        <span className="sticky top-20 z-10 mb-2 ml-auto block w-fit rounded-full border border-line bg-surface px-3 py-1 text-xs font-medium text-ink shadow-sm">
          Updating…
        </span>
      ) : null}
      <div className={cn("transition-opacity", pending && "opacity-50 motion-safe:duration-200")}>
        {children}
      </div>
    </div>
  );
}
