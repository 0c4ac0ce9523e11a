/** @jsxRuntime automatic @jsxImportSource react */
import { Button, Link, Section, Text } from "@react-email/components";
import { assertPositiveWholeNumber, assertWebLink, describeMinutes } from "./links";
import { NotificationLayout } from "./notification-layout";
import { styles } from "./theme";

export interface MagicLinkEmailProps {
  /** The one-time sign-in link. */
  url: string;
  /** The site the sign-in was requested on, e.g. "rapport.example.com". */
  host: string;
  expiresInMinutes: number;
}

export function magicLinkSubject(_props: MagicLinkEmailProps): string {
  return "Your sign-in link for Rapport";
}

export function MagicLinkEmail({ url, host, expiresInMinutes }: MagicLinkEmailProps) {
  assertWebLink(url, "MagicLinkEmail url");
  assertPositiveWholeNumber(expiresInMinutes, "MagicLinkEmail expiresInMinutes");
  const expiry = describeMinutes(expiresInMinutes);
  return (
    <NotificationLayout
      preview={`Your link to sign in to Rapport. It works once, for ${expiry}.`}
      footerNote={`You're receiving this because someone asked to sign in to Rapport at ${host} with this address.`}
    >
      <Text className="rp-ink" style={styles.heading}>
        Sign in to Rapport
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        Here's the sign-in link you asked for on <strong>{host}</strong>. It works once and expires in{" "}
        {expiry}.
      </Text>
      <Section style={styles.buttonRow}>
        <Button className="rp-button" href={url} style={styles.button}>
          Sign in
        </Button>
      </Section>
      {/* The text version already shows the link next to "Sign in", so these two lines are html-only. */}
      <Text className="rp-muted" data-skip-in-text style={styles.small}>
        If the button doesn't work, copy this link into your browser:
      </Text>
      <Text data-skip-in-text style={styles.small}>
        <Link className="rp-link" href={url} style={styles.rawLink}>
          {url}
        </Link>
      </Text>
      <Text className="rp-muted" style={styles.small}>
        Didn't ask to sign in? You can safely ignore this email. Nobody gets in without this link.
      </Text>
    </NotificationLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  url: "https://rapport.localhost/api/auth/callback/email?token=preview-token&email=ada%40example.com",
  host: "rapport.localhost",
  expiresInMinutes: 15,
} satisfies MagicLinkEmailProps;

// `email dev` picks up each template's default export.
export default MagicLinkEmail;
