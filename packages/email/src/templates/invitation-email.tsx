/** @jsxRuntime automatic @jsxImportSource react */
import { Button, Link, Section, Text } from "@react-email/components";
import { assertPositiveWholeNumber, assertWebLink, describeDays } from "./links";
import { NotificationLayout } from "./notification-layout";
import { styles } from "./theme";

export interface InvitationEmailProps {
  inviterName: string;
  organisationName: string;
  /** Left out when the invitation is to the organisation only. */
  teamName?: string;
  acceptUrl: string;
  expiresInDays: number;
}

export function invitationSubject({ inviterName, organisationName }: InvitationEmailProps): string {
  return `${inviterName} invited you to ${organisationName} on Rapport`;
}

export function InvitationEmail({
  inviterName,
  organisationName,
  teamName,
  acceptUrl,
  expiresInDays,
}: InvitationEmailProps) {
  assertWebLink(acceptUrl, "InvitationEmail acceptUrl");
  assertPositiveWholeNumber(expiresInDays, "InvitationEmail expiresInDays");
  const expiry = describeDays(expiresInDays);
  const joining = teamName ? `the ${teamName} team at ${organisationName}` : organisationName;
  return (
    <NotificationLayout
      preview={`${inviterName} would like you to join ${joining} on Rapport.`}
      footerNote={`You're receiving this because ${inviterName} invited this address to ${organisationName} on Rapport.`}
    >
      <Text className="rp-ink" style={styles.heading}>
        Join {teamName ?? organisationName} on Rapport
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        {inviterName} has invited you to join {joining}. Rapport is where your team plans its networking
        together: goals you set for yourself, events worth going to, and follow-ups you won't forget.
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        The people you meet and your notes about them stay yours. Your manager sees totals, never names.
      </Text>
      <Section style={styles.buttonRow}>
        <Button className="rp-button" href={acceptUrl} style={styles.button}>
          Accept the invitation
        </Button>
      </Section>
      <Text className="rp-muted" style={styles.small}>
        The invitation expires in {expiry}.
      </Text>
      {/* The text version already shows the link next to the button label, so these lines are html-only. */}
      <Text className="rp-muted" data-skip-in-text style={styles.small}>
        If the button doesn't work, copy this link into your browser:
      </Text>
      <Text data-skip-in-text style={styles.small}>
        <Link className="rp-link" href={acceptUrl} style={styles.rawLink}>
          {acceptUrl}
        </Link>
      </Text>
      <Text className="rp-muted" style={styles.small}>
        Not expecting this? You can ignore this email; nothing happens unless you accept.
      </Text>
    </NotificationLayout>
  );
}

InvitationEmail.PreviewProps = {
  inviterName: "Grace Hopper",
  organisationName: "Northwind",
  teamName: "Partnerships",
  acceptUrl: "https://rapport.localhost/invitations/preview-invitation-token",
  expiresInDays: 7,
} satisfies InvitationEmailProps;

// `email dev` picks up each template's default export.
export default InvitationEmail;
