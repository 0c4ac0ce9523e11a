import { DEFAULT_DIGEST_DAY, DEFAULT_DIGEST_HOUR } from "@rapport/domain/digest";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "~/components/auth/auth-shell";
import { api } from "~/server/api";
import { requireUser, safeCallbackUrl } from "~/server/session";
import { AboutYouForm } from "./about-you-form";

export const metadata: Metadata = { title: "About you" };
export const dynamic = "force-dynamic";

/**
 * The first stop of anyone's first visit: their name (shown to colleagues instead of an address) and
 * their time zone (the digest and due dates follow it), asked once.
 */
export default async function AboutYouPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const next = await safeCallbackUrl((await searchParams).next);
  await requireUser(`/about-you?${new URLSearchParams({ next })}`);
  const caller = await api();
  const me = await caller.me.get();
  if (me.user.profileConfirmed) redirect(next);
  const inOrganisation = Boolean(me.activeOrganisation);
  const [organisation, preferences] = inOrganisation
    ? await Promise.all([caller.organisation.get(), caller.digest.preferences()])
    : [null, null];
  return (
    <AuthShell
      title={organisation ? `Welcome to ${organisation.name}` : "Welcome to Rapport"}
      description="Two things before you start, so colleagues see your name and your weekly email comes at a sensible hour."
    >
      <AboutYouForm
        next={next}
        name={me.user.name ?? ""}
        email={me.user.email}
        organisationTimeZone={organisation?.timeZone ?? me.user.timeZone}
        digest={{
          day: preferences?.day ?? DEFAULT_DIGEST_DAY,
          hour: preferences?.hour ?? DEFAULT_DIGEST_HOUR,
          inOrganisation,
        }}
      />
    </AuthShell>
  );
}
