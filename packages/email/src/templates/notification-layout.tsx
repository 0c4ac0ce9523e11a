/** @jsxRuntime automatic @jsxImportSource react */
import { Body, Container, Head, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { darkModeCss, styles } from "./theme";

export interface NotificationLayoutProps {
  /** The line inbox lists show next to the subject. */
  preview: string;
  /** Why this person is getting this email, shown in the footer. */
  footerNote: string;
  children: ReactNode;
}

/** Brand header, a single card for the content, and a footer: shared by every Rapport email. */
export function NotificationLayout({ preview, footerNote, children }: NotificationLayoutProps) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{darkModeCss}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body className="rp-page" style={styles.body}>
        <Container style={styles.container}>
          <Text className="rp-brand" style={styles.brand}>
            Rapport
          </Text>
          <Section className="rp-card" style={styles.card}>
            {children}
          </Section>
          <Text className="rp-muted" style={styles.footer}>
            {footerNote}
          </Text>
          <Text className="rp-muted" style={styles.footer}>
            Rapport · networking on purpose, together with your team.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
