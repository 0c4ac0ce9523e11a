/** @jsxRuntime automatic @jsxImportSource react */
import { Button, Section, Text } from "@react-email/components";
import { assertWebLink } from "./links";
import { NotificationLayout } from "./notification-layout";
import { styles } from "./theme";

export interface InvitationRequestEmailProps {
  /** The address the expired invitation was sent to. */
  inviteeEmail: string;
  organisationName: string;
  /** The organisation page, where the admin resends invitations. */
  manageUrl: string;
}

export function invitationRequestSubject({ inviteeEmail }: InvitationRequestEmailProps): string {
  return `${inviteeEmail} asks for a new invitation to Rapport`;
}

/** To the admin who sent an invitation that expired before it was used, at the invitee's request. */
export function InvitationRequestEmail({
  inviteeEmail,
  organisationName,
  manageUrl,
}: InvitationRequestEmailProps) {
  assertWebLink(manageUrl, "InvitationRequestEmail manageUrl");
  return (
    <NotificationLayout
      preview={`The invitation you sent to ${inviteeEmail} expired before they could use it.`}
      footerNote={`You're receiving this because you invited ${inviteeEmail} to ${organisationName} on Rapport.`}
    >
      <Text className="rp-ink" style={styles.heading}>
        A new invitation is wanted
      </Text>
      <Text className="rp-ink" style={styles.paragraph}>
        {inviteeEmail} opened their invitation to {organisationName} after it had expired, and asked for a
        fresh one. You can resend it from the organisation page; the new link works for another two weeks.
      </Text>
      <Section style={styles.buttonRow}>
        <Button className="rp-button" href={manageUrl} style={styles.button}>
          Open the organisation page
        </Button>
      </Section>
    </NotificationLayout>
  );
}

InvitationRequestEmail.PreviewProps = {
  inviteeEmail: "jamie@example.com",
  organisationName: "Northwind",
  manageUrl: "https://rapport.localhost/settings/organisation",
} satisfies InvitationRequestEmailProps;

export default InvitationRequestEmail;
