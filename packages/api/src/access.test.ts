import { withRollback } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { call, inSavepoint, procedureTable as table } from "./procedure-table";
import { appRouter } from "./root";
import { callerFor, twoOrganisations } from "./testing";
import type { Access } from "./trpc";

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
