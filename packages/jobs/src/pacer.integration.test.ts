import { type Database, openDatabase, takeSendSlot } from "@rapport/db";
import { testDatabaseUrl } from "@rapport/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resendBudget, sharedPacer } from "./pacer";
import { type PipelineDatabase, pipelineDatabase } from "./testing";

// The shared Resend budget on a test clock: grants are computed from the time the test passes in, so
// "never faster than allowed" and "close to the allowed rate" are checked exactly, not by sleeping.
const engines: [string, string | undefined][] = [["PGlite", undefined]];
const serverUrl = testDatabaseUrl();
if (serverUrl) engines.push(["Postgres", serverUrl]);
const START = Date.parse("2026-11-23T08:00:00Z");

/** The most grants found in any rolling second (a grant exactly a second after another is outside it). */
function busiestSecond(grants: number[]): number {
  const sorted = [...grants].sort((a, b) => a - b);
  let most = 0;
  for (const [i, at] of sorted.entries()) {
    const inWindow = sorted.slice(i).filter((t) => t < at + 1000).length;
    most = Math.max(most, inWindow);
  }
  return most;
}

describe.each(engines)("shared Resend budget on %s", (_engine, url) => {
  let database: PipelineDatabase;
  let second: { db: Database; close(): Promise<void> } | null = null;
  beforeAll(async () => {
    database = await pipelineDatabase(url);
    // On Postgres a second connection pool stands for another worker process.
    second = database.url ? await openDatabase({ url: database.url, max: 3 }) : null;
  });
  afterAll(async () => {
    await second?.close();
    await database.drop();
  });

  it("four busy senders in two processes never exceed 2 requests a second, and use nearly all the budget allows", async () => {
    const budget = resendBudget(2, undefined, `busy-${Date.now()}`);
    const pools = [database.handle.db, second?.db ?? database.handle.db];
    // Each sender asks for its next grant when its last request has been answered (0–390 ms later).
    const readyAt = [START, START, START + 7, START + 13];
    const grants: number[] = [];
    for (let turn = 0; turn < 240; turn++) {
      const sender = readyAt.indexOf(Math.min(...readyAt));
      const now = readyAt[sender] ?? START;
      const wait = await takeSendSlot(pools[sender % 2] as Database, budget, new Date(now));
      grants.push(now + wait);
      readyAt[sender] = now + wait + ((turn * 97) % 400);
    }
    expect(busiestSecond(grants)).toBe(2);
    const seconds = (Math.max(...grants) - START) / 1000;
    const share = grants.length / seconds / 2;
    // The budget gives up its arrival slack (at most a tenth of the rate) and the senders use nearly all
    // of the rest.
    const ceiling = (budget.requests * 1000) / budget.windowMs / 2;
    expect(ceiling).toBeGreaterThanOrEqual(0.9);
    expect(share).toBeGreaterThanOrEqual(0.9 * ceiling);
    expect(share).toBeLessThanOrEqual(1);
  });

  it("a burst of senders asking at the same moment is spread out, two to a second at most", async () => {
    const budget = resendBudget(2, undefined, `burst-${Date.now()}`);
    const pools = [database.handle.db, second?.db ?? database.handle.db];
    const at = new Date(START);
    const waits = await Promise.all(
      Array.from({ length: 12 }, (_, i) => takeSendSlot(pools[i % 2] as Database, budget, at)),
    );
    const grants = waits.map((wait) => START + wait);
    expect(busiestSecond(grants)).toBe(2);
    // Twelve requests need six windows: the last waits five of them, not more.
    expect(Math.round(Math.max(...waits))).toBe(5 * budget.windowMs);
  });

  it("a budget below one request a second allows one per its longer window", async () => {
    const budget = resendBudget(0.5, 0, `slow-${Date.now()}`);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) waits.push(await takeSendSlot(database.handle.db, budget, new Date(START)));
    expect(waits).toEqual([0, 2000, 4000]);
  });
});

describe("the pacer when its process wakes up late", () => {
  let database: PipelineDatabase;
  beforeAll(async () => {
    database = await pipelineDatabase();
  });
  afterAll(() => database.drop());

  it("does not send on a grant it woke up too late for, and takes the next one", async () => {
    const sleeps: number[] = [];
    // Every sleep overruns by 300 ms, as on a busy machine.
    const sleep = async (ms: number) => {
      sleeps.push(ms);
      await new Promise((resolve) => setTimeout(resolve, ms + 300));
    };
    const pace = sharedPacer(database.handle.db, 2, sleep);
    const start = Date.now();
    // Two grants are free at once; the third waits about a second, wakes late, and is left unused:
    // the request goes on the next grant, which is already due.
    await pace();
    await pace();
    await pace();
    expect(sleeps).toHaveLength(1);
    const result = await database.handle.db.execute(
      sql`select min(next_at) as soonest from send_budgets where name like 'resend#%'`,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      soonest: string | Date;
    }[];
    // Four grants for three requests: the ring's next free grant is two windows on, not one.
    expect(new Date(rows[0]?.soonest ?? 0).getTime() - start).toBeGreaterThanOrEqual(2 * 1050 - 50);
  });
});
