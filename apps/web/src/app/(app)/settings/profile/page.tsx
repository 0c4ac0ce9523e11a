import type { Metadata } from "next";
import { SignOutForm } from "~/components/quick-log/sign-out-form";
import { signOutAction, signOutEverywhereAction } from "~/components/shell/actions";
import { Button, ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, PageHeader } from "~/components/ui/card";
import { countOf, fullDayWords, LOCALE_CHOICES, NOUNS, timeWords } from "~/components/words";
import { api } from "~/server/api";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Profile" };

/** 18:30 on a winter evening: shows whether a format writes 24-hour or AM/PM times. */
const SAMPLE_EVENING = new Date("2027-02-04T18:30:00Z");

export default async function ProfilePage() {
  const me = await (await api()).me.get();
  return (
    <>
      <PageHeader
        title="Profile and sessions"
        description="How you appear to your teammates, and where you are signed in."
      />
      <div className="space-y-6">
        <Card>
          <CardHeader title="Profile" description={`Signed in as ${me.user.email}.`} />
          <ProfileForm
            name={me.user.name ?? ""}
            timeZone={me.user.timeZone}
            locale={me.user.locale}
            locales={LOCALE_CHOICES.map((choice) => ({
              tag: choice.tag,
              label: choice.label,
              example: `${fullDayWords("2027-02-04", choice.tag)}, ${timeWords(SAMPLE_EVENING, "UTC", choice.tag)}, ${countOf(1234, NOUNS.person, choice.tag)}`,
            }))}
          />
        </Card>
        <Card>
          <CardHeader
            title="My card"
            description="A QR code of your contact card, for people who don't use Rapport to save you with their phone camera."
          />
          <ButtonLink href="/settings/card" variant="secondary">
            Show my card
          </ButtonLink>
        </Card>
        <Card>
          <CardHeader
            title="Sessions"
            description="Lost a laptop or used a shared computer? Sign out everywhere ends every session at once, this one included."
          />
          <div className="flex flex-wrap gap-3">
            <SignOutForm action={signOutAction}>
              <Button type="submit" variant="secondary">
                Sign out
              </Button>
            </SignOutForm>
            <SignOutForm action={signOutEverywhereAction}>
              <Button type="submit" variant="danger">
                Sign out of every device
              </Button>
            </SignOutForm>
          </div>
        </Card>
      </div>
    </>
  );
}
