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
}: {
  links: DigestLinks;
  what: string;
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
