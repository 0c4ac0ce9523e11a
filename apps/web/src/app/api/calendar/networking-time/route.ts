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
    weeklyBlock: {
      uid: `networking-time-${user.id}@rapport`,
      title: "Networking time",
      description: "Your weekly slot for meeting people and following up. Set in Rapport.",
      byDay: block.days,
      startTime: block.startTime,
      durationMinutes: block.durationMinutes,
      timeZone: block.timeZone,
      startDate: block.startDate,
      sequence: block.sequence,
      updatedAt: block.updatedAt,
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": calendarContentType,
      "Content-Disposition": 'attachment; filename="networking-time.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
