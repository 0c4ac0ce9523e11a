import type { Metadata } from "next";
import { EmailFrame } from "~/components/digest/email-frame";
import { Alert } from "~/components/ui/alert";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { weekOfWords } from "~/components/words";
import { api } from "~/server/api";

export const metadata: Metadata = { title: "This week's digest" };

export default async function DigestPreviewPage() {
  const preview = await (await api()).digest.preview();
  if (!preview) {
    return <EmptyState title="No digest yet">Join an organisation to get a weekly digest.</EmptyState>;
  }
  return (
    <>
      <PageHeader
        title="This week's digest"
        description={`What your weekly email for the ${weekOfWords(preview.weekKey, preview.locale)} says, exactly as it would arrive.`}
        action={
          <ButtonLink href="/settings/digest" variant="secondary">
            Day, time and on/off
          </ButtonLink>
        }
      />
      <div className="space-y-4">
        {preview.sample ? (
          <Alert tone="info" title="Nothing to send you yet this week">
            Once you have follow-ups due, team events coming up, goals in progress or activity from last week,
            your digest fills in. Below is a sample week so you can see how it reads.
          </Alert>
        ) : null}
        {!preview.enabled ? (
          <Alert tone="error" title="Your digest is switched off">
            You won't receive this email. Switch it back on in your digest settings.
          </Alert>
        ) : null}
        <Card>
          <CardHeader
            title={<span className="text-base">Subject: {preview.subject}</span>}
            description={`To ${preview.to}`}
            action={
              preview.sample ? <Badge tone="neutral">Sample</Badge> : <Badge tone="green">This week</Badge>
            }
          />
          {/* A sandboxed frame with no scripts: the email's own html and styles, isolated from the app. */}
          <EmailFrame title="Digest email preview" html={preview.html} />
        </Card>
        <Card>
          <CardHeader
            title="Plain-text version"
            description="What mail apps show when they don't display html."
          />
          <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded-lg bg-line/30 p-4 text-sm">
            {preview.text}
          </pre>
        </Card>
      </div>
    </>
  );
}
