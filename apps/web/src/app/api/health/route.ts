import { healthReport } from "@rapport/api";
import { getDatabase } from "@rapport/db";
import { isAuthorisedCronRequest, jobsEnv } from "@rapport/jobs";
import { api } from "~/server/api";
import { currentUser } from "~/server/session";

export const dynamic = "force-dynamic";

/** Detail (migrations, latency, the database's error) for the scheduler's secret or an organisation admin. */
async function maySee(request: Request): Promise<boolean> {
  const secret = jobsEnv().CRON_SECRET;
  if (secret && isAuthorisedCronRequest(request.headers.get("authorization"), secret)) return true;
  try {
    if (!(await currentUser())) return false;
    const me = await (await api()).me.get();
    return me.memberships.some((m) => m.role === "admin");
  } catch {
    return false; // the database is down, so nobody can be recognised as an admin
  }
}

export async function GET(request: Request) {
  const { httpStatus, body } = await healthReport(getDatabase, { detail: await maySee(request) });
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
