import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/components/ui/card";
import { countOf, NOUNS } from "~/components/words";
import { api } from "~/server/api";
import { refreshSourceAction, removeSourceAction, revokeFeedAction } from "../actions";
import { AddSourceForm, ImportFileForm, IssueFeedForm } from "./import-forms";

export const metadata: Metadata = { title: "Import and subscribe" };

const ago = (date: Date | null) => {
  if (!date) return "never";
  const minutes = Math.round((Date.now() - date.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${countOf(Math.round(hours / 24), NOUNS.day)} ago`;
};

export default async function CalendarsPage() {
  const caller = await api();
  const [me, org, sources, feeds] = await Promise.all([
    caller.me.get(),
    caller.organisation.get(),
    caller.calendar.sources(),
    caller.calendar.feeds(),
  ]);
  const teams =
    me.teams.length > 0 || org.myRole !== "admin"
      ? me.teams
      : (await caller.organisation.teams()).map((t) => ({ teamId: t.id, name: t.name }));
  const feedFor = (key: string) => feeds.find((f) => (f.kind === "mine" ? "mine" : f.teamId) === key);

  return (
    <>
      <p className="mb-3 text-sm">
        <Link href="/events" className="text-muted hover:text-ink">
          ← All events
        </Link>
      </p>
      <PageHeader
        title="Import and subscribe"
        description="Bring in events from calendars your communities already publish, and see your team's events in your own calendar app."
      />
      {teams.length === 0 ? (
        <EmptyState title="You are not in a team yet">
          Events are shared within a team; ask your admin to add you to one.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardHeader
              title="Upload a calendar file"
              description="Events are matched by their calendar ID, so importing the same file again updates them instead of adding copies."
            />
            <ImportFileForm teams={teams} />
          </Card>

          <Card>
            <CardHeader
              title="Follow a calendar"
              description="We re-read it every few hours and whenever you press Refresh."
            />
            <AddSourceForm teams={teams} />
            {sources.length > 0 ? (
              <ul className="mt-6 divide-y divide-line border-t border-line">
                {sources.map((s) => (
                  <li key={s.id} className="space-y-2 py-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{s.name ?? "Calendar"}</span>
                      <Badge
                        tone={s.lastStatus === "ok" ? "green" : s.lastStatus === "error" ? "red" : "neutral"}
                      >
                        {s.lastStatus === "ok"
                          ? "Up to date"
                          : s.lastStatus === "error"
                            ? "Problem"
                            : "Not read yet"}
                      </Badge>
                      <span className="text-xs text-muted">{s.teamName}</span>
                    </div>
                    <p className="break-all font-mono text-xs text-muted">{s.url}</p>
                    <p className="text-sm text-muted">
                      Read {ago(s.lastFetchedAt)}
                      {s.lastMessage ? ` · ${s.lastMessage}` : ""}
                    </p>
                    <div className="flex gap-2">
                      <form action={refreshSourceAction}>
                        <input type="hidden" name="sourceId" value={s.id} />
                        <Button type="submit" size="sm" variant="secondary">
                          Refresh now
                        </Button>
                      </form>
                      <form action={removeSourceAction}>
                        <input type="hidden" name="sourceId" value={s.id} />
                        <Button type="submit" size="sm" variant="ghost">
                          Stop following
                        </Button>
                      </form>
                    </div>
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>

          <Card className="lg:col-span-2">
            <CardHeader
              title="Subscribe in your calendar app"
              description="Private links for Google Calendar, Outlook or Apple Calendar (“add calendar from URL”). Anyone with a link can read that calendar, so keep it to yourself; get a new one any time and the old one stops working."
            />
            <ul className="divide-y divide-line">
              {[
                {
                  key: "mine",
                  teamId: undefined,
                  title: "My events",
                  description: "Events you're going to, plus your networking time once you've set it.",
                },
                ...teams.map((t) => ({
                  key: t.teamId,
                  teamId: t.teamId,
                  title: `${t.name} team events`,
                  description: "Everything your team has on its list, including cancellations.",
                })),
              ].map((row) => {
                const feed = feedFor(row.key);
                return (
                  <li key={row.key} className="grid gap-3 py-4 sm:grid-cols-[1fr_auto] sm:items-start">
                    <div className="min-w-0">
                      <p className="font-medium">{row.title}</p>
                      <p className="text-sm text-muted">{row.description}</p>
                      {feed ? (
                        <p className="mt-1 text-xs text-muted">
                          Link made {ago(feed.updatedAt)} · last read by a calendar {ago(feed.lastUsedAt)}
                        </p>
                      ) : null}
                      <div className="mt-3">
                        <IssueFeedForm teamId={row.teamId} label="Get my link" existing={Boolean(feed)} />
                      </div>
                    </div>
                    {feed ? (
                      <form action={revokeFeedAction}>
                        <input type="hidden" name="feedId" value={feed.id} />
                        <Button type="submit" size="sm" variant="danger">
                          Turn off link
                        </Button>
                      </form>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </Card>
        </div>
      )}
    </>
  );
}
