// A 10,000-row LinkedIn Connections.csv through the import's real path, end to end: the preview the
// upload route answers (`contacts.previewImport`: parse, dedupe against what is saved), then the rows in
// the chunks the import page sends (`chunkDrafts`, the same function), each through `contacts.importDrafts`
// as the page's server action calls it (plan again, insert in one transaction per chunk).
//
//   npx tsx --tsconfig packages/jobs/tsconfig.json bench/import.ts                 # embedded PGlite, in memory
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch npx tsx --tsconfig packages/jobs/tsconfig.json bench/import.ts
//
// BENCH_ROWS changes the row count (default 10,000). A second pass imports the same file again (every row
// already saved: the preview says "skip" for each), the case of someone re-importing after a failure.
import { createCaller, createContext } from "@rapport/api";
import { migrate, openDatabase, schema } from "@rapport/db";
import { createMailer } from "@rapport/email";
import { chunkDrafts, draftsToSend } from "../apps/web/src/app/(app)/people/import/chunk";

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const FIRST = ["Ada", "Ben", "Chen", "Dara", "Elif", "Femi", "Gwen", "Hiro", "Ines", "Jonas", "Kemi", "Lars"];
const LAST = ["Okafor", "Lindqvist", "Tanaka", "Garcia", "Novak", "Mensah", "Rossi", "Schmidt", "Haddad"];
const COMPANIES = ["Northwind", "Harbour Labs", "Cobalt", "Verde Energy", "Meridian Bank", "Atlas Retail"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** What LinkedIn's export looks like: a notes preamble, then the header and one row per connection. */
function connectionsCsv(rows: number): string {
  const lines = [
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  ];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % FIRST.length];
    const last = `${LAST[(i * 7) % LAST.length]}${i}`;
    const email = i % 3 === 0 ? `${first}.${last}@example.test`.toLowerCase() : "";
    const day = String((i % 28) + 1).padStart(2, "0");
    const connected = `${day}-${MONTHS[i % 12]}-${String(15 + (i % 10)).padStart(2, "0")}`;
    lines.push(
      `${first},${last},https://www.linkedin.com/in/${first}-${last}-${i}`.toLowerCase() +
        `,${email},"${COMPANIES[i % COMPANIES.length]}",Head of ${i % 2 ? "Sales" : "Partnerships"},${connected}`,
    );
  }
  return lines.join("\n");
}

async function main() {
  const url = process.env.DATABASE_URL;
  const handle = await openDatabase(url ? { url } : { dataDir: "memory://" });
  await migrate(handle);
  const { db } = handle;
  const stamp = Date.now();
  const [org] = await db
    .insert(schema.organisations)
    .values({ name: "Import bench", slug: `import-bench-${stamp}` })
    .returning();
  const [user] = await db
    .insert(schema.users)
    .values({ name: "Ida Importer", email: `importer.${stamp}@example.test` })
    .returning();
  if (!org || !user) throw new Error("setup failed");
  await db.insert(schema.memberships).values({ organisationId: org.id, userId: user.id, role: "member" });
  const caller = createCaller(
    createContext({
      db,
      engine: handle.engine,
      session: { id: user.id, email: user.email },
      appUrl: "http://localhost:3000",
      // The import sends no email; a mailer that keeps nothing.
      mailer: createMailer({
        from: "Rapport <hello@rapport.localhost>",
        retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
        outbox: { async save() {} },
      }),
    }),
  );
  const text = connectionsCsv(ROWS);
  console.log(`engine: ${handle.engine}; ${ROWS} rows, ${(text.length / 1024 / 1024).toFixed(2)} MB`);

  for (const pass of ["first import", "same file again"]) {
    const start = performance.now();
    const preview = await caller.contacts.previewImport({ filename: "Connections.csv", text });
    const previewMs = performance.now() - start;
    const chunks = chunkDrafts(draftsToSend(preview, {}));
    const counts = { create: 0, update: 0, skip: preview.counts.skip };
    const chunkTimes: number[] = [];
    for (const part of chunks) {
      const t = performance.now();
      const result = await caller.contacts.importDrafts({ drafts: part as never });
      chunkTimes.push(performance.now() - t);
      counts.create += result.create;
      counts.update += result.update;
    }
    const totalMs = performance.now() - start;
    const slowest = Math.max(0, ...chunkTimes);
    console.log(
      `${pass}: ${(totalMs / 1000).toFixed(2)} s end to end (preview ${(previewMs / 1000).toFixed(2)} s, ` +
        `${chunks.length} chunks, slowest ${slowest.toFixed(0)} ms, first ${(chunkTimes[0] ?? 0).toFixed(0)} ms, ` +
        `last ${(chunkTimes.at(-1) ?? 0).toFixed(0)} ms); created ${counts.create}, ` +
        `updated ${counts.update}, skipped ${counts.skip}`,
    );
  }
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
