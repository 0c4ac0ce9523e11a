import type { Database } from "@rapport/db";
import { withRollback } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { callerFor, type TwoOrganisations, twoOrganisations } from "./testing";
import type { Access } from "./trpc";

/**
 * Every procedure of the router, with the rung it must stand on and a valid input that points at
 * organisation A's records. A procedure missing here fails the first test, so none ships unchecked.
 */
const table: Record<string, { access: Access; input?: (f: TwoOrganisations) => unknown }> = {
  "system.info": { access: "public" },
  "me.get": { access: "authed" },
  "me.updateProfile": { access: "authed", input: () => ({ name: "New Name", timeZone: "Europe/Paris" }) },
  "me.signOutEverywhere": { access: "authed" },
  "organisation.create": { access: "authed", input: () => ({ name: "Another Org", timeZone: "UTC" }) },
  "organisation.get": { access: "orgMember" },
  "organisation.teams": { access: "orgMember" },
  "organisation.update": {
    access: "orgAdmin",
    input: () => ({ name: "Renamed", timeZone: "UTC", digestDay: 2, digestHour: 9 }),
  },
  "organisation.createTeam": { access: "orgAdmin", input: () => ({ name: "Gamma" }) },
  "organisation.renameTeam": { access: "orgAdmin", input: (f) => ({ teamId: f.teamA.id, name: "Alpha 2" }) },
  "organisation.deleteTeam": { access: "orgAdmin", input: (f) => ({ teamId: f.teamA.id }) },
  "organisation.members": { access: "orgAdmin" },
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
  "team.roster": { access: "teamManager", input: (f) => ({ teamId: f.teamA.id }) },
  "invitations.list": { access: "orgAdmin" },
  "invitations.create": { access: "orgAdmin", input: () => ({ email: "someone@example.test" }) },
  "invitations.resend": { access: "orgAdmin", input: (f) => ({ invitationId: f.invitation.id }) },
  "invitations.revoke": { access: "orgAdmin", input: (f) => ({ invitationId: f.invitation.id }) },
  "invitations.preview": { access: "public", input: (f) => ({ token: f.inviteToken }) },
  "invitations.accept": { access: "authed", input: (f) => ({ token: f.inviteToken }) },
  "digest.preferences": { access: "orgMember" },
  "digest.updatePreferences": { access: "orgMember", input: () => ({ enabled: true, day: 2, hour: 9 }) },
  "digest.preview": { access: "orgMember" },
  "digest.runs": { access: "orgAdmin" },
  "invitations.acceptById": { access: "authed", input: (f) => ({ invitationId: f.invitation.id }) },
};

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
function call(caller: unknown, path: string, input: unknown) {
  const [area, name] = path.split(".") as [string, string];
  const fn = (caller as AnyCaller)[area]?.[name];
  if (!fn) throw new Error(`no procedure ${path}`);
  return fn(input);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `THREW ${String(error)}`;
  }
}

const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: { access?: Access } } }
>;
const paths = Object.keys(procedures).sort();

describe("access to every procedure", () => {
  it("has a row in this table for every procedure, with the rung it declares", () => {
    expect(Object.keys(table).sort()).toEqual(paths);
    for (const path of paths)
      expect([path, procedures[path]?._def.meta?.access]).toEqual([path, table[path]?.access]);
  });

  for (const path of Object.keys(table)) {
    const row = table[path];
    if (!row) continue;
    const { access, input } = row;
    it(`${path} (${access}) refuses whoever is below its rung and answers who is on it`, async () => {
      await withRollback(async (db) => {
        const f = await twoOrganisations(db);
        const args = input?.(f);
        const attempt = (who: Parameters<typeof callerFor>[1]) =>
          inSavepoint(db, (tx) => codeOf(call(callerFor(tx, who), path, args)));

        if (access !== "public") expect(await attempt(null)).toBe("UNAUTHORIZED");
        if (access === "orgMember" || access === "orgAdmin" || access === "teamManager") {
          expect(await attempt(f.loner)).toBe("FORBIDDEN");
        }
        if (access === "orgAdmin") {
          expect(await attempt(f.employeeA)).toBe("FORBIDDEN");
          expect(await attempt(f.managerA)).toBe("FORBIDDEN");
        }
        if (access === "teamManager") {
          expect(await attempt(f.employeeA)).toBe("FORBIDDEN");
          // Another organisation's manager cannot even learn the team exists.
          expect(await attempt(f.managerB)).toBe("NOT_FOUND");
        }
        if ((access === "orgAdmin" || access === "teamManager") && JSON.stringify(args ?? {}).match(/Id"/)) {
          // Another organisation's admin naming organisation A's records finds nothing.
          expect(await attempt(f.adminB)).toBe("NOT_FOUND");
        }
        const allowed =
          access === "teamManager"
            ? f.managerA
            : path.startsWith("invitations.accept")
              ? f.newcomer
              : f.adminA;
        expect(await attempt(allowed)).toBe("OK");
      });
    });
  }
});

/** Runs one attempt in a savepoint that is rolled back, so attempts do not see each other's writes. */
async function inSavepoint<T>(db: Database, body: (tx: Database) => Promise<T>): Promise<T> {
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
