// Event rules: kinds, RSVP answers by phase, tags, and the prep card's conversation starters.

export {
  eventToCalendar,
  IMPORTED_EVENT_KIND,
  type ImportedFields,
  importedToFields,
  type StoredEvent,
  sameInCalendar,
} from "./calendar-mapping";
export {
  allowedRsvps,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  type EventKind,
  type EventPhase,
  eventPhase,
  metOnDate,
  normaliseTags,
  RSVP_STATUSES,
  type RsvpStatus,
} from "./phase";
export { CONVERSATION_STARTERS, FOLLOW_UP_CHECKLIST, startersForEvent } from "./starters";
