/** @jsxRuntime automatic @jsxImportSource react */
import { Button, Link, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { assertWebLink } from "./links";
import { NotificationLayout } from "./notification-layout";
import { colors, styles } from "./theme";

export interface NudgeEmailProps {
  /** Who sent it, e.g. "Maya Chen". */
  managerName: string;
  /** The recipient's first name or full name. */
  memberName: string;
  teamName: string;
  /** Why the manager is nudging, as the member may be told it. */
  reason: "quiet" | "behind" | "both";
  /** Titles of the goals the member shared with the team that are behind (only for behind/both); at most 3 shown. */
  behindGoals: string[];
  /** One concrete small thing to try this week, already in plain words (from the product's suggested actions). */
  suggestion: string;
  /** The member's Today page. */
  todayUrl: string;
  /** The member's goals. */
  goalsUrl: string;
  /** The team's events. */
  eventsUrl: string;
  /** Where the member manages email settings. */
  settingsUrl: string;
  /** The manager's own words, shown as they typed them (line breaks kept); empty or absent shows nothing. */
  note?: string | null;
}

/** Goal titles named in the email; the rest are counted ("and 2 more"). */
const MAX_GOALS_SHOWN = 3;

const nudgeStyles = {
  // A brand-coloured bar rather than a tinted background, so the line stays readable in dark mode.
  suggestion: {
    ...styles.paragraph,
    borderLeft: `4px solid ${colors.brand}`,
    padding: "4px 0 4px 14px",
    fontWeight: 600,
  },
  link: { color: colors.brand },
  note: { ...styles.paragraph, margin: "4px 0 0" },
  noteBox: { borderLeft: `4px solid ${colors.rule}`, padding: "2px 0 2px 14px", margin: "0 0 16px" },
} satisfies Record<string, CSSProperties>;

const SUBJECT_ENDINGS: Record<NudgeEmailProps["reason"], string> = {
  quiet: "time for a networking moment?",
  behind: "one small step on your goals?",
  both: "an easy way back into networking?",
};

export function nudgeSubject({ managerName, reason }: NudgeEmailProps): string {
  return `A nudge from ${managerName.trim()}: ${SUBJECT_ENDINGS[reason]}`;
}

/**
 * Sent only when a manager clicks "Send a nudge" on the team dashboard. Encouragement, not a report:
 * it says what the manager could see (totals and shared goals) and nothing about contacts or notes.
 */
export function NudgeEmail({
  managerName,
  memberName,
  teamName,
  reason,
  behindGoals,
  suggestion,
  todayUrl,
  goalsUrl,
  eventsUrl,
  settingsUrl,
  note,
}: NudgeEmailProps) {
  const manager = requireText(managerName, "managerName");
  const member = requireText(memberName, "memberName");
  const team = requireText(teamName, "teamName");
  const idea = withFullStop(requireText(suggestion, "suggestion"));
  if (reason !== "quiet" && reason !== "behind" && reason !== "both") {
    throw new Error(`NudgeEmail reason must be "quiet", "behind" or "both", got "${String(reason)}"`);
  }
  const goals = behindGoals.map((title) => title.trim()).filter((title) => title !== "");
  if (reason !== "quiet" && goals.length === 0) {
    throw new Error(`NudgeEmail behindGoals must name at least one goal when reason is "${reason}"`);
  }
  for (const [name, url] of Object.entries({ todayUrl, goalsUrl, eventsUrl, settingsUrl })) {
    assertWebLink(url, `NudgeEmail ${name}`);
  }

  return (
    <NotificationLayout
      preview={`One small thing to try this week: ${idea}`}
      footerNote={`You're receiving this because ${manager} sent you a nudge from the ${team} team dashboard on Rapport.`}
    >
      <Text className="rp-ink" style={styles.heading}>
        Hi {member}, a friendly nudge from {manager}
      </Text>
      {reason === "quiet" ? (
        <Text className="rp-ink" style={styles.paragraph}>
          It's been a few weeks since anything was logged in Rapport, and busy stretches happen to everyone.{" "}
          {manager} wanted to offer an easy way back in.
        </Text>
      ) : reason === "behind" ? (
        <Text className="rp-ink" style={styles.paragraph}>
          You shared {listGoals(goals)} with the {team} team, and {goals.length === 1 ? "it's" : "they're"} a
          little behind pace right now. {manager} is cheering you on: no need to catch up all at once, a small
          step this week counts.
        </Text>
      ) : (
        <Text className="rp-ink" style={styles.paragraph}>
          It's been a few weeks since anything was logged in Rapport, and{" "}
          {goals.length === 1 ? "the goal" : "the goals"} you shared with the {team} team ({listGoals(goals)}){" "}
          {goals.length === 1 ? "is" : "are"} a little behind pace. Busy stretches happen to everyone.{" "}
          {manager} wanted to offer an easy way back in, and a small step this week counts.
        </Text>
      )}
      <PersonalNote manager={manager} note={note} />
      <Text className="rp-ink" style={styles.paragraph}>
        One small thing to try this week:
      </Text>
      <Text className="rp-ink" style={nudgeStyles.suggestion}>
        {idea}
      </Text>
      <Section style={styles.buttonRow}>
        <Button className="rp-button" href={todayUrl} style={styles.button}>
          Open Rapport
        </Button>
      </Section>
      <Text className="rp-muted" style={styles.small}>
        Or have a look at{" "}
        <Link className="rp-link" href={goalsUrl} style={nudgeStyles.link}>
          your goals
        </Link>{" "}
        or{" "}
        <Link className="rp-link" href={eventsUrl} style={nudgeStyles.link}>
          the team's upcoming events
        </Link>
        .
      </Text>
      <Text className="rp-muted" style={styles.small}>
        The people you meet and your notes about them stay yours: {manager} sees totals, never names.
      </Text>
      <Text className="rp-muted" style={styles.small}>
        Rapport doesn't send nudges on its own; {manager} sent this one from the team dashboard.{" "}
        <Link className="rp-link" href={settingsUrl} style={nudgeStyles.link}>
          Manage your email settings
        </Link>
      </Text>
    </NotificationLayout>
  );
}

/** The manager's note in their own words, introduced so the reader knows who wrote it. */
function PersonalNote({ manager, note }: { manager: string; note: string | null | undefined }) {
  const lines = (typeof note === "string" ? note : "")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length === 0) return null;
  return (
    <Section style={nudgeStyles.noteBox}>
      <Text className="rp-muted" style={styles.small}>
        {manager} added a note:
      </Text>
      <Text className="rp-ink" style={nudgeStyles.note}>
        {lines.flatMap((line, i) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines never move; a break sits before line i
          i === 0 ? [line] : [<br key={i} />, line],
        )}
      </Text>
    </Section>
  );
}

