import { getBarrier, pickSuggestedAction, pickTip } from "../barriers";
import { dueInWeekAhead, groupDue } from "../followups";
import { goalPace, PACE_WORDS } from "../goals";
import { addDays, daysBetween, localDate } from "../time";
import { countOf, DEFAULT_LOCALE, dayWords, NOUNS, safeLocale, weekStartOf } from "../words";
import { introItems } from "./intros";
import type { DigestInput, DigestSectionId, EmployeeDigest, PaceLabel } from "./types";

/** Follow-ups listed by name; the rest are counted ("and 3 more"). */
export const FOLLOW_UPS_SHOWN = 5;
/** Events this many days ahead (today included) make the digest. */
export const EVENT_HORIZON_DAYS = 14;

/**
 * The personal weekly digest, from plain data. Sections without data are empty; the tip and the
 * suggested action are always computed when a barrier profile exists.
 */
export function composeDigest(input: DigestInput): EmployeeDigest {
  const { person, weekKey, now } = input;
  const locale = safeLocale(person.locale);
  const hidden = new Set<DigestSectionId>(input.hiddenSections ?? []);
  const today = localDate(now, person.timeZone);
  const firstName = firstNameOf(person.name, person.email);

  const weekStart = weekStartOf(locale);
  const due = groupDue(input.followUps ?? [], today, weekStart);
  const dueNow = dueInWeekAhead(due, today, weekStart);
  const shown = dueNow.slice(0, FOLLOW_UPS_SHOWN);
  const label = (f: (typeof dueNow)[number]) => ({
    ...(f.id ? { id: f.id } : {}),
    ...(f.contactId ? { contactId: f.contactId } : {}),
    contactName: f.contactName,
    dueOn: f.dueOn,
    dueLabel: dueLabel(f.dueOn, today, locale),
    ...(f.reason ? { reason: f.reason } : {}),
  });
  const followUps =
    dueNow.length === 0 || hidden.has("followUps")
      ? null
      : {
          overdue: shown.filter((f) => f.dueOn < today).map(label),
          thisWeek: shown.filter((f) => f.dueOn >= today).map(label),
          more: dueNow.length - shown.length,
        };

  const horizon = addDays(today, EVENT_HORIZON_DAYS - 1);
  const events = (hidden.has("events") ? [] : (input.upcomingEvents ?? []))
    .filter((e) => e.startsOn >= today && e.startsOn <= horizon)
    .sort((a, b) => (a.startsOn + (a.startsAt ?? "")).localeCompare(b.startsOn + (b.startsAt ?? "")))
    .map((e) => ({
      ...(e.id ? { id: e.id } : {}),
      title: e.title,
      when: `${dayLabel(e.startsOn, locale)}${e.startsAt ? `, ${e.startsAt}` : ""}`,
      ...(e.location ? { location: e.location } : {}),
      going: goingLabel(e.going, e.readerGoing),
      readerGoing: e.readerGoing,
      ...(e.readerRsvp !== undefined ? { readerRsvp: e.readerRsvp } : {}),
    }));

  const goals = (hidden.has("goals") ? [] : (input.goals ?? []))
    .filter((g) => g.status !== "archived")
    .map((g) => {
      const pace = goalPace(g, g.progress, now, person.timeZone);
      return {
        ...(g.id ? { id: g.id } : {}),
        title: g.title,
        percent: Math.min(pace.percent, 100),
        pace: PACE_WORDS[pace.state],
        progress: g.progress,
        target: g.target,
        ...(g.manual !== undefined ? { manual: g.manual } : {}),
      };
    })
    // Behind and overdue first: they are what this week can change.
    .sort((a, b) => paceRank(a.pace) - paceRank(b.pace));

  const lastWeek =
    input.lastWeek && !hidden.has("lastWeek")
      ? {
          ...input.lastWeek,
          total:
            input.lastWeek.peopleMet +
            input.lastWeek.conversations +
            input.lastWeek.followUpsDone +
            input.lastWeek.eventsAttended,
        }
      : null;

  const tip =
    input.topBarrier && !hidden.has("tip")
      ? (() => {
          const picked = pickTip(input.topBarrier.barrierId, weekKey, input.topBarrier.tipHistory);
          return {
            id: picked.id,
            text: picked.text,
            barrierTitle: getBarrier(input.topBarrier.barrierId).title,
          };
        })()
      : null;
  const action =
    input.profile && !hidden.has("action") ? pickSuggestedAction(input.profile, weekKey).action : null;

  const digest: EmployeeDigest = {
    kind: "employee",
    weekKey,
    firstName,
    locale,
    subject: "",
    preview: "",
    followUps,
    events,
    goals,
    lastWeek,
    tip,
    action: action ? { id: action.id, text: action.text } : null,
    introRequests: introRequestLines(input.introRequests, locale),
    intros: introItems(input.intros, today),
    useful: false,
  };
  digest.useful = isUseful(digest);
  digest.subject = subjectFor(digest);
  digest.preview = previewFor(digest);
  return digest;
}

