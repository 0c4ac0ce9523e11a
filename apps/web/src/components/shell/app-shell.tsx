import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "~/components/marketing/site-header";
import { OfflineNotice } from "~/components/offline/offline-notice";
import { QuickLog } from "~/components/quick-log/quick-log";
import { SyncStatus } from "~/components/quick-log/sync-status";
import { ToastProvider } from "~/components/ui/toast";
import { switchOrganisationAction } from "./actions";
import { CommandPalette } from "./command-palette";
import { MainNav } from "./main-nav";
import { PersonMenu } from "./person-menu";

export interface ShellData {
  user: { name: string | null; email: string; locale: string };
  /** When the server made this page; shown as "last updated" when the page is a stored copy. */
  renderedAt: string;
  organisation: { organisationId: string; organisationName: string; role: "admin" | "member" };
  memberships: { organisationId: string; organisationName: string }[];
  isManager: boolean;
}

function navItems(data: ShellData) {
  return [
    { href: "/today", label: "Today" },
    { href: "/events", label: "Events" },
    { href: "/goals", label: "Goals" },
    { href: "/people", label: "People" },
    { href: "/follow-ups", label: "Follow-ups" },
    { href: "/introductions", label: "Warm intros" },
    ...(data.isManager || data.organisation.role === "admin" ? [{ href: "/team", label: "Team" }] : []),
    { href: "/digest/preview", label: "Digest" },
    // Digest runs are reached from the organisation page and the team overview.
    ...(data.organisation.role === "admin"
      ? [{ href: "/settings/organisation", label: "Organisation" }]
      : []),
    { href: "/settings/profile", label: "Settings" },
  ];
}

/** The signed-in frame: brand, navigation, organisation switcher and the person menu. */
export function AppShell({ data, children }: { data: ShellData; children: ReactNode }) {
  const initials = (data.user.name ?? data.user.email)
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <ToastProvider>
      <div className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
        >
          Skip to content
        </a>
        <header className="sticky top-0 z-30 border-b border-line bg-surface/90 backdrop-blur">
          <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:gap-3 sm:px-6">
            <Link href="/today" className="shrink-0 rounded-md" aria-label="Rapport, today">
              <Logo />
            </Link>
            <MainNav items={navItems(data)} />
            <div className="flex shrink-0 items-center gap-1.5 sm:gap-2">
              {data.memberships.length > 1 ? (
                <form action={switchOrganisationAction} className="hidden sm:block">
                  <label htmlFor="org-switcher" className="sr-only">
                    Organisation
                  </label>
                  <select
                    id="org-switcher"
                    name="organisationId"
                    defaultValue={data.organisation.organisationId}
                    className="min-h-9 rounded-lg border border-line bg-surface px-2 text-sm"
                  >
                    {data.memberships.map((m) => (
                      <option key={m.organisationId} value={m.organisationId}>
                        {m.organisationName}
                      </option>
                    ))}
                  </select>
                  <button
                    type="submit"
                    className="ml-1 rounded-lg px-2 py-1 text-sm text-muted hover:text-ink"
                  >
                    Switch
                  </button>
                </form>
              ) : (
                <span className="hidden max-w-48 truncate text-sm text-muted 2xl:inline">
                  {data.organisation.organisationName}
                </span>
              )}
              <CommandPalette pages={navItems(data)} />
              <QuickLog />
              <PersonMenu name={data.user.name} email={data.user.email} initials={initials} />
            </div>
          </div>
        </header>
        <OfflineNotice renderedAt={data.renderedAt} locale={data.user.locale} />
        <SyncStatus />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          {children}
        </main>
      </div>
    </ToastProvider>
  );
}
