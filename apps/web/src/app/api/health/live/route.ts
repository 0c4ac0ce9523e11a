// Liveness: the process is up and answering. It never touches the database, so a slow or lost
// database makes a process unready (no traffic) but never gets it restarted for nothing.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "live" }, { headers: { "Cache-Control": "no-store" } });
}