/**
 * Worth an email: something to act on or to see. That is a follow-up due or overdue, a team event in
 * the next two weeks, a goal still in play, or anything logged last week. A coaching tip and a
 * suggested action alone are not: they would arrive every week whether or not anything happened,
 * and a digest that says nothing about you teaches people to ignore it.
 */
export function isUseful(digest: EmployeeDigest): boolean {
  return (
    digest.followUps !== null ||
    digest.events.length > 0 ||
    digest.goals.some((g) => g.pace !== "done") ||
    (digest.lastWeek?.total ?? 0) > 0 ||
    (digest.introRequests?.length ?? 0) > 0 ||
    (digest.intros?.length ?? 0) > 0
  );
}

function subjectFor(d: EmployeeDigest): string {
  const dueCount = d.followUps
    ? d.followUps.overdue.length + d.followUps.thisWeek.length + d.followUps.more
    : 0;
  if (dueCount > 0) {
    return `Your week in networking: ${countOf(dueCount, NOUNS.followUp, d.locale)} to send`;
  }
  if (d.events.length > 0) {
    return `Your week in networking: ${countOf(d.events.length, NOUNS.teamEvent, d.locale)} coming up`;
  }
  return "Your week in networking";
}

function previewFor(d: EmployeeDigest): string {
  const parts: string[] = [];
  const behind = d.goals.filter((g) => g.pace === "behind" || g.pace === "overdue").length;
  if (d.followUps?.overdue.length) parts.push(`${d.followUps.overdue.length} overdue`);
  if (d.events[0]) parts.push(`next up: ${d.events[0].title}`);
  if (behind > 0) parts.push(`${countOf(behind, NOUNS.goal, d.locale)} to catch up on`);
  else if (d.goals.length > 0) parts.push("goals on track");
  if (d.introRequests?.[0]) parts.push(d.introRequests[0]);
  const intro = d.intros?.[0];
  if (intro) parts.push(lowerFirst(intro.line).replace(/\?$/, ""));
  if (d.action) parts.push(`try this: ${lowerFirst(d.action.text)}`);
  return parts.length > 0
    ? `${capitalise(parts.join(" · "))}.`
    : "What to do this week to keep your network warm.";
}

/** "1 intro request waiting for you", "2 intro requests accepted: log the person once you meet". */
function introRequestLines(counts: DigestInput["introRequests"], locale: string): string[] {
  const lines: string[] = [];
  if (counts?.waitingForMe)
    lines.push(`${countOf(counts.waitingForMe, NOUNS.introRequest, locale)} waiting for you`);
  if (counts?.acceptedForMe)
    lines.push(
      `${countOf(counts.acceptedForMe, NOUNS.introRequest, locale)} of yours accepted: add the person once you meet`,
    );
  return lines;
}

function paceRank(pace: PaceLabel): number {
  return ["overdue", "behind", "not started", "on track", "ahead", "done"].indexOf(pace);
}

export function firstNameOf(name: string | null, email: string): string {
  const first = name?.trim().split(/\s+/)[0];
  return first || email.split("@")[0] || "there";
}

/** "Tue 24 Nov" in en-GB; the person's locale orders it their way. */
export function dayLabel(date: string, locale: string = DEFAULT_LOCALE): string {
  return dayWords(date, locale);
}

/** "today", "due tomorrow", "1 day overdue", "due Fri 27 Nov". */
export function dueLabel(dueOn: string, today: string, locale: string = DEFAULT_LOCALE): string {
  const days = daysBetween(dueOn, today);
  if (days === 0) return "today";
  if (days > 0) return `${countOf(days, NOUNS.day, locale)} overdue`;
  if (days === -1) return "due tomorrow";
  return `due ${dayLabel(dueOn, locale)}`;
}

function goingLabel(going: readonly string[], readerGoing: boolean): string {
  const others = going.length;
  if (others === 0) return readerGoing ? "You're going" : "Nobody from the team yet";
  const names = others <= 3 ? joinNames(going) : `${joinNames(going.slice(0, 2))} and ${others - 2} more`;
  return readerGoing ? `You and ${names}` : `${names} ${others === 1 ? "is" : "are"} going`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
