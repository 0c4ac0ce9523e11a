// renderEmail renders html itself (react-dom/server imported once) instead of through react-email's
// `render`, which imported it again per email. The bytes must be the ones react-email would produce.
import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { renderEmail, renderHtml } from "./render";
import { DigestEmail } from "./templates/digest-email";
import { InvitationEmail } from "./templates/invitation-email";
import { InvitationRequestEmail } from "./templates/invitation-request-email";
import { MagicLinkEmail } from "./templates/magic-link-email";
import { ManagerDigestEmail } from "./templates/manager-digest-email";
import { NudgeEmail } from "./templates/nudge-email";

const emails: [string, ReactElement][] = [
  ["weekly digest", <DigestEmail key="d" {...DigestEmail.PreviewProps} />],
  ["manager digest", <ManagerDigestEmail key="m" {...ManagerDigestEmail.PreviewProps} />],
  ["sign-in link", <MagicLinkEmail key="l" {...MagicLinkEmail.PreviewProps} />],
  ["invitation", <InvitationEmail key="i" {...InvitationEmail.PreviewProps} />],
  ["invitation request", <InvitationRequestEmail key="r" {...InvitationRequestEmail.PreviewProps} />],
  ["nudge", <NudgeEmail key="n" {...NudgeEmail.PreviewProps} />],
];

function Broken(): ReactElement {
  throw new Error("no digest for you");
}

describe("renderHtml", () => {
  it.each(emails)("gives the %s exactly the html react-email's render gives", async (_, element) => {
    const ours = await renderHtml(element);
    expect(ours.length).toBeGreaterThan(1000);
    expect(ours).toBe(await render(element));
  });

  it("fails the email when a part of it fails, as react-email does", async () => {
    await expect(renderEmail(<Broken />)).rejects.toThrow("no digest for you");
  });
});
