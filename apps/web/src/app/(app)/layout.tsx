import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "~/components/shell/app-shell";
import { api } from "~/server/api";
import { requireUser } from "~/server/session";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  await requireUser("/today");
  const me = await (await api()).me.get();
  // A first visit asks for a name and time zone before anything else.
  if (!me.user.profileConfirmed) redirect("/about-you");
  if (!me.activeOrganisation) redirect("/welcome");
  return (
    <AppShell
      data={{
        user: me.user,
        renderedAt: new Date().toISOString(),
        organisation: me.activeOrganisation,
        memberships: me.memberships,
        isManager: me.teams.some((t) => t.role === "manager"),
      }}
    >
      {children}
    </AppShell>
  );
}
