import { describe, expect, it } from "vitest";
import { renderEmail } from "../render";
import { DigestEmail, type DigestEmailProps } from "./digest-email";
import { InvitationEmail, invitationSubject } from "./invitation-email";
import { MagicLinkEmail, magicLinkSubject } from "./magic-link-email";
import { NudgeEmail, type NudgeEmailProps, nudgeSubject } from "./nudge-email";

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

describe("NudgeEmail", () => {
  const goals = [
    "Attend two industry events this quarter",
    "Meet 10 people outside my team",
    "Have coffee with someone from Sales",
    "Go to the Berlin partner summit",
    "Write to three old colleagues",
  ];
  const props: NudgeEmailProps = {
    managerName: "Maya Chen",
    memberName: "Priya Nair",
    teamName: "Partnerships",
    reason: "quiet",
    behindGoals: [],
    suggestion: "Book a 30-minute networking slot for Thursday",
    todayUrl: "https://rapport.example.com/today?from=nudge&team=t_1",
    goalsUrl: "https://rapport.example.com/goals",
    eventsUrl: "https://rapport.example.com/teams/t_1/events",
    settingsUrl: "https://rapport.example.com/settings/email",
  };
  const htmlTag = /<\/?[a-z][^>]*>/i;
  // React separates adjacent text with empty comments; a reader never sees them.
  const renderVisible = async (element: Parameters<typeof renderEmail>[0]) => {
    const { html, text } = await renderEmail(element);
    return { html: html.replaceAll("<!-- -->", ""), text };
  };

  for (const reason of ["quiet", "behind", "both"] as const) {
    it(`(${reason}) greets the member, names the manager and offers the suggestion and links`, async () => {
      const p = { ...props, reason, behindGoals: reason === "quiet" ? [] : goals.slice(0, 2) };
      expect(nudgeSubject(p)).toMatch(/^A nudge from Maya Chen: /);
      const { html, text } = await renderVisible(<NudgeEmail {...p} />);
      expect(html).toContain(`href="${inHtml(p.todayUrl)}"`);
      expect(text).toContain(`Open Rapport ${p.todayUrl}`);
      for (const body of [html, text]) {
        expect(body).toContain("Hi Priya Nair");
        expect(body).toContain("Maya Chen");
        expect(body).toContain("Book a 30-minute networking slot for Thursday.");
        expect(body).toContain(p.goalsUrl);
        expect(body).toContain(p.eventsUrl);
        expect(body).toContain(p.settingsUrl);
        expect(body).toContain("sees totals, never names");
        expect(body).toContain("send nudges on its own");
        expect(body).not.toMatch(/inactive|we noticed|monitor/i);
      }
      expect(text).not.toMatch(htmlTag);
    });
  }

  it("says it has been a while for a quiet member, without mentioning goals", async () => {
    const { html, text } = await renderVisible(<NudgeEmail {...props} behindGoals={goals} />);
    for (const body of [html, text]) {
      expect(body).toContain("since anything was logged");
      expect(body).toContain("easy way back in");
      for (const goal of goals) expect(body).not.toContain(goal);
      expect(body).not.toContain("behind pace");
    }
  });

  it("names the shared goals that are behind and says a small step counts", async () => {
    const { html, text } = await renderVisible(
      <NudgeEmail {...props} reason="behind" behindGoals={goals.slice(0, 2)} />,
    );
    for (const body of [html, text]) {
      expect(body).toContain(goals[0]);
      expect(body).toContain(goals[1]);
      expect(body).toContain("Partnerships team");
      expect(body).toContain("small step");
      expect(body).not.toContain("since anything was logged");
      expect(body).not.toContain("more with");
    }
  });

  it("shows at most three goals, then how many more", async () => {
    const { html, text } = await renderVisible(<NudgeEmail {...props} reason="behind" behindGoals={goals} />);
    for (const body of [html, text]) {
      for (const goal of goals.slice(0, 3)) expect(body).toContain(goal);
      for (const goal of goals.slice(3)) expect(body).not.toContain(goal);
      expect(body).toContain("and 2 more");
    }
  });

  it("combines both reasons in one paragraph", async () => {
    const { text } = await renderVisible(
      <NudgeEmail {...props} reason="both" behindGoals={goals.slice(0, 1)} />,
    );
    expect(text).toContain("since anything was logged");
    expect(text).toContain(
      `the goal you shared with the Partnerships team (“${goals[0]}”) is a little behind`,
    );
  });

  it("escapes goal titles and names instead of injecting markup", async () => {
    const { html } = await renderVisible(
      <NudgeEmail {...props} reason="behind" managerName="<b>Eve</b>" behindGoals={["<i>Grow</i>"]} />,
    );
    expect(html).not.toContain("<b>Eve</b>");
    expect(html).not.toContain("<i>Grow</i>");
    expect(html).toContain("&lt;i&gt;Grow&lt;/i&gt;");
  });

  it("shows the manager's note, line by line and escaped, and nothing when it is blank", async () => {
    const note = "Saw the <b>launch</b> ate your week.\nFancy the meetup on Thursday?";
    const { html, text } = await renderVisible(<NudgeEmail {...props} note={note} />);
    expect(html).toContain("Maya Chen added a note:");
    expect(html).toContain(
      "Saw the &lt;b&gt;launch&lt;/b&gt; ate your week.<br/>Fancy the meetup on Thursday?",
    );
    expect(html).not.toContain("<b>launch</b>");
    expect(text).toContain("Maya Chen added a note:");
    expect(text).toContain("Saw the <b>launch</b> ate your week.\nFancy the meetup on Thursday?");
    for (const blank of ["", "  \n ", null]) {
      const plain = await renderVisible(<NudgeEmail {...props} note={blank} />);
      expect(plain.text).not.toContain("added a note");
    }
  });

  it("refuses links that are not absolute http(s), naming the prop", async () => {
    await expect(renderEmail(<NudgeEmail {...props} goalsUrl="javascript:alert(1)" />)).rejects.toThrow(
      /NudgeEmail goalsUrl must be an http\(s\) URL/,
    );
    await expect(renderEmail(<NudgeEmail {...props} todayUrl="/today" />)).rejects.toThrow(
      /NudgeEmail todayUrl must be an absolute http\(s\) URL/,
    );
    await expect(renderEmail(<NudgeEmail {...props} settingsUrl="mailto:x@example.com" />)).rejects.toThrow(
      /NudgeEmail settingsUrl/,
    );
    await expect(renderEmail(<NudgeEmail {...props} eventsUrl="" />)).rejects.toThrow(/NudgeEmail eventsUrl/);
  });

  it("refuses empty names, team or suggestion, naming the prop", async () => {
    for (const prop of ["managerName", "memberName", "teamName", "suggestion"] as const) {
      await expect(renderEmail(<NudgeEmail {...props} {...{ [prop]: "  " }} />)).rejects.toThrow(
        `NudgeEmail ${prop} must not be empty`,
      );
    }
  });

  it("refuses behind or both without a goal to name", async () => {
    for (const reason of ["behind", "both"] as const) {
      await expect(renderEmail(<NudgeEmail {...props} reason={reason} behindGoals={[]} />)).rejects.toThrow(
        /NudgeEmail behindGoals/,
      );
      await expect(
        renderEmail(<NudgeEmail {...props} reason={reason} behindGoals={[" "]} />),
      ).rejects.toThrow(/NudgeEmail behindGoals/);
    }
  });

  it("renders its preview props (what `email dev` shows)", async () => {
    const { text } = await renderVisible(<NudgeEmail {...NudgeEmail.PreviewProps} />);
    expect(text).toContain(NudgeEmail.PreviewProps.todayUrl);
    expect(text).toContain("Hi Priya, a friendly nudge from Maya Chen");
  });
});

describe("DigestEmail", () => {
  it("gives the coaching tip box a dark background in dark mode, so its light text stays readable", async () => {
    const props = DigestEmail.PreviewProps as DigestEmailProps;
    expect(props.digest.kind === "employee" && props.digest.tip).toBeTruthy();
    const { html } = await renderEmail(DigestEmail(props));
    expect(html).toMatch(/class="rp-ink rp-tip"/);
    expect(html).toMatch(/\.rp-tip \{ background-color: #1f3a33 !important; \}/);
  });
});
