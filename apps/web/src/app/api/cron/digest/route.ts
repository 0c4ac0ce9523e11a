import { getDatabase } from "@rapport/db";
import { isValidIsoWeekKey } from "@rapport/domain/time";
import { digestNow, isAuthorisedCronRequest, jobsEnv } from "@rapport/jobs";
import { currentJobEngine } from "~/server/job-engine";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

/**
 * For an external scheduler: POST with `Authorization: Bearer $CRON_SECRET` runs the digest-plan job
 * now and waits for the sender jobs it queued (200 with what they did). They run on this process's
 * workers (the embedded start) or on `npm run worker` processes; if they are still sending after four
 * minutes the answer is 202 with what was planned. Without CRON_SECRET configured the endpoint does not exist.
 * `?week=2026-W48` plans that ISO week for everyone, due or not (a missed week; `npm run digest -- --week`).
 */
export async function POST(request: Request) {
  const secret = jobsEnv().CRON_SECRET;
  if (!secret) return Response.json({ error: "Not found." }, { status: 404 });
  if (!isAuthorisedCronRequest(request.headers.get("authorization"), secret)) {
    return Response.json({ error: "A valid Authorization: Bearer token is required." }, { status: 401 });
  }
  const week = new URL(request.url).searchParams.get("week") ?? undefined;
  if (week !== undefined && !isValidIsoWeekKey(week)) {
    return Response.json({ error: "week must be an ISO week like 2026-W48." }, { status: 400 });
  }
  const result = await digestNow({
    week,
    handle: await getDatabase(),
    engine: currentJobEngine(),
    trigger: "cron",
    sendHere: false,
    waitMs: 240_000,
  });
  return Response.json(result, {
    status: result.finished ? 200 : 202,
    headers: { "cache-control": "no-store" },
  });
}
