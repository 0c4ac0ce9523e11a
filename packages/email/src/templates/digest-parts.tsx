/** @jsxRuntime automatic @jsxImportSource react */
import { Button, Hr, Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { colors, styles } from "./theme";

/** Links every digest carries: open the app, change preferences, unsubscribe in one click. */
export interface DigestLinks {
  appUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

/**
 * Per-item links of a digest, keyed by the item's id: where it lives in the app and, for the reader's
 * own items, signed one-press actions ("Done", "Snooze a week", "I'm going").
 */
export interface DigestItemLinks {
  followUps?: Record<string, { open: string; done?: string; snooze?: string }>;
  events?: Record<string, { open: string; going?: string }>;
  goals?: Record<string, { open: string }>;
  /** Intros by group id: where the intro and its "did you meet?" live (Today). */
  intros?: Record<string, { open: string }>;
  /** Team members' pages in the manager digest, by user id. */
  members?: Record<string, string>;
}

/** Every URL in the item links, for the web-link check before rendering. */
export function itemLinkUrls(items: DigestItemLinks | undefined): string[] {
  if (!items) return [];
  const urls: string[] = [];
  for (const group of [items.followUps, items.events, items.goals, items.intros]) {
    for (const entry of Object.values(group ?? {})) urls.push(...Object.values(entry).filter(Boolean));
  }
  urls.push(...Object.values(items.members ?? {}));
  return urls;
}

export const digestStyles = {
  sectionTitle: {
    color: colors.ink,
    fontSize: "17px",
    lineHeight: "24px",
    fontWeight: 700,
    margin: "0 0 8px",
  },
  item: { color: colors.ink, fontSize: "15px", lineHeight: "22px", margin: "0 0 6px" },
  meta: { color: colors.muted, fontSize: "13px", lineHeight: "20px", margin: "0 0 10px" },
  rule: { borderColor: colors.rule, margin: "20px 0" },
  itemLink: { color: colors.ink, textDecoration: "underline" },
  actions: { color: colors.muted, fontSize: "14px", lineHeight: "22px", margin: "0 0 12px" },
  action: { color: colors.brand, fontWeight: 600, textDecoration: "underline" },
  tip: {
    backgroundColor: "#eef5f2",
    borderRadius: "8px",
    padding: "12px 16px",
    color: colors.ink,
    fontSize: "15px",
    lineHeight: "22px",
    margin: "0 0 8px",
  },
} as const;

export function DigestSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Section>
      <Hr style={digestStyles.rule} />
      <Text className="rp-ink" style={digestStyles.sectionTitle}>
        {title}
      </Text>
      {children}
    </Section>
  );
}

export function DigestFooterLinks({
  links,
  what,
  button = "Open Rapport",
  actionNote = false,
}: {
  links: DigestLinks;
  what: string;
  /** Say how the signed action links behave (the personal digest carries them). */
  actionNote?: boolean;
  /** The main button's label; it opens `links.appUrl`. */
  button?: string;
}) {
  return (
    <>
      <Section style={styles.buttonRow}>
        <Button className="rp-button" href={links.appUrl} style={styles.button}>
          {button}
        </Button>
      </Section>
      <Text className="rp-muted" style={styles.small}>
        You get {what} because it is switched on in your settings.{" "}
        {actionNote ? "Its Done, Snooze and Going links work for 14 days, for you only. " : ""}
        <Link className="rp-link" href={links.preferencesUrl} style={{ color: colors.brand }}>
          Change day, time or sections
        </Link>{" "}
        ·{" "}
        <Link className="rp-link" href={links.unsubscribeUrl} style={{ color: colors.brand }}>
          Unsubscribe
        </Link>
      </Text>
    </>
  );
}
