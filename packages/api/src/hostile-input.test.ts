// Every procedure of the router, called by someone allowed to call it, with generated hostile inputs:
// wrong types, 1 MB strings, NUL, lone surrogates, extreme numbers, absurd and malformed dates, unknown
// keys, null, arrays for objects. None may answer a server error or quote SQL; most must be refused.
// Procedures come from the router and their valid inputs from procedure-table.ts, so a new one is attacked
// as soon as it has its row (access.test.ts makes sure it does).
import type { Database } from "@rapport/db";
import { testDatabase, withRollback } from "@rapport/db/testing";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, inSavepoint, procedureTable } from "./procedure-table";
import { appRouter } from "./root";
import { callerFor, type TwoOrganisations, twoOrganisations } from "./testing";
import type { Meta } from "./trpc";

// One fixture for the whole file, in a transaction rolled back after the last test; each attack runs
// in a savepoint of its own, so attacks never see each other's writes.
let fixture: { db: Database; f: TwoOrganisations } | undefined;
let finish: () => void = () => {};
let finished: Promise<unknown> = Promise.resolve();
beforeAll(async () => {
  await testDatabase();
  const ready = new Promise<void>((resolve, reject) => {
    finished = withRollback(async (db) => {
      fixture = { db, f: await twoOrganisations(db) };
      resolve();
      await new Promise<void>((done) => {
        finish = done;
      });
    }).catch(reject);
  });
  await ready;
}, 120_000);
afterAll(async () => {
  finish();
  await finished;
});

interface ProcedureDef {
  _def: { meta?: Meta; inputs: unknown[]; type: "query" | "mutation" | "subscription" };
}
const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;

const SQL_TEXT =
  /failed query|\b(insert into|select\b.*\bfrom|update\b.*\bset|delete from)\b|params:|\$\d\b/i;
const MEGABYTE = "x".repeat(1024 * 1024);
const NUL = "ab\u0000cd";
const LONE_SURROGATE = "ab\uD800cd";
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_KEY = /[dD]ate$|On$|^from$|^to$|^until$/;
/** Dates no input may accept: outside 1900–2100, impossible, or not YYYY-MM-DD. */
const BAD_DATES = [
  "0001-01-01",
  "9999-12-31",
  "1899-12-31",
  "2101-01-01",
  "+275760-09-13",
  "2026-02-30",
  "2026-01-01T00:00:00Z",
];
/** Attacks per procedure at most (dates and unstorable text always run; the rest are sampled evenly). */
const MAX_ATTACKS = 40;

interface Attack {
  label: string;
  input: unknown;
  /** Must be refused (4xx), not merely survived. */
  refuse: boolean;
}

type Path = (string | number)[];

function setAt(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = setAt(copy[head], rest, value);
  return copy;
}

/** Every value in a valid input with its path (objects and arrays too), three levels deep. */
function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const out = path.length > 0 ? [{ path, value }] : [];
  if (path.length >= 3 || value === null || typeof value !== "object") return out;
  const entries = Array.isArray(value)
    ? value.slice(0, 2).map((v, i) => [i, v] as const)
    : Object.entries(value);
  for (const [key, child] of entries) out.push(...leaves(child, [...path, key]));
  return out;
}

/**
 * The top-level keys an input schema knows (zod 4 definitions), so optional fields are attacked too;
 * `inUnion` when the key belongs to one branch of a union.
 */
function schemaKeys(schema: unknown, inUnion = false, depth = 0): { key: string; inUnion: boolean }[] {
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  if (!def || depth > 6) return [];
  switch (def.type) {
    case "object":
      return Object.keys(def.shape as object).map((key) => ({ key, inUnion }));
    case "pipe":
      return schemaKeys(def.in, inUnion, depth + 1);
    case "default":
    case "prefault":
    case "optional":
    case "nullable":
    case "readonly":
      return schemaKeys(def.innerType, inUnion, depth + 1);
    case "union":
      return (def.options as unknown[]).flatMap((o) => schemaKeys(o, true, depth + 1));
    default:
      return [];
  }
}

function attacksOnValue(
  path: Path,
  value: unknown,
  options: { fileField: boolean; inUnion: boolean },
): Attack[] {
  const at = path.join(".");
  const key = String(path[path.length - 1]);
  const attacks: Attack[] = [];
  const add = (label: string, input: unknown, refuse: boolean) =>
    attacks.push({ label: `${at} = ${label}`, input, refuse });
  const present = value !== undefined;
  if (typeof value === "string" || !present) {
    add("NUL", NUL, !options.fileField);
    add("lone surrogate", LONE_SURROGATE, !options.fileField);
    add("1 MB", MEGABYTE, false);
    add("object", { a: 1 }, present);
    if (present) add("number", 42, true);
    if (present) add("null", null, false);
    // A key of another branch of a union may be dropped by the branch that matches: survive, not refuse.
    if ((typeof value === "string" && DATE_LIKE.test(value)) || DATE_KEY.test(key))
      for (const date of BAD_DATES) add(`date ${date}`, date, !options.inUnion);
  }
  if (typeof value === "number" || !present) {
    add("NaN", Number.NaN, present);
    add("1e308", 1e308, false);
    if (present) {
      add("Infinity", Number.POSITIVE_INFINITY, true);
      add("-1", -1, false);
      add("2^53", 2 ** 53, false);
      add("0.5", 0.5, false);
      add("numeric string", "1", true);
    }
  }
  if (typeof value === "boolean") {
    add("string", "true", true);
    add("number", 1, true);
  }
  if (Array.isArray(value)) {
    add("object", { 0: value[0] }, true);
    add(
      "10,000 items",
      Array.from({ length: 10_000 }, () => value[0] ?? "x"),
      false,
    );
    add("[null]", [null], false);
  } else if (value !== null && typeof value === "object") {
    add("array of it", [value], true);
    add("string", "x", true);
  }
  return attacks;
}

