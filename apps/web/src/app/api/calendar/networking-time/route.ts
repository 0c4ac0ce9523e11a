import { calendar } from "@rapport/api";
import { calendarContentType, writeCalendar } from "@rapport/domain/calendar";
import { api } from "~/server/api";
import { currentUser } from "~/server/session";

export const dynamic = "force-dynamic";

/** The signed-in person's weekly networking time block as a recurring calendar event. */
export async function GET() {
  const user = await currentUser();
  if (!user) return new Response("Please sign in.", { status: 401 });
  const block = await (await api()).coaching.timeBlock();
  if (!block) return new Response("You have not set a networking time block yet.", { status: 404 });
  const body = writeCalendar({
    name: "Networking time",
    events: [],
    weeklyBlock: calendar.weeklyBlockFor(user.id, block),
  });
  return new Response(body, {
    headers: {
      "Content-Type": calendarContentType,
      "Content-Disposition": 'attachment; filename="networking-time.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
