import { describe, expect, it } from "vitest";
import { renderEmail } from "../render";
import { InvitationEmail, invitationSubject } from "./invitation-email";
import { MagicLinkEmail, magicLinkSubject } from "./magic-link-email";

const magicLink = "https://rapport.example.com/api/auth/callback/email?token=abc123&email=ada%40example.com";
// React escapes & in attributes and text; the link a client opens is the unescaped one.
const inHtml = (url: string) => url.replaceAll("&", "&amp;");

describe("MagicLinkEmail", () => {
  it("puts the link in the button and as plain text, in html and text", async () => {
    const { html, text } = await renderEmail(
      <MagicLinkEmail url={magicLink} host="rapport.example.com" expiresInMinutes={15} />,
    );
    expect(html).toContain(`href="${inHtml(magicLink)}"`);
    expect(html.split(`href="${inHtml(magicLink)}"`)).toHaveLength(3); // button + plain link
    expect(html).toContain(`>${inHtml(magicLink)}</a>`);
    expect(text).toContain(magicLink);
    for (const body of [html, text]) {
      expect(body).toContain("rapport.example.com");
      expect(body).toContain("15 minutes");
      expect(body).toMatch(/ignore this email/);
      expect(body).toContain("Rapport");
    }
  });

  it("reads well as text: no shouting headings, no hidden preview, link shown once", async () => {
    const { text } = await renderEmail(<MagicLinkEmail {...MagicLinkEmail.PreviewProps} />);
    expect(text).toContain("Sign in to Rapport");
    expect(text).not.toContain("SIGN IN TO RAPPORT");
    expect(text).not.toContain("It works once, for"); // the preview line is html-only
    expect(text.split(MagicLinkEmail.PreviewProps.url)).toHaveLength(2);
  });

  it("declares light and dark colour schemes and a phone-width layout", async () => {
    const { html } = await renderEmail(<MagicLinkEmail {...MagicLinkEmail.PreviewProps} />);
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(html).toContain("prefers-color-scheme: dark");
    expect(html).toContain("max-width:560px");
    expect(html).toContain("word-break:break-all");
  });

  it("describes long expiries in hours", async () => {
    const { text } = await renderEmail(
      <MagicLinkEmail url={magicLink} host="h.example" expiresInMinutes={1440} />,
    );
    expect(text).toContain("24 hours");
  });

  it("refuses a link that is not http(s)", async () => {
    await expect(
      renderEmail(<MagicLinkEmail url="javascript:alert(1)" host="h.example" expiresInMinutes={15} />),
    ).rejects.toThrow(/MagicLinkEmail url must be an http\(s\) URL/);
  });

  it("has a subject", () => {
    expect(magicLinkSubject(MagicLinkEmail.PreviewProps)).toBe("Your sign-in link for Rapport");
  });
});

describe("InvitationEmail", () => {
  const props = {
    inviterName: "Grace Hopper",
    organisationName: "Northwind",
    teamName: "Partnerships",
    acceptUrl: "https://rapport.example.com/invitations/tok_9f8e?via=email&x=1",
    expiresInDays: 7,
  };

  it("names the inviter, organisation and team, with the accept link and expiry", async () => {
    const { html, text } = await renderEmail(<InvitationEmail {...props} />);
    expect(html).toContain(`href="${inHtml(props.acceptUrl)}"`);
    expect(text).toContain(props.acceptUrl);
    for (const body of [html, text]) {
      expect(body).toContain("Grace Hopper");
      expect(body).toContain("the Partnerships team at Northwind");
      expect(body).toContain("7 days");
      expect(body).toContain("ignore this email");
    }
  });

  it("works without a team", async () => {
    const { text } = await renderEmail(<InvitationEmail {...props} teamName={undefined} expiresInDays={1} />);
    expect(text).toContain("has invited you to join Northwind.");
    expect(text).toContain("1 day.");
  });

  it("escapes names instead of injecting markup", async () => {
    const { html } = await renderEmail(<InvitationEmail {...props} inviterName="<b>Eve</b>" />);
    expect(html).not.toContain("<b>Eve</b>");
    expect(html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
  });

  it("has a subject naming the inviter and organisation", () => {
    expect(invitationSubject(props)).toBe("Grace Hopper invited you to Northwind on Rapport");
  });

  it("renders its preview props (what `email dev` shows)", async () => {
    const { text } = await renderEmail(<InvitationEmail {...InvitationEmail.PreviewProps} />);
    expect(text).toContain(InvitationEmail.PreviewProps.acceptUrl);
  });
});
