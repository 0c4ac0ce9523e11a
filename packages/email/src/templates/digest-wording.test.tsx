import { composeDigest, composeManagerDigest } from "@rapport/domain/digest";
import { describe, expect, it } from "vitest";
import { renderEmail } from "../render";
import { DigestEmail } from "./digest-email";
import { ManagerDigestEmail } from "./manager-digest-email";

const links = {
  appUrl: "https://rapport.example.com/today",
  preferencesUrl: "https://rapport.example.com/settings/digest",
  unsubscribeUrl: "https://rapport.example.com/api/unsubscribe/t",
};
const isoDate = /\b\d{4}-\d{2}-\d{2}\b|\d{4}-W\d{2}/;
// Sunday 6 Dec 2026 in London.
const now = new Date("2026-12-06T10:00:00Z");

function employee(lastWeek: {
  peopleMet: number;
  conversations: number;
  followUpsDone: number;
  eventsAttended: number;
}) {
  return composeDigest({
    person: { name: "Sam Okafor", email: "sam@example.test", timeZone: "Europe/London" },
    weekKey: "2026-W49",
    now,
    followUps: [{ id: "f1", contactId: "c1", contactName: "Ana Lima", dueOn: "2026-12-07" }],
    upcomingEvents: [{ id: "e1", title: "Breakfast", startsOn: "2026-12-10", going: [], readerGoing: false }],
    lastWeek,
  });
}

describe("DigestEmail wording", () => {
  it("says 1 person met, 1 conversation, 1 follow-up done, 1 event attended", async () => {
    const { html, text } = await renderEmail(
      <DigestEmail
        digest={employee({ peopleMet: 1, conversations: 1, followUpsDone: 1, eventsAttended: 1 })}
        links={links}
      />,
    );
    for (const body of [html, text]) {
      expect(body).toContain("1 person met · 1 conversation · 1 follow-up done · 1 event attended");
      expect(body).not.toMatch(/1 people|1 follow-ups|1 events|1 conversations/);
    }
  });

  it("says 2 people met and 0 events attended", async () => {
    const { text } = await renderEmail(
      <DigestEmail
        digest={employee({ peopleMet: 2, conversations: 0, followUpsDone: 3, eventsAttended: 0 })}
        links={links}
      />,
    );
    expect(text).toContain("2 people met · 0 conversations · 3 follow-ups done · 0 events attended");
  });

  it("dates read 'due tomorrow' and 'Thu 10 Dec', never ISO", async () => {
    const { html, text } = await renderEmail(
      <DigestEmail
        digest={employee({ peopleMet: 0, conversations: 0, followUpsDone: 0, eventsAttended: 0 })}
        links={links}
      />,
    );
    expect(text).toContain("Ana Lima · due tomorrow");
    expect(text).toContain("Thu 10 Dec");
    expect(text).not.toMatch(isoDate);
    expect(html.replace(/href="[^"]*"/g, "")).not.toMatch(isoDate);
  });

  it("links each item to its page and carries Done, Snooze a week and I'm going", async () => {
    const items = {
      followUps: {
        f1: {
          open: "https://rapport.example.com/people/c1",
          done: "https://rapport.example.com/act/done-token",
          snooze: "https://rapport.example.com/act/snooze-token",
        },
      },
      events: {
        e1: {
          open: "https://rapport.example.com/events/e1",
          going: "https://rapport.example.com/act/going-token",
        },
      },
    };
    const { html } = await renderEmail(
      <DigestEmail
        digest={employee({ peopleMet: 0, conversations: 0, followUpsDone: 0, eventsAttended: 0 })}
        links={links}
        items={items}
      />,
    );
    expect(html).toMatch(/href="https:\/\/rapport.example.com\/people\/c1"[^>]*>.*Ana Lima/);
    expect(html).toMatch(/href="https:\/\/rapport.example.com\/act\/done-token"[^>]*>Done</);
    expect(html).toMatch(/href="https:\/\/rapport.example.com\/act\/snooze-token"[^>]*>Snooze a week</);
    expect(html).toMatch(/href="https:\/\/rapport.example.com\/act\/going-token"[^>]*>I&#x27;m going</);
    expect(html).toContain("work for 14 days, for you only");
  });

  it("refuses an item link that is not a web link", async () => {
    await expect(
      renderEmail(
        <DigestEmail
          digest={employee({ peopleMet: 0, conversations: 0, followUpsDone: 0, eventsAttended: 0 })}
          links={links}
          items={{ followUps: { f1: { open: "javascript:alert(1)" } } }}
        />,
      ),
    ).rejects.toThrow(/http/);
  });
});

describe("ManagerDigestEmail wording", () => {
  it("counts in words and links the names to member pages", async () => {
    const digest = composeManagerDigest({
      manager: { name: "Maya Chen", email: "maya@example.test", timeZone: "Europe/London" },
      weekKey: "2026-W49",
      teams: [
        {
          id: "t1",
          name: "Partnerships",
          members: [
            {
              userId: "u1",
              name: "Priya Nair",
              activitiesLastWeek: 1,
              overdueFollowUps: 0,
              sharedGoalsBehind: 1,
              nudge: "behind",
              daysSinceActivity: 1,
            },
          ],
          eventsNext14Days: 1,
          eventsCovered: 0,
          sharedGoals: 1,
          sharedGoalsOnTrack: 0,
        },
      ],
    });
    const { html, text } = await renderEmail(
      <ManagerDigestEmail
        digest={digest}
        links={links}
        items={{ members: { u1: "https://rapport.example.com/team/t1/members/u1" } }}
      />,
    );
    expect(text).toContain("1 of 1 member logged networking last week (1 activity in all)");
    expect(text).toContain("1 team event in the next two weeks");
    expect(text).toContain("1 shared goal behind");
    expect(html).toMatch(/href="https:\/\/rapport.example.com\/team\/t1\/members\/u1"[^>]*>Priya Nair</);
  });
});
