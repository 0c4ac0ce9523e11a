import Link from "next/link";
import { barriers, privacyPoints, steps } from "~/components/marketing/landing-content";
import { SiteFooter, SiteHeader } from "~/components/marketing/site-header";

export default function LandingPage() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main id="main" className="flex-1">
        <section className="mx-auto max-w-6xl px-4 pt-16 pb-12 sm:px-6 sm:pt-24">
          <p className="text-sm font-medium tracking-wide text-accent uppercase">Networking, on purpose</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            Meet the right people, keep in touch, and help your team do the same.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-muted text-pretty">
            Rapport turns good intentions into a habit: goals with a plan, a shared list of events, a light
            record of the people you meet, and a Monday email that tells you what to do next.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link
              href="/sign-in"
              className="inline-flex min-h-11 items-center rounded-lg bg-accent px-5 font-medium text-accent-ink shadow-sm hover:opacity-90"
            >
              Get started
            </Link>
            <a
              href="#how-it-works"
              className="inline-flex min-h-11 items-center rounded-lg border border-line bg-surface px-5 font-medium hover:border-accent"
            >
              See how it works
            </a>
          </div>
        </section>

        <section id="how-it-works" aria-labelledby="how-heading" className="border-y border-line bg-surface">
          <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
            <h2 id="how-heading" className="text-2xl font-semibold tracking-tight">
              How it works
            </h2>
            <ol className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
              {steps.map((step, index) => (
                <li key={step.title} className="rounded-xl border border-line bg-canvas p-5">
                  <span className="flex size-8 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-900">
                    {index + 1}
                  </span>
                  <h3 className="mt-4 font-semibold">{step.title}</h3>
                  <p className="mt-2 text-sm text-muted">{step.body}</p>
                </li>
              ))}
            </ol>
          </div>
        </section>

        <section aria-labelledby="barriers-heading" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="barriers-heading" className="text-2xl font-semibold tracking-tight">
            Eight reasons people skip networking, and what helps
          </h2>
          <p className="mt-3 max-w-2xl text-muted">
            A two-minute self-check shows which of these hold you back most. Your tips, goal ideas and weekly
            suggestions follow from it.
          </p>
          <ul className="mt-8 grid gap-4 sm:grid-cols-2">
            {barriers.map((barrier) => (
              <li key={barrier.title} className="rounded-xl border border-line bg-surface p-5">
                <h3 className="font-semibold">{barrier.title}</h3>
                <p className="mt-1 text-sm text-muted">{barrier.answer}</p>
              </li>
            ))}
          </ul>
        </section>

        <section id="privacy" aria-labelledby="privacy-heading" className="border-t border-line bg-surface">
          <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
            <h2 id="privacy-heading" className="text-2xl font-semibold tracking-tight">
              Private by design
            </h2>
            <ul className="mt-6 grid gap-4 lg:grid-cols-3">
              {privacyPoints.map((point) => (
                <li key={point} className="flex gap-3 rounded-xl border border-line bg-canvas p-5 text-sm">
                  <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-5 shrink-0 fill-accent">
                    <path d="M10 1.5 3 4.5v5c0 4.2 3 7.6 7 9 4-1.4 7-4.8 7-9v-5l-7-3Zm-1.2 12L5.5 10.2l1.4-1.4 1.9 1.9 4.3-4.3 1.4 1.4-5.7 5.7Z" />
                  </svg>
                  <span>{point}</span>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </main>
      <SiteFooter />
    </div>
  );
}
