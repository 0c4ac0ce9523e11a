// The plain-text body is read from the html by our own converter (plain-text.ts). Readers of the text
// part must get what html-to-text gave them before, so html-to-text (a dev dependency now, used only
// here) is the reference: every template, in every shape the tests know, must come out the same.
/// <reference path="./html-to-text.d.ts" />
import { composeDigest, sampleDigestInput } from "@rapport/domain/digest";
import { compile } from "html-to-text";
import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { htmlToPlainText } from "./plain-text";
import { renderEmail, renderHtml } from "./render";
import { DigestEmail, type DigestEmailProps } from "./templates/digest-email";
import type { DigestItemLinks } from "./templates/digest-parts";
import { IntroEmail, type IntroEmailProps } from "./templates/intro-email";
import { InvitationEmail } from "./templates/invitation-email";
import { InvitationRequestEmail } from "./templates/invitation-request-email";
import { MagicLinkEmail } from "./templates/magic-link-email";
import { ManagerDigestEmail, type ManagerDigestEmailProps } from "./templates/manager-digest-email";
import { NudgeEmail, type NudgeEmailProps } from "./templates/nudge-email";

/** The conversion renderEmail used until our own replaced it (the options it was compiled with). */
const reference = compile({
  wordwrap: false,
  selectors: [
    { selector: "img", format: "skip" },
    { selector: "[data-skip-in-text=true]", format: "skip" },
    { selector: "a", options: { linkBrackets: false, hideLinkHrefIfSameAsText: true } },
    ...["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
});

const links = {
  appUrl: "https://rapport.example.com/today",
  preferencesUrl: "https://rapport.example.com/settings/digest",
  unsubscribeUrl: "https://rapport.example.com/api/unsubscribe/tok.en_-9?a=1&b=2",
};
const now = new Date("2026-11-25T09:00:00Z");
const person = { name: "Chloé O'Brien <Ops>", email: "c@example.com", timeZone: "Europe/London" };

/** A composed digest with a page and signed actions for each item, as the sender builds them. */
function digestWithLinks(variant: number): DigestEmailProps {
  const digest = composeDigest(sampleDigestInput(now, person, "2026-W48", variant));
  if (digest.kind !== "employee") throw new Error("expected an employee digest");
  const items: DigestItemLinks = { followUps: {}, events: {}, goals: {}, intros: {} };
  const followUps = [...(digest.followUps?.overdue ?? []), ...(digest.followUps?.thisWeek ?? [])];
  followUps.forEach((f, i) => {
    const id = f.id ?? `f${i}`;
    f.id = id;
    if (i % 2 === 0 && items.followUps)
      items.followUps[id] = {
        open: `https://rapport.example.com/people/c${i}`,
        done: `https://rapport.example.com/act/done-${i}?x=1&y=2`,
        snooze: `https://rapport.example.com/act/snooze-${i}`,
      };
  });
  digest.events.forEach((e, i) => {
    const id = e.id ?? `e${i}`;
    e.id = id;
    if (items.events)
      items.events[id] = {
        open: `https://rapport.example.com/events/${id}`,
        ...(i % 2 ? {} : { going: `https://rapport.example.com/act/going-${i}` }),
      };
  });
  digest.goals.forEach((g, i) => {
    const id = g.id ?? `g${i}`;
    g.id = id;
    if (items.goals) items.goals[id] = { open: `https://rapport.example.com/goals/${id}` };
  });
  return { digest, links, items };
}

const intro: IntroEmailProps = {
  memberName: "Sam",
  programmeName: "Coffee roulette",
  colleagueNames: ["Ana Lima", "Ben Carter"],
  why: "You both work on partnerships & enjoy a good café.",
  starters: ["Ask Ana about the Lisbon summit", "Ask Ben what <em>he</em> reads"],
  todayUrl: "https://rapport.example.com/today#intro-1",
  slotWords: "Tue 3 Mar, 15:00–15:30",
};
const nudge = NudgeEmail.PreviewProps as NudgeEmailProps;
const managerPreview = ManagerDigestEmail.PreviewProps as ManagerDigestEmailProps;

const emails: [string, ReactElement][] = [
  ["weekly digest (preview)", <DigestEmail key="d" {...(DigestEmail.PreviewProps as DigestEmailProps)} />],
  ...[0, 1, 2, 3, 4, 5, 6].map((variant): [string, ReactElement] => [
    `weekly digest, composed (variant ${variant})`,
    <DigestEmail key={variant} {...digestWithLinks(variant)} />,
  ]),
  ["weekly digest without item links", <DigestEmail key="p" {...digestWithLinks(2)} items={undefined} />],
  ["manager digest (preview)", <ManagerDigestEmail key="m" {...managerPreview} />],
  [
    "manager digest with member pages and a quiet team",
    <ManagerDigestEmail
      key="m2"
      {...managerPreview}
      digest={{
        ...managerPreview.digest,
        teams: [
          {
            ...(managerPreview.digest.teams[0] as ManagerDigestEmailProps["digest"]["teams"][number]),
            nudges: [
              { userId: "u1", name: "Priya Nair", reason: "1 shared goal behind" },
              { name: "Tom Becker", reason: "nothing logged for 23 days" },
            ],
          },
          {
            ...(managerPreview.digest.teams[0] as ManagerDigestEmailProps["digest"]["teams"][number]),
            name: "Sales & Ops",
            nudges: [],
          },
        ],
      }}
      items={{ members: { u1: "https://rapport.example.com/team/t1/members/u1" } }}
    />,
  ],
  ["sign-in link", <MagicLinkEmail key="l" {...MagicLinkEmail.PreviewProps} />],
  ["invitation", <InvitationEmail key="i" {...InvitationEmail.PreviewProps} />],
  [
    "invitation without a team",
    <InvitationEmail key="i2" {...InvitationEmail.PreviewProps} teamName={undefined} expiresInDays={1} />,
  ],
  ["invitation request", <InvitationRequestEmail key="r" {...InvitationRequestEmail.PreviewProps} />],
  ["nudge (preview)", <NudgeEmail key="n" {...nudge} />],
  ["nudge, quiet, no note", <NudgeEmail key="n2" {...nudge} reason="quiet" behindGoals={[]} note={null} />],
  [
    "nudge, behind on many goals",
    <NudgeEmail key="n3" {...nudge} reason="behind" behindGoals={["A", "B & C", "D", "E", "F"]} />,
  ],
  ["intro", <IntroEmail key="t" {...intro} />],
  [
    "intro without a common slot, one colleague",
    <IntroEmail key="t2" {...intro} slotWords={null} colleagueNames={["Ana"]} />,
  ],
];

describe("htmlToPlainText", () => {
  it.each(emails)("gives the %s the text html-to-text gave", async (_, element) => {
    const { html, text } = await renderEmail(element);
    expect(text.length).toBeGreaterThan(200);
    expect(text).toBe(reference(html));
  });

  it("writes every paragraph and every link's url, and leaves out images, previews and skipped parts", async () => {
    const html = await renderHtml(<MagicLinkEmail {...MagicLinkEmail.PreviewProps} />);
    const text = htmlToPlainText(html);
    expect(text).toContain(`Sign in ${MagicLinkEmail.PreviewProps.url}`);
    expect(text).not.toContain("copy this link");
    expect(text).not.toContain("It works once, for");
    expect(text).not.toContain("<");
  });

  const cases: [string, string][] = [
    [
      "a link whose label is its url",
      '<body><p>See <a href="https://x.test/a">https://x.test/a</a>.</p></body>',
    ],
    [
      "a link with a label",
      '<body><p><a href="https://x.test/?a=1&amp;b=2">Open <b>it</b></a> now</p></body>',
    ],
    [
      "tags in capitals and attributes on new lines",
      '<body><P><A HREF="https://x.test/a">one</A> <a\nhref="https://x.test/b">two</a></P></body>',
    ],
    ["a mailto link", '<body><p>Write to <a href="mailto:a@x.test">a@x.test</a></p></body>'],
    ["an in-page link", '<body><p><a href="#top">Back to top</a></p></body>'],
    [
      "a link around an image",
      '<body><p>Logo<a href="https://x.test"><img src="a.png" alt="A"/></a></p></body>',
    ],
    [
      "entities",
      "<body><p>Tom &amp; Jerry &lt;3 &quot;cheese&quot; &#x27;n&#x27; &#8212; &nbsp;ok</p></body>",
    ],
    ["white space", "<body><p>  one \n\t two<span> three</span><span>four </span> five\u200bsix </p></body>"],
    ["line breaks", "<body><p>first<br/>second<br/><br/>third</p></body>"],
    ["headings", "<body><h1>Big</h1><p>x</p><h2>Middle</h2><h3>Small</h3><p>y</p></body>"],
    [
      "rules and nested blocks",
      "<body><div><table><tbody><tr><td><hr/><p>a</p></td></tr></tbody></table>b</div><p></p><p>c</p></body>",
    ],
    [
      "skipped parts",
      '<body><div data-skip-in-text="true"><p>hidden</p></div><p data-skip-in-text="false">shown</p><p>end</p></body>',
    ],
    [
      "comments and styles",
      "<body><!--[if mso]><i>x</i><![endif]--><style>p{color:red}</style><p>a<!-- -->b</p></body>",
    ],
    ["text outside the body", "<html><head><title>T</title></head><body><p>only this</p></body></html>"],
    ["no body", "<p>para</p>text"],
  ];

  it.each(cases)("handles %s as html-to-text does", (_, html) => {
    expect(htmlToPlainText(html)).toBe(reference(html));
  });

  it("keeps every heading as written, where html-to-text put the smaller ones in capitals", () => {
    expect(htmlToPlainText("<body><h4>Next steps</h4><h6>Small print</h6></body>")).toBe(
      "Next steps\n\nSmall print",
    );
  });

  it("refuses layouts no template uses rather than guessing at them", () => {
    expect(() => htmlToPlainText("<body><ul><li>a</li></ul></body>")).toThrow(/<ul> is not supported/);
  });
});