/** Keeps every attack that must be refused for a date or unstorable text, and an even sample of the rest. */
function bounded(attacks: Attack[]): Attack[] {
  const vital = (a: Attack) => a.refuse && /date|NUL|surrogate|^[^=]*$/.test(a.label);
  const kept = attacks.filter(vital);
  const rest = attacks.filter((a) => !vital(a));
  const room = Math.max(MAX_ATTACKS - kept.length, 10);
  const step = Math.max(rest.length / room, 1);
  for (let i = 0; i < rest.length && kept.length < Math.max(MAX_ATTACKS, kept.length + 1); i += step)
    kept.push(rest[Math.floor(i)] as Attack);
  return kept;
}

/** A bounded set of hostile variations of one valid input. */
function attacksFor(path: string, base: unknown, def: ProcedureDef): Attack[] {
  const takesInput = def._def.inputs.length > 0;
  const fileFields = def._def.meta?.fileFields ?? [];
  if (!takesInput) {
    // Nothing is read from the input, but NUL anywhere is still refused before the procedure runs.
    return [
      { label: "junk object", input: { junk: "x", n: 1e308 }, refuse: false },
      { label: "NUL in an ignored key", input: { note: NUL }, refuse: true },
    ];
  }
  const object = base ?? {};
  const attacks: Attack[] = [
    { label: "null", input: null, refuse: base !== undefined },
    { label: "string", input: "hello", refuse: true },
    { label: "number", input: 1e308, refuse: true },
    { label: "array of the input", input: [object], refuse: true },
    {
      label: "unknown keys",
      input: {
        ...object,
        extra: "x",
        organisationId: "someone-else",
        ownerId: "x",
        __proto__: { admin: true },
      },
      refuse: false,
    },
    { label: "NUL in an unknown key", input: { ...object, extra: NUL }, refuse: true },
    { label: "NUL in a key", input: { ...object, [`k${NUL}`]: 1 }, refuse: true },
  ];
  const keys = def._def.inputs.flatMap((schema) => schemaKeys(schema));
  const inUnion = (key: string) => keys.some((k) => k.key === key && k.inUnion);
  const known = new Set<string>();
  for (const leaf of leaves(object)) {
    const top = String(leaf.path[0]);
    if (leaf.path.length === 1) known.add(top);
    const options = { fileField: fileFields.includes(top), inUnion: inUnion(top) };
    for (const attack of attacksOnValue(leaf.path, leaf.value, options))
      attacks.push({ ...attack, input: setAt(object, leaf.path, attack.input) });
  }
  // Optional fields the valid input leaves out get string, number and date attacks too.
  for (const { key } of keys) {
    if (known.has(key)) continue;
    known.add(key);
    const options = { fileField: fileFields.includes(key), inUnion: inUnion(key) };
    for (const attack of attacksOnValue([key], undefined, options))
      attacks.push({ ...attack, input: { ...(object as object), [key]: attack.input } });
  }
  if (attacks.length === 0) throw new Error(`no attacks for ${path}`);
  return bounded(attacks);
}

function callerOf(f: TwoOrganisations, path: string) {
  const access = procedureTable[path]?.access;
  if (access === "teamManager") return f.managerA;
  if (path.startsWith("invitations.accept")) return f.newcomer;
  return f.adminA;
}

/** What went wrong with one attack, or null when the answer was acceptable. */
async function judge(
  db: Database,
  f: TwoOrganisations,
  path: string,
  attack: Attack,
  writes: boolean,
): Promise<string | null> {
  const attempt = async (tx: Database) => {
    try {
      await call(callerFor(tx, callerOf(f, path)), path, attack.input);
      return { ok: true as const };
    } catch (error) {
      return { ok: false as const, error };
    }
  };
  // Queries write nothing, so they skip the savepoint (a third of the run time on PGlite).
  const outcome = writes ? await inSavepoint(db, attempt) : await attempt(db);
  if (outcome.ok) return attack.refuse ? "was accepted" : null;
  const { error } = outcome;
  if (!(error instanceof TRPCError)) return `threw ${String(error).slice(0, 200)}`;
  const status = getHTTPStatusCodeFromError(error);
  if (status >= 500) return `${error.code} ${error.message.slice(0, 200)}`;
  if (SQL_TEXT.test(error.message)) return `leaks SQL: ${error.message.slice(0, 200)}`;
  if (status < 400) return `answered ${status}`;
  return null;
}

const paths = Object.keys(procedures).sort();
const areas = [...new Set(paths.map((p) => p.split(".")[0] as string))];

describe("hostile input to every procedure", () => {
  it("has a valid input for every procedure to start from", () => {
    expect(Object.keys(procedureTable).sort()).toEqual(paths);
  });

  for (const area of areas) {
    const inArea = paths.filter((p) => p.startsWith(`${area}.`));
    it(`${area}: ${inArea.length} procedures answer 4xx or a valid result, never 5xx or SQL`, async () => {
      if (!fixture) throw new Error("fixture");
      const { db, f } = fixture;
      const failures: string[] = [];
      let attempts = 0;
      for (const path of inArea) {
        const def = procedures[path] as ProcedureDef;
        for (const attack of attacksFor(path, procedureTable[path]?.input?.(f), def)) {
          attempts += 1;
          const problem = await judge(db, f, path, attack, def._def.type !== "query");
          if (problem) failures.push(`${path} ← ${attack.label}: ${problem}`);
        }
      }
      expect(failures).toEqual([]);
      expect(attempts).toBeGreaterThan(inArea.length);
    }, 120_000);
  }
});