function requireText(value: string, prop: string): string {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (trimmed === "") throw new Error(`NudgeEmail ${prop} must not be empty`);
  return trimmed;
}

function withFullStop(text: string): string {
  return /[.!?…]["'”’)]?$/.test(text) ? text : `${text}.`;
}

/** “A”; “A” and “B”; “A”, “B” and “C”; “A”, “B”, “C” and 2 more. */
function listGoals(titles: string[]): ReactNode[] {
  // The same title twice says nothing more, and titles then make unique keys.
  const unique = [...new Set(titles)];
  const shown = unique.slice(0, MAX_GOALS_SHOWN);
  const more = unique.length - shown.length;
  const parts: ReactNode[] = shown.map((title) => <strong key={title}>“{title}”</strong>);
  if (more > 0) parts.push(`${more} more`);
  return parts.flatMap((part, i) => {
    if (i === 0) return [part];
    return [i === parts.length - 1 ? " and " : ", ", part];
  });
}

NudgeEmail.PreviewProps = {
  managerName: "Maya Chen",
  memberName: "Priya",
  teamName: "Partnerships",
  reason: "both",
  behindGoals: ["Attend two industry events this quarter", "Meet 10 people outside my team"],
  suggestion: "Book a 30-minute networking slot for Thursday",
  todayUrl: "https://rapport.localhost/today",
  goalsUrl: "https://rapport.localhost/goals",
  eventsUrl: "https://rapport.localhost/events",
  settingsUrl: "https://rapport.localhost/settings",
  note: "I know the launch ate everyone's calendar.\nThe meetup on Thursday could be an easy one; happy to go together.",
} satisfies NudgeEmailProps;

// `email dev` picks up each template's default export.
export default NudgeEmail;
