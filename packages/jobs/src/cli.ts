// npm run digest [-- --dry-run] [--week 2026-W48] [--user <id or email>]
import { parseArgs } from "node:util";
import { closeDatabase, getDatabase, listDigestRecipients } from "@rapport/db";
import { isValidIsoWeekKey } from "@rapport/domain/time";
import { databaseSources } from "./digest-sources";
import { digestNow } from "./engine/digest-now";
import { jobsEnv } from "./env";
import { whoIsDue } from "./plan";
import { composeFor } from "./render-digest";

const usage = `Usage: npm run digest -- [--dry-run] [--week YYYY-Www] [--user <id or email>]

  --dry-run   print who would get which digest now, and what it would say; send nothing
  --week      plan this ISO week for everyone (default: each person's current week, once their send time has passed)
  --user      only this person (repeatable)`;

async function main() {
  const { values } = parseArgs({
    options: {
      "dry-run": { type: "boolean", default: false },
      week: { type: "string" },
      user: { type: "string", multiple: true },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return void console.log(usage);
  const env = jobsEnv();
  if (env.npm_config_dry_run === "true") values["dry-run"] = true;
  values.week ??= env.npm_config_week && env.npm_config_week !== "true" ? env.npm_config_week : undefined;
  if (values.week && !isValidIsoWeekKey(values.week)) {
    throw new Error(`--week must be an ISO week like 2026-W48, got "${values.week}"`);
  }
  const handle = await getDatabase();
  const { db } = handle;
  let userIds: string[] | undefined;
  if (values.user?.length) {
    const everyone = await listDigestRecipients(db);
    userIds = values.user.map((wanted) => {
      const found = everyone.find(
        (r) => r.userId === wanted || r.email.toLowerCase() === wanted.toLowerCase(),
      );
      if (!found) throw new Error(`No person in an organisation matches --user ${wanted}`);
      return found.userId;
    });
  }
  const now = new Date();
  if (values["dry-run"]) {
    const entries = await whoIsDue(db, { now, week: values.week, userIds });
    console.log(
      `Dry run at ${now.toISOString()} on ${handle.engine}: ${entries.length} digest(s) due, nothing sent.`,
    );
    for (const entry of entries) {
      const digest = await composeFor(db, databaseSources, entry.recipient, entry.kind, {
        weekKey: entry.isoWeek,
        now,
      });
      const who = `${entry.recipient.name ?? entry.recipient.email} <${entry.recipient.email}>`;
      const what = digest.useful ? `"${digest.subject}"` : "skipped: nothing worth sending yet";
      console.log(`  ${who} · ${entry.kind} digest · ${entry.isoWeek} · ${what}`);
    }
    const all = await listDigestRecipients(db, { userIds });
    const notDue = all.filter((r) => !entries.some((e) => e.recipient.userId === r.userId));
    for (const r of notDue) {
      const why = !r.enabled
        ? "unsubscribed"
        : r.suppressed
          ? "address suppressed"
          : "send time not reached yet this week";
      console.log(`  ${r.name ?? r.email} <${r.email}> · not due (${why})`);
    }
    return;
  }
  // Through the job engine, like the schedule: plan, queue sender jobs, and work them here (any
  // `npm run worker` processes on the same Postgres help).
  const result = await digestNow({
    handle,
    trigger: "cli",
    week: values.week,
    userIds,
    sendHere: true,
    waitMs: 24 * 3_600_000,
    engineOptions: { log: (line) => console.log(`  ${line}`) },
  });
  console.log(
    `Digest run: planned ${result.planned}, sent ${result.sent}, skipped ${result.skipped}, failed ${result.failed}.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase());
