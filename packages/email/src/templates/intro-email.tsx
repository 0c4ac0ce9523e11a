/** @jsxRuntime automatic @jsxImportSource react */
import { Button, Section, Text } from "@react-email/components";
import { assertWebLink } from "./links";
import { NotificationLayout } from "./notification-layout";
import { styles } from "./theme";

export interface IntroEmailProps {
  /** The recipient's name. */
  memberName: string;
  programmeName: string;
  /** The others in the group, by name. */
  colleagueNames: string[];
  /** Why they were matched, in one sentence. */
  why: string;
  /** Two openers from their common ground. */
  starters: string[];
  /** The recipient's Today page, where the intro and its check-in live. */
  todayUrl: string;
  /**
   * The suggested 30 minutes in the recipient's own zone ("Tue 3 Mar, 15:00–15:30"), inside everyone's
   * networking time; null when their blocks do not overlap (then no calendar hold is attached).
   */
  slotWords?: string | null;
}

function names(list: string[]): string {
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

export function introSubject({ colleagueNames, programmeName }: IntroEmailProps): string {
  return `${programmeName}: meet ${names(colleagueNames)}`;
}

/** One intro of a programme round: who, why, two openers, and where to say whether it happened. */
export function IntroEmail({
  memberName,
  programmeName,
  colleagueNames,
  why,
  starters,
  todayUrl,
  slotWords,
}: IntroEmailProps) {
  assertWebLink(todayUrl, "IntroEmail todayUrl");
  const who = names(colleagueNames);
  return (
    <NotificationLayout
      preview={`This round of ${programmeName} introduces you to ${who}.`}
      footerNote={`You're receiving this because you joined ${programmeName} on Rapport. You can pause or leave it from Today.`}
    >
      <Text className="rp-ink" style={styles.heading}>
        Hi {memberName}, meet {who}
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        {why}
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        {slotWords
          ? `A time inside everyone's networking time: ${slotWords} (your time). The calendar invitation is attached; move it if another time suits you better.`
          : `Pick a time that suits you ${colleagueNames.length > 1 ? "all" : "both"}.`}
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        Half an hour over coffee or a call is plenty. If you need something to start with:
      </Text>
      {starters.map((line) => (
        <Text key={line} className="rp-ink" style={styles.paragraph}>
          • {line}
        </Text>
      ))}
      <Section style={styles.buttonRow}>
        <Button className="rp-button" href={todayUrl} style={styles.button}>
          Open Rapport
        </Button>
      </Section>
      <Text className="rp-muted" style={styles.small}>
        Before the next round, Rapport will ask whether you met. Only you see your answer; the people who run
        the programme see totals.
      </Text>
    </NotificationLayout>
  );
}
