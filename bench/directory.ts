// npm run bench:directory — figures, not a test: the organisation directory (`organisation.directory`,
// the whole tRPC call as the organisation page makes it) for an organisation of 2,000 people in 12
// teams, beside a second organisation of 2,000 (so the organisation filter has work to do).
//
//   env: DATABASE_URL — also run on that Postgres (the bench's rows are deleted again at the end);
// flags: --runs N — timed calls per query (default 60).
// Without DATABASE_URL it runs on an in-memory PGlite only.
import { cpus, loadavg } from "node:os";
import { createCaller, createContext } from "@rapport/api";
import { type DatabaseHandle, migrate, openDatabase, schema } from "@rapport/db";
import { createMailer } from "@rapport/email";
import { inArray, sql } from "drizzle-orm";

const MEMBERS = 2_000;
const runsAt = process.argv.indexOf("--runs");
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 60;
const FIRST = [
  "Ada",
  "Ben",
  "Chen",
  "Dara",
  "Elif",
  "Femi",
  "Gwen",
  "Hiro",
  "Ines",
  "Jonas",
  "Maria",
  "Omar",
];
const LAST = ["Okafor", "Lindqvist", "Tanaka", "Garcia", "Novak", "Mensah", "Rossi", "Schmidt", "Haddad"];
const TEAMS = [
  "Sales",
  "Support",
  "Platform",
  "Design",
  "Finance",
  "Legal",
  "People",
  "Growth",
  "Data",
  "Ops",
  "Marketing",
  "Research",
];

const pick = <T>(list: T[], i: number) => list[i % list.length] as T;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const nameOf = (i: number) => `${pick(FIRST, i * 7)} ${pick(LAST, i * 13)} ${i}`;

/** One organisation of `MEMBERS` people, each in one or two of its teams; returns its admin. */
async function seedOrganisation(handle: DatabaseHandle, label: string, stamp: number) {
  const { db } = handle;
  const [org] = await db
    .insert(schema.organisations)
    .values({ name: `Bench ${label}`, slug: `bench-directory-${label}-${stamp}` })
    .returning();
  if (!org) throw new Error("organisation");
  const teams = await db
    .insert(schema.teams)
    .values(TEAMS.map((name) => ({ organisationId: org.id, name })))
    .returning();
  const userIds: string[] = [];
  for (let start = 0; start < MEMBERS; start += 500) {
    const users = await db
      .insert(schema.users)
      .values(
        Array.from({ length: 500 }, (_, k) => {
          const i = start + k;
          const name = nameOf(i);
          return {
            name,
            email: `${name.toLowerCase().replaceAll(" ", ".")}.${label}.${stamp}@bench.example`,
          };
        }),
      )
      .returning({ id: schema.users.id });
    userIds.push(...users.map((u) => u.id));
    await db.insert(schema.memberships).values(
      users.map((u, k) => ({
        organisationId: org.id,
        userId: u.id,
        role: (start + k) % 50 === 0 ? ("admin" as const) : ("member" as const),
      })),
    );
    await db.insert(schema.teamMembers).values(
      users.flatMap((u, k) => {
        const i = start + k;
        const first = { teamId: teams[i % teams.length]?.id ?? "", userId: u.id, role: "employee" as const };
        if (i % 10 === 9) return []; // a tenth of the people are in no team yet
        return i % 3 === 0
          ? [first, { teamId: teams[(i + 5) % teams.length]?.id ?? "", userId: u.id }]
          : [first];
      }),
    );
  }
  return { org, teams, adminId: userIds[0] ?? "", userIds };
}

async function run(handle: DatabaseHandle) {
  await migrate(handle);
  const stamp = Date.now();
  const seedStart = performance.now();
  const big = await seedOrganisation(handle, "a", stamp);
  const other = await seedOrganisation(handle, "b", stamp);
  await handle.db.execute(sql`analyze`);
  const seeded = ((performance.now() - seedStart) / 1000).toFixed(1);
  const caller = createCaller(
    createContext({
      db: handle.db,
      engine: handle.engine,
      session: { id: big.adminId, email: "bench@bench.example" },
      appUrl: "http://localhost:3000",
      mailer: createMailer({
        from: "Rapport <hello@rapport.localhost>",
        retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
        outbox: { async save() {} },
      }),
    }),
  );
  const platform = big.teams.find((t) => t.name === "Platform")?.id ?? "";
  const queries: { label: string; input: Parameters<typeof caller.organisation.directory>[0] }[] = [
    { label: "first page (25 by name)", input: {} },
    { label: 'search a name prefix "mar"', input: { search: "mar" } },
    { label: 'search two words "ada okafor"', input: { search: "ada okafor" } },
    { label: 'search a team "platform"', input: { search: "platform" } },
    { label: `search one person "${nameOf(1234)}"`, input: { search: nameOf(1234) } },
    { label: "filtered: members of Platform", input: { role: "member", team: platform } },
    { label: "filtered: in no team (none)", input: { team: "none" } },
    { label: "deep page (page 80 of 80)", input: { page: 80 } },
  ];
  const load = loadavg()[0]?.toFixed(2);
  console.log(
    `\n${handle.engine}: seeded 2 × ${MEMBERS.toLocaleString("en-GB")} people in ${seeded} s; ${RUNS} timed calls per query after 5 warm-up; load average (1 min) ${load} at start`,
  );
  console.log("| query | matches | p50 ms | p95 ms |");
  console.log("| --- | ---: | ---: | ---: |");
  const timed = async (label: string, call: () => Promise<number>) => {
    let total = 0;
    for (let i = 0; i < 5; i++) total = await call();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await call();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${label} | ${total} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`,
    );
  };
  // The floor: the same caller through the same procedure ladder (session and role reads), one row.
  await timed("floor: organisation.get", async () => ((await caller.organisation.get()) ? 1 : 0));
  for (const { label, input } of queries) {
    await timed(label, async () => (await caller.organisation.directory(input)).total);
  }

  console.log(
    `load average (1 / 5 / 15 min) at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}`,
  );
  // Leave a shared Postgres as it was: the organisations cascade to memberships and teams.
  await handle.db
    .delete(schema.organisations)
    .where(inArray(schema.organisations.id, [big.org.id, other.org.id]));
  for (const ids of [big.userIds, other.userIds])
    for (let i = 0; i < ids.length; i += 500)
      await handle.db.delete(schema.users).where(inArray(schema.users.id, ids.slice(i, i + 500)));
}

// Inside a function: the repository root is CommonJS to tsx, which has no top-level await there.
async function main() {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`);
  const embedded = await openDatabase({ dataDir: "memory://" });
  try {
    await run(embedded);
  } finally {
    await embedded.close();
  }
  const url = process.env.DATABASE_URL;
  if (!url) return console.log("\n(set DATABASE_URL to time Postgres as well)");
  const server = await openDatabase({ url });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
