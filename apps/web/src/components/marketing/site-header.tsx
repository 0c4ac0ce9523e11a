import Link from "next/link";

export function Logo() {
  return (
    <span className="flex items-center gap-2 font-semibold tracking-tight text-ink">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <circle cx="11" cy="16" r="8" className="fill-brand-500" opacity="0.9" />
        <circle cx="21" cy="16" r="8" className="fill-brand-700" opacity="0.8" />
      </svg>
      Rapport
    </span>
  );
}

/** The signed-out shell's header: the brand and the way in. */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface/80 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
        <Link href="/" className="rounded-md" aria-label="Rapport home">
          <Logo />
        </Link>
        <nav aria-label="Main" className="flex items-center gap-2 text-sm">
          <a
            href="#how-it-works"
            className="hidden rounded-md px-3 py-2 text-muted hover:text-ink sm:inline-block"
          >
            How it works
          </a>
          <a
            href="#privacy"
            className="hidden rounded-md px-3 py-2 text-muted hover:text-ink sm:inline-block"
          >
            Privacy
          </a>
          <Link
            href="/sign-in"
            className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-medium text-accent-ink shadow-sm hover:opacity-90"
          >
            Sign in
          </Link>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <Logo />
        <p>Built for teams who would rather meet people on purpose than by accident.</p>
      </div>
    </footer>
  );
}
