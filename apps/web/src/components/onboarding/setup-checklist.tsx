import type { SetupStepKey } from "@rapport/domain";
import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { cn } from "~/components/ui/cn";
import { api } from "~/server/api";

/** Where each step is done. */
const STEP_LINKS: Record<SetupStepKey, { href: string; hint: string }> = {
  team: { href: "/settings/organisation#teams", hint: "Teams share events and goals." },
  invite: { href: "/settings/organisation#invite", hint: "Each person gets one email to join." },
  manager: { href: "/settings/organisation#people", hint: "Managers see how their team is doing." },
  "team-goal": { href: "/goals/team/new", hint: "Something the whole team aims for." },
  digest: { href: "/settings/organisation#defaults", hint: "When everyone's weekly email goes out." },
};

/**
 * The admin's first-run checklist. Each step ticks itself when it has been done; the list goes away
 * once all are. Renders nothing for people who are not admins.
 */
export async function SetupChecklist({ className }: { className?: string }) {
  let checklist: Awaited<ReturnType<Awaited<ReturnType<typeof api>>["organisation"]["setupChecklist"]>>;
  try {
    checklist = await (await api()).organisation.setupChecklist();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return null;
    throw error;
  }
  if (checklist.complete) return null;
  const done = checklist.steps.length - checklist.remaining;
  const next = checklist.steps.find((step) => !step.done);
  return (
    <section
      aria-labelledby="setup-heading"
      className={cn(
        "rounded-xl border border-brand-500/40 bg-brand-50 p-5 sm:p-6 dark:bg-brand-900/30",
        className,
      )}
    >
      <h2 id="setup-heading" className="text-lg font-semibold tracking-tight">
        Set up your organisation
      </h2>
      <p className="mt-1 text-sm text-muted">
        {done} of {checklist.steps.length} done. Each step ticks itself once you have done it.
      </p>
      <ol className="mt-4 space-y-2">
        {checklist.steps.map((step) => {
          const link = STEP_LINKS[step.key];
          return (
            <li key={step.key} className="flex min-w-0 items-start gap-3">
              <span
                aria-hidden="true"
                className={cn(
                  "mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-bold",
                  step.done ? "border-green-700 bg-green-700 text-white" : "border-line bg-surface",
                )}
              >
                {step.done ? "✓" : ""}
              </span>
              <span className="min-w-0">
                {step.done ? (
                  <span className="text-muted line-through decoration-1">
                    {step.title}
                    <span className="sr-only"> (done)</span>
                  </span>
                ) : (
                  <Link
                    href={link.href}
                    className={cn("font-medium text-accent underline", step === next && "font-semibold")}
                  >
                    {step.title}
                  </Link>
                )}
                {step.done ? null : <span className="block text-sm text-muted">{link.hint}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
