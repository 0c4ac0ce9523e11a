import { Skeleton } from "~/components/ui/skeleton";

/** The dashboard's shape while it loads: header, period, stat cards, charts and the member table. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading the team dashboard…</span>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="mt-3 h-4 w-80 max-w-full" />
      <Skeleton className="mt-6 h-14 w-full rounded-xl" />
      <Skeleton className="mt-6 h-24 w-full rounded-xl" />
      <div className="mt-6 grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        {["a", "b", "c", "d", "e", "f", "g", "h"].map((key) => (
          <div key={key} className="rounded-xl border border-line bg-surface p-4">
            <Skeleton className="h-8 w-14" />
            <Skeleton className="mt-2 h-4 w-24 max-w-full" />
          </div>
        ))}
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <div className="rounded-xl border border-line bg-surface p-6 lg:col-span-2">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="mt-4 h-40 w-full" />
        </div>
        <div className="rounded-xl border border-line bg-surface p-6">
          <Skeleton className="h-5 w-36" />
          <Skeleton className="mt-4 h-4 w-full" />
          <Skeleton className="mt-2 h-4 w-2/3" />
          <Skeleton className="mt-4 h-9 w-44" />
        </div>
      </div>
    </div>
  );
}
