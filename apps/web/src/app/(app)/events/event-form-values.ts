/** What the event form starts from: an event being edited, or a new one's defaults. */
export interface EventFormValues {
  eventId?: string;
  teamId?: string;
  title: string;
  kind: string;
  allDay: boolean;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  venue: string;
  onlineUrl: string;
  organiserUrl: string;
  tags: string;
  cost: string;
  description: string;
}
