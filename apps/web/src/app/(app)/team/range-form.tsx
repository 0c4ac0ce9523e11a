import { Alert } from "~/components/ui/alert";
import { Field, Input } from "~/components/ui/field";
import { period, presets } from "./format";
import type { RangeAsked, RangeErrors } from "./load";
import { PeriodForm, PeriodLink, PeriodStatus, PeriodSubmit } from "./period-transition";

/**
 * The period a dashboard covers: quick links (each one a plain URL with ?from=&to=) and a GET form
 * with two dates, so it works before JavaScript loads and every view can be bookmarked or shared. Inside
 * a PeriodTransition, a change keeps the page while the new period loads and says it is loading.
 */
export function RangeForm({
  path,
  today,
  range,
  asked,
  errors,
}: {
  path: string;
  today: string;
  range: { from: string; to: string };
  asked: RangeAsked;
  errors: RangeErrors | null;
}) {
  const quick = presets(today);
  return (
    <section
      aria-labelledby="period-heading"
      className="mb-6 rounded-xl border border-line bg-surface p-4 shadow-sm sm:p-5"
    >
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0">
          <h2 id="period-heading" className="text-sm font-medium">
            Period
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {quick.map((preset) => {
              return (
                <li key={preset.label}>
                  <PeriodLink
                    href={`${path}?${new URLSearchParams({ from: preset.from, to: preset.to })}`}
                    range={preset}
                    current={!errors && preset.from === range.from && preset.to === range.to}
                    className="inline-flex min-h-9 items-center rounded-full border px-3 text-sm font-medium whitespace-nowrap"
                    activeClassName="border-transparent bg-brand-100 text-brand-900 dark:bg-brand-900 dark:text-brand-100"
                    idleClassName="border-line text-muted hover:border-accent hover:text-ink"
                  >
                    {preset.label}
                  </PeriodLink>
                </li>
              );
            })}
          </ul>
        </div>
        <PeriodForm
          // A new period redraws the fields with its dates (they are uncontrolled).
          key={`${range.from}:${range.to}`}
          action={path}
          noValidate
          className="grid grid-cols-2 gap-3 sm:flex sm:items-start"
          aria-label="Choose the dates"
        >
          <div className="min-w-0 sm:w-44">
            <Field id="range-from" label="From" error={errors?.from}>
              <Input
                id="range-from"
                name="from"
                type="date"
                max={today}
                defaultValue={errors ? (asked.from ?? "") : range.from}
                invalid={Boolean(errors?.from)}
              />
            </Field>
          </div>
          <div className="min-w-0 sm:w-44">
            <Field id="range-to" label="To" error={errors?.to}>
              <Input
                id="range-to"
                name="to"
                type="date"
                max={today}
                defaultValue={errors ? (asked.to ?? "") : range.to}
                invalid={Boolean(errors?.to)}
              />
            </Field>
          </div>
          <PeriodSubmit className="col-span-2 sm:mt-6.5" />
        </PeriodForm>
      </div>
      <PeriodStatus />
      {errors ? (
        <div className="mt-4">
          <Alert tone="error" title="Those dates did not work">
            {errors.form ? `${errors.form} ` : null}
            Showing {period(range)} instead.
          </Alert>
        </div>
      ) : null}
    </section>
  );
}
