import { healthReport } from "@rapport/api";
import { getDatabase } from "@rapport/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const { httpStatus, body } = await healthReport(getDatabase);
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
