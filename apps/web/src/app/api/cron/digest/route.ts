import { getDatabase } from "@rapport/db";
import {
  digestMailer,
  isAuthorisedCronRequest,
  jobsEnv,
  renderContextFromEnv,
  runDigest,
} from "@rapport/jobs";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

/**
 * For an external scheduler: POST with `Authorization: Bearer $CRON_SECRET` runs the digest now.
 * Without CRON_SECRET configured the endpoint does not exist.
 */
export async function POST(request: Request) {
  const secret = jobsEnv().CRON_SECRET;
  if (!secret) return Response.json({ error: "Not found." }, { status: 404 });
  if (!isAuthorisedCronRequest(request.headers.get("authorization"), secret)) {
    return Response.json({ error: "A valid Authorization: Bearer token is required." }, { status: 401 });
  }
  const { db } = await getDatabase();
  const result = await runDigest({
    db,
    mailer: digestMailer(db),
    render: await renderContextFromEnv(db),
    trigger: "cron",
    requestsPerSecond: jobsEnv().RESEND_REQUESTS_PER_SECOND,
  });
  return Response.json(result, { headers: { "cache-control": "no-store" } });
}
