import { digestDayName } from "@rapport/domain/digest";
import type { Metadata } from "next";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { api } from "~/server/api";
import { DigestPreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Weekly digest" };

export default async function DigestSettingsPage() {
  const prefs = await (await api()).digest.preferences();
  const orgDefault = `${digestDayName(prefs.organisationDay)} ${String(prefs.organisationHour).padStart(2, "0")}:00`;
  return (
    <>
      <PageHeader
        title="Weekly digest"
        description="One short email a week: follow-ups due, team events, how your goals are going, and one idea to try."
        action={
          <ButtonLink href="/digest/preview" variant="secondary">
            Preview this week's digest
          </ButtonLink>
        }
      />
      <Card>
        <CardHeader
          title="When it arrives"
          description={`Your organisation sends it on ${orgDefault} unless you pick another time. Times follow your time zone (${prefs.timeZone}), which you can change on your profile.`}
        />
        <DigestPreferencesForm
          initial={{
            enabled: prefs.enabled,
            day: prefs.day,
            hour: prefs.hour,
            hiddenSections: prefs.hiddenSections,
          }}
        />
      </Card>
    </>
  );
}
