import { eq, inArray, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/** Who is asking, and in which organisation: always taken from the session, never from input. */
export interface OrgScope {
  userId: string;
  organisationId: string;
}

/** Several people of one organisation, for reads that serve many at once (a team goal, a goal list). */
export interface PeopleScope {
  userIds: string[];
  organisationId: string;
}

/** The person, or the people, a read is about: `column = userId` or `column in (userIds)`. */
export function ownedBy(column: AnyPgColumn, who: OrgScope | PeopleScope): SQL {
  return "userIds" in who ? inArray(column, who.userIds) : eq(column, who.userId);
}

/** An instant range of logged activity. */
export interface ActivityRange {
  /** Inclusive instant. */
  from: Date;
  /** Exclusive instant. */
  to: Date;
}
