import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "~/components/marketing/site-header";

/** The calm, centred frame of every sign-in step. */
export function AuthShell({
  title,
  description,
  children,
  footer,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <Link href="/" className="mb-8 rounded-md" aria-label="Rapport home">
        <Logo />
      </Link>
      <main
        id="main"
        className="w-full max-w-md rounded-2xl border border-line bg-surface p-6 shadow-sm sm:p-8"
      >
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <div className="mt-2 text-muted">{description}</div> : null}
        <div className="mt-6">{children}</div>
      </main>
      {footer ? <div className="mt-6 max-w-md text-center text-sm text-muted">{footer}</div> : null}
    </div>
  );
}
