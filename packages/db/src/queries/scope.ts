/** Who is asking, and in which organisation: always taken from the session, never from input. */
export interface OrgScope {
  userId: string;
  organisationId: string;
}
