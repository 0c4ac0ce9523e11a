// Every procedure of the router with the rung it stands on and a valid input naming organisation A's
// records (see testing.ts twoOrganisations). The access test and the privacy test both walk it.

import type { Database } from "@rapport/db";
import { ASSESSMENT_STATEMENTS } from "@rapport/domain/barriers";
import type { TwoOrganisations } from "./testing";
import type { Access } from "./trpc";

const inTwoMonths = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
const eventFormFixture = {
  title: "Beta conference",
  kind: "conference",
  allDay: true,
  startDate: inTwoMonths,
  endDate: inTwoMonths,
  timeZone: "UTC",
  tags: ["ai"],
};

/**
 * Every procedure of the router, with the rung it must stand on and a valid input that points at
 * organisation A's records. A procedure missing here fails the first test, so none ships unchecked.
 */
export const procedureTable: Record<string, { access: Access; input?: (f: TwoOrganisations) => unknown }> = {
  "system.info": { access: "public" },
  "me.get": { access: "authed" },
  "me.updateProfile": { access: "authed", input: () => ({ name: "New Name", timeZone: "Europe/Paris" }) },
  "me.signOutEverywhere": { access: "authed" },
  "card.mine": { access: "authed" },
  "card.update": {
    access: "authed",
    input: () => ({ name: "Ada Admin", company: "Org A", email: "ada@example.test", shown: ["company"] }),
  },
  "card.setLink": { access: "authed", input: () => ({ on: false }) },
  "card.public": { access: "public", input: (f) => ({ token: f.cardTokenA }) },
  "organisation.create": { access: "authed", input: () => ({ name: "Another Org", timeZone: "UTC" }) },
  "organisation.get": { access: "orgMember" },
  "organisation.setupChecklist": { access: "orgAdmin" },
  "organisation.teams": { access: "orgMember" },
  "organisation.update": {
    access: "orgAdmin",
    input: () => ({ name: "Renamed", timeZone: "UTC", digestDay: 2, digestHour: 9 }),
  },
  "organisation.createTeam": { access: "orgAdmin", input: () => ({ name: "Gamma" }) },
  "organisation.renameTeam": { access: "orgAdmin", input: (f) => ({ teamId: f.teamA.id, name: "Alpha 2" }) },
  "organisation.deleteTeam": { access: "orgAdmin", input: (f) => ({ teamId: f.teamA.id }) },
  "organisation.directory": {
    access: "orgAdmin",
    input: (f) => ({ search: "alpha", team: f.teamA.id, page: 1 }),
  },
  "organisation.setRole": { access: "orgAdmin", input: (f) => ({ userId: f.employeeA.id, role: "admin" }) },
  "organisation.placeInTeam": {
    access: "orgAdmin",
    input: (f) => ({ userId: f.employeeA.id, teamId: f.teamA.id, role: "manager" }),
  },
  "organisation.removeFromTeam": {
    access: "orgAdmin",
    input: (f) => ({ userId: f.employeeA.id, teamId: f.teamA.id }),
  },
  "organisation.removeMember": { access: "orgAdmin", input: (f) => ({ userId: f.employeeA.id }) },
  "sso.domains": { access: "orgAdmin" },
  // adminA's address is at example.test (see testing.ts makeUser).
  "sso.declareDomain": { access: "orgAdmin", input: () => ({ domain: "example.test", policy: "required" }) },
  "sso.removeDomain": { access: "orgAdmin", input: (f) => ({ domainId: f.ssoDomainA.id }) },
  "team.roster": { access: "teamManager", input: (f) => ({ teamId: f.teamA.id }) },
  "invitations.list": { access: "orgAdmin" },
  "invitations.previewBulk": {
    access: "orgAdmin",
    input: () => ({ text: "one@example.test, Two <two@example.test>" }),
  },
  "invitations.createBulk": {
    access: "orgAdmin",
    input: () => ({ text: "one@example.test\nnot-an-address" }),
  },
  "invitations.create": { access: "orgAdmin", input: () => ({ email: "someone@example.test" }) },
  "invitations.resend": { access: "orgAdmin", input: (f) => ({ invitationId: f.invitation.id }) },
  "invitations.revoke": { access: "orgAdmin", input: (f) => ({ invitationId: f.invitation.id }) },
  "invitations.preview": { access: "public", input: (f) => ({ token: f.inviteToken }) },
  "invitations.requestRenewal": { access: "public", input: (f) => ({ token: f.inviteToken }) },
  "invitations.accept": { access: "authed", input: (f) => ({ token: f.inviteToken }) },
  "digest.preferences": { access: "orgMember" },
  "digest.updatePreferences": { access: "orgMember", input: () => ({ enabled: true, day: 2, hour: 9 }) },
  "digest.preview": { access: "orgMember" },
  "digest.thisWeek": { access: "orgMember" },
  "digest.runs": { access: "orgAdmin" },
  "intros.mine": { access: "orgMember" },
  "intros.myIntros": { access: "orgMember" },
  "intros.setParticipation": {
    access: "orgMember",
    input: (f) => ({
      programmeId: f.introProgramme.id,
      joined: true,
      awayUntil: null,
      doNotPair: [f.employeeA.id],
      interests: ["chess"],
      offers: ["mentoring"],
    }),
  },
  "intros.colleagues": {
    access: "orgMember",
    input: (f) => ({ programmeId: f.introProgramme.id, q: "a", ids: [f.employeeA.id] }),
  },
  "intros.checkIn": { access: "orgMember", input: (f) => ({ groupId: f.introGroup.groupId, answer: "met" }) },
  "intros.managed": { access: "orgMember" },
  "intros.save": {
    access: "orgMember",
    input: () => ({
      name: "Lunch roulette",
      teamIds: [],
      mode: "cross-team",
      groupSize: 3,
      cadenceWeeks: 4,
      weekday: 4,
      active: true,
    }),
  },
  "intros.stats": { access: "orgMember", input: (f) => ({ programmeId: f.introProgramme.id }) },
  "intros.runNow": { access: "orgMember", input: (f) => ({ programmeId: f.introProgramme.id }) },
  "dashboard.teams": { access: "orgMember" },
  "dashboard.teamSummaries": { access: "orgMember" },
  "dashboard.team": { access: "teamManager", input: (f) => ({ teamId: f.teamA.id }) },
  "dashboard.member": {
    access: "teamManager",
    input: (f) => ({ teamId: f.teamA.id, userId: f.employeeA.id }),
  },
  "dashboard.exportCsv": {
    access: "teamManager",
    input: (f) => ({ teamId: f.teamA.id, from: "2026-01-01" }),
  },
  // employeeA joined team Alpha two months ago and has logged nothing: a nudge is due.
  "dashboard.nudge": {
    access: "teamManager",
    input: (f) => ({ teamId: f.teamA.id, userId: f.employeeA.id }),
  },
  "dashboard.nudgePreview": {
    access: "teamManager",
    input: (f) => ({ teamId: f.teamA.id, userId: f.employeeA.id, note: "Coffee on Thursday?" }),
  },
  "dashboard.organisation": { access: "orgAdmin" },
  "invitations.acceptById": { access: "authed", input: (f) => ({ invitationId: f.invitation.id }) },
  "events.list": { access: "orgMember", input: () => ({ view: "upcoming" }) },
  "events.get": { access: "orgMember", input: (f) => ({ eventId: f.event.id }) },
  "events.create": { access: "orgMember", input: (f) => ({ teamId: f.teamA.id, ...eventFormFixture }) },
  "events.update": { access: "orgMember", input: (f) => ({ eventId: f.event.id, ...eventFormFixture }) },
  "events.cancel": { access: "orgMember", input: (f) => ({ eventId: f.event.id }) },
  "events.rsvp": { access: "orgMember", input: (f) => ({ eventId: f.event.id, status: "going" }) },
  "calendar.importFile": {
    access: "orgMember",
    input: (f) => ({ teamId: f.teamA.id, content: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n" }),
  },
  "calendar.sources": { access: "orgMember" },
  "calendar.addSource": {
    access: "orgMember",
    input: (f) => ({ teamId: f.teamA.id, url: "https://other.example.org/cal.ics" }),
  },
  "calendar.refreshSource": { access: "orgMember", input: (f) => ({ sourceId: f.calendarSource.id }) },
  "calendar.removeSource": { access: "orgMember", input: (f) => ({ sourceId: f.calendarSource.id }) },
  "calendar.feeds": { access: "orgMember" },
  "calendar.issueFeed": { access: "orgMember", input: () => ({ kind: "mine" }) },
  "calendar.revokeFeed": { access: "orgMember", input: (f) => ({ feedId: f.feed.feedId }) },
  "calendar.eventFile": { access: "orgMember", input: (f) => ({ eventId: f.event.id }) },
  "goals.overview": { access: "orgMember" },
  "goals.get": { access: "orgMember", input: (f) => ({ goalId: f.goal.id }) },
  "goals.create": {
    access: "orgMember",
    input: () => ({
      title: "Meet five people",
      metric: "people_met",
      target: 5,
      startDate: "2026-03-01",
      dueDate: "2026-03-31",
    }),
  },
  "goals.update": {
    access: "orgMember",
    input: (f) => ({
      goalId: f.goal.id,
      title: "Renamed",
      why: "",
      category: "custom",
      metric: "manual",
      target: 4,
      startDate: "2026-01-01",
      dueDate: "2026-06-30",
      visibility: "team",
    }),
  },
  "goals.setStatus": { access: "orgMember", input: (f) => ({ goalId: f.goal.id, status: "completed" }) },
  "goals.remove": { access: "orgMember", input: (f) => ({ goalId: f.goal.id }) },
  "goals.addStep": { access: "orgMember", input: (f) => ({ goalId: f.goal.id, title: "Book a coffee" }) },
  "goals.setStepDone": { access: "orgMember", input: (f) => ({ stepId: f.step.id, done: true }) },
  "goals.moveStep": { access: "orgMember", input: (f) => ({ stepId: f.step.id, direction: "down" }) },
  "goals.removeStep": { access: "orgMember", input: (f) => ({ stepId: f.step.id }) },
  "goals.checkIn": { access: "orgMember", input: (f) => ({ goalId: f.goal.id, amount: 1, note: "" }) },
  "goals.removeCheckIn": { access: "orgMember", input: (f) => ({ checkInId: f.checkIn.id }) },
  "goals.suggestions": { access: "orgMember" },
  "goals.template": { access: "orgMember", input: () => ({ templateId: "confidence.first-conversations" }) },
  "teamGoals.get": { access: "orgMember", input: (f) => ({ teamGoalId: f.guildGoal.id }) },
  "teamGoals.create": {
    access: "teamManager",
    input: (f) => ({
      teamId: f.teamA.id,
      title: "One event each",
      metric: "events_attended",
      perMemberTarget: 1,
      startDate: "2026-03-01",
      dueDate: "2026-03-31",
    }),
  },
  "teamGoals.update": {
    access: "teamManager",
    input: (f) => ({
      teamId: f.teamA.id,
      teamGoalId: f.teamGoal.id,
      title: "Two events each",
      why: "",
      metric: "events_attended",
      perMemberTarget: 2,
      startDate: "2026-01-01",
      dueDate: "2026-12-31",
    }),
  },
  "teamGoals.setStatus": {
    access: "teamManager",
    input: (f) => ({ teamId: f.teamA.id, teamGoalId: f.teamGoal.id, status: "archived" }),
  },
  "teamGoals.checkIn": {
    access: "orgMember",
    input: (f) => ({ teamGoalId: f.guildGoal.id, amount: 1, note: "" }),
  },
  "assessment.submit": {
    access: "orgMember",
    input: () => ({ answers: Object.fromEntries(ASSESSMENT_STATEMENTS.map((s) => [s.id, 3])) }),
  },
  "assessment.history": { access: "authed" },
  "assessment.latest": { access: "authed" },
  "coaching.pitch": { access: "authed" },
  "coaching.savePitch": {
    access: "authed",
    input: () => ({ introduction: "Hi", strengths: "", lookingFor: "", talkingPoints: ["Data"] }),
  },
  "coaching.timeBlock": { access: "authed" },
  "coaching.saveTimeBlock": {
    access: "authed",
    input: () => ({
      days: ["TH"],
      startTime: "16:00",
      durationMinutes: 45,
      timeZone: "Europe/London",
      startDate: "2026-03-02",
    }),
  },
  "coaching.removeTimeBlock": { access: "authed" },
  "coaching.firstRun": { access: "orgMember" },
  "coaching.setFirstRunStep": { access: "authed", input: () => ({ step: "assessment" }) },
  "coaching.skipFirstRun": { access: "authed" },
  "contacts.list": { access: "orgMember", input: () => ({ q: "cleo" }) },
  "contacts.tags": { access: "orgMember" },
  "contacts.count": { access: "orgMember" },
  "search.everything": { access: "orgMember", input: () => ({ q: "cleo" }) },
  "contacts.get": { access: "orgMember", input: (f) => ({ contactId: f.contactA.id }) },
  "contacts.create": { access: "orgMember", input: () => ({ name: "Dara New", metOn: "2026-02-01" }) },
  "contacts.update": {
    access: "orgMember",
    input: (f) => ({ contactId: f.contactA.id, name: "Cleo Renamed", tags: ["mentor"] }),
  },
  "contacts.setCadence": {
    access: "orgMember",
    input: (f) => ({ contactId: f.contactA.id, cadence: { idealDays: 14, maxDays: 30 } }),
  },
  "contacts.delete": { access: "orgMember", input: (f) => ({ contactId: f.contactA.id }) },
  "contacts.deleteAll": { access: "orgMember", input: () => ({ confirm: "delete all" }) },
  "contacts.merge": {
    access: "orgMember",
    input: (f) => ({ contactIds: [f.contactA.id, f.contactA2.id], choose: { name: f.contactA.id } }),
  },
  "contacts.logInteraction": {
    access: "orgMember",
    input: (f) => ({ contactId: f.contactA.id, kind: "call", occurredOn: "2026-02-01", outcome: "no_reply" }),
  },
  "contacts.deleteInteraction": { access: "orgMember", input: (f) => ({ interactionId: f.interactionA.id }) },
  "contacts.addFollowUp": {
    access: "orgMember",
    input: (f) => ({ contactId: f.contactA.id, dueOn: "2099-01-01" }),
  },
  "contacts.completeFollowUp": { access: "orgMember", input: (f) => ({ followUpId: f.followUpA.id }) },
  "contacts.snoozeFollowUp": { access: "orgMember", input: (f) => ({ followUpId: f.followUpA.id, days: 3 }) },
  "contacts.reopenFollowUp": { access: "orgMember", input: (f) => ({ followUpId: f.followUpA.id }) },
  "contacts.setFollowUpDue": {
    access: "orgMember",
    input: (f) => ({ followUpId: f.followUpA.id, dueOn: f.followUpA.dueOn }),
  },
  "contacts.deleteFollowUp": { access: "orgMember", input: (f) => ({ followUpId: f.followUpA.id }) },
  "contacts.due": { access: "orgMember" },
  "contacts.losingTouch": { access: "orgMember" },
  "contacts.tagCadences": { access: "orgMember" },
  "contacts.setTagCadence": {
    access: "orgMember",
    input: () => ({ tag: "conference", cadence: { idealDays: 90, maxDays: 180 } }),
  },
  "contacts.removeTagCadence": { access: "orgMember", input: () => ({ tag: "mentor" }) },
  "contacts.previewImport": {
    access: "orgMember",
    input: () => ({
      filename: "contacts.vcf",
      text: "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Vi Card\r\nEND:VCARD\r\n",
    }),
  },
  "contacts.importDrafts": {
    access: "orgMember",
    input: () => ({
      drafts: [
        {
          name: "Ira Import",
          company: null,
          role: null,
          email: "ira@example.test",
          phone: null,
          linkedinUrl: null,
          metOn: null,
          tags: [],
          notes: null,
        },
      ],
    }),
  },
  "contacts.export": { access: "orgMember" },
  "sharing.settings": { access: "orgMember" },
  "sharing.setCompanies": { access: "orgMember", input: () => ({ share: true }) },
  "sharing.setContactOpen": { access: "orgMember", input: (f) => ({ contactId: f.contactA.id, open: true }) },
  "sharing.withdrawAll": { access: "orgMember" },
  "sharing.search": { access: "orgMember", input: () => ({ q: "acme" }) },
  "introRequests.send": {
    access: "orgMember",
    input: (f) => ({
      introducerId: f.managerA.id,
      contactId: f.openContact.id,
      reason: "I am moving into product design.",
      blurb: "Engineer on the platform team.",
    }),
  },
  "introRequests.suggestedBlurb": { access: "orgMember" },
  "introRequests.sent": { access: "orgMember" },
  "introRequests.received": { access: "orgMember" },
  "introRequests.counts": { access: "orgMember" },
  "introRequests.accept": { access: "orgMember", input: (f) => ({ requestId: f.introRequestToA.id }) },
  "introRequests.draft": { access: "orgMember", input: (f) => ({ requestId: f.acceptedRequestToA.id }) },
  "introRequests.markAskedWaiting": {
    access: "orgMember",
    input: (f) => ({ requestId: f.introRequestToA.id }),
  },
  "introRequests.decline": { access: "orgMember", input: (f) => ({ requestId: f.introRequestToA.id }) },
  "introRequests.block": { access: "orgMember", input: (f) => ({ requestId: f.introRequestToA.id }) },
  "introRequests.unblock": { access: "orgMember", input: (f) => ({ userId: f.employeeA.id }) },
  "introRequests.logContact": {
    access: "orgMember",
    input: (f) => ({ requestId: f.acceptedRequestOfA.id, name: "Odo Open", company: "Acme" }),
  },
  "introRequests.teamSummary": { access: "teamManager", input: (f) => ({ teamId: f.teamA.id }) },
};

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;

/** Calls the procedure at `path` ("area.name") on a caller. */
export function call(caller: unknown, path: string, input: unknown) {
  const [area, name] = path.split(".") as [string, string];
  const fn = (caller as AnyCaller)[area]?.[name];
  if (!fn) throw new Error(`no procedure ${path}`);
  return fn(input);
}

/** Runs one attempt in a savepoint that is rolled back, so attempts do not see each other's writes. */
export async function inSavepoint<T>(db: Database, body: (tx: Database) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .transaction(async (tx) => {
      result = await body(tx as unknown as Database);
      tx.rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Error) || !/rollback/i.test(error.message)) throw error;
    });
  return result as T;
}
