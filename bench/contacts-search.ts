// Seeds 10,000 contacts for one person (plus 10,000 for someone else, so the owner filter has work to
// do) and times the people-list search: `npx tsx bench/contacts-search.ts` at the repository root.
// Set DATABASE_URL to run it on Postgres; otherwise it uses an in-memory PGlite. `--explain` prints the
// plan of the first page's two statements (the page of 50 and the capped count).
import {
  createContact,
  type Database,
  listContacts,
  listContactTags,
  listDueFollowUps,
  migrate,
  openDatabase,
  schema,
} from "@rapport/db";
import { sql } from "drizzle-orm";
import { rowsOf } from "../packages/db/src/migrate";
import { searchTextOf } from "../packages/db/src/queries/contact-scope";

const COUNT = 10_000;
const RUNS = 60;
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
  "Kemi",
  "Lars",
  "Maria",
  "Nour",
  "Omar",
  "Priya",
];
const LAST = [
  "Okafor",
  "Lindqvist",
  "Tanaka",
  "Garcia",
  "Novak",
  "Mensah",
  "Rossi",
  "Schmidt",
  "Haddad",
  "Kowalski",
  "Silva",
  "Murphy",
];
const COMPANIES = [
  "Northwind",
  "Harbour Labs",
  "Cobalt",
  "Verde Energy",
  "Pixel & Pine",
  "Meridian Bank",
  "Atlas Retail",
  "Quanta",
];
const TAGS = ["fintech", "mentor", "design", "investors", "conference", "prospects", "berlin", "london"];

function pick<T>(list: T[], i: number): T {
  return list[i % list.length] as T;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

// Inside a function: the repository root is CommonJS to tsx, which has no top-level await there.
async function main() {
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase(url ? { url } : { dataDir: "memory://" });
  await migrate(handle);
  const { db } = handle;
  const stamp = Date.now();
  const [org] = await db
    .insert(schema.organisations)
    .values({ name: "Bench", slug: `bench-${stamp}` })
    .returning();
  const people = await db
    .insert(schema.users)
    .values([{ email: `bench.owner.${stamp}@example.test` }, { email: `bench.other.${stamp}@example.test` }])
    .returning();
  if (!org || people.length !== 2) throw new Error("setup failed");

  const seedStart = performance.now();
  for (const person of people) {
    for (let start = 0; start < COUNT; start += 1000) {
      const rows = Array.from({ length: 1000 }, (_, k) => {
        const i = start + k;
        const contact = {
          name: `${pick(FIRST, i * 7)} ${pick(LAST, i * 13)} ${i}`,
          company: pick(COMPANIES, i * 3),
          tags: [pick(TAGS, i), pick(TAGS, i * 5 + 1)],
        };
        return { ...contact, ownerId: person.id, organisationId: org.id, searchText: searchTextOf(contact) };
      });
      await db.insert(schema.contacts).values(rows);
    }
  }
  const scope = { userId: people[0]?.id ?? "", organisationId: org.id };
  await createContact(db, scope, {
    name: "Zelda Needle",
    company: "Haystack",
    role: null,
    email: null,
    phone: null,
    linkedinUrl: null,
    metOn: null,
    metWhere: null,
    metEventId: null,
    tags: ["rare"],
    commonGround: null,
    notes: null,
  });
  await db.execute(sql`analyze contacts`);
  console.log(
    `engine: ${handle.engine}; seeded ${2 * COUNT} contacts in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const queries: { label: string; input: { q?: string; tag?: string } }[] = [
    { label: "no search (first page by name)", input: {} },
    { label: 'name prefix "mar"', input: { q: "mar" } },
    { label: 'two words "maria okafor"', input: { q: "maria okafor" } },
    { label: 'company "harbour"', input: { q: "harbour" } },
    { label: 'rare match "zelda"', input: { q: "zelda" } },
    { label: 'tag filter "mentor"', input: { tag: "mentor" } },
  ];
  if (process.argv.includes("--explain")) await explainFirstPage(db, scope);
  console.log("| query | matches shown | p50 ms | p95 ms |");
  console.log("| --- | ---: | ---: | ---: |");
  const time = async (label: string, run: () => Promise<string>) => {
    let shown = "";
    for (let i = 0; i < 3; i++) shown = await run(); // warm up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${label} | ${shown} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`,
    );
  };
  for (const { label, input } of queries) {
    await time(label, async () => {
      const list = await listContacts(db, scope, { ...input, limit: 50 });
      return `${list.total}${list.totalIsCapped ? "+" : ""}`;
    });
  }
  // The People page's other two calls: the tag menu and the follow-ups banner.
  await time("tag menu (contacts.tags)", async () => `${(await listContactTags(db, scope)).length} tags`);
  await time("follow-ups due (contacts.due)", async () => {
    const due = await listDueFollowUps(db, scope);
    return `${due.groups.overdue.length + due.groups.today.length} due`;
  });
  await handle.close();
}

/** EXPLAIN ANALYZE of the statements behind the first page, unfiltered and with a rare word, as the query builder writes them. */
async function explainFirstPage(db: Database, scope: { userId: string; organisationId: string }) {
  const owned = sql`owner_id = ${scope.userId} and organisation_id = ${scope.organisationId}`;
  const rare = sql`to_tsvector('simple'::regconfig, search_text) @@ to_tsquery('simple'::regconfig, 'zelda:*')`;
  const statements = {
    "page of 50": sql`select id, name from contacts where ${owned} order by lower(name), id limit 51`,
    "capped count": sql`select count(*) from (select 1 from contacts where ${owned} limit 1001) capped`,
    // The slowest search: one match, so a walk along the sort index tests every row's words.
    "rare word page": sql`select id, name from contacts where ${owned} and ${rare} order by lower(name), id limit 51`,
    "rare word count": sql`select count(*) from contacts where ${owned} and ${rare}`,
  };
  for (const [label, statement] of Object.entries(statements)) {
    const result = await db.execute(sql`explain (analyze, costs off) ${statement}`);
    const lines = rowsOf<Record<string, string>>(result).map((r) => Object.values(r)[0]);
    console.log(`\n${label}:\n${lines.join("\n")}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
