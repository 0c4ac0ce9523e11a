/** Plain, already-formatted rows the page hands to its client components (dates formatted on the server). */

export type OrgRole = "admin" | "member";
export type TeamRole = "employee" | "manager";

export interface TeamOption {
  id: string;
  name: string;
}

export interface TeamRow extends TeamOption {
  members: number;
  managers: number;
}

export interface InvitationRow {
  id: string;
  email: string;
  teamName: string | null;
  orgRole: OrgRole;
  teamRole: TeamRole;
  state: "pending" | "accepted" | "revoked" | "expired";
  sentOn: string;
  expiresOn: string;
}

export interface MemberRow {
  userId: string;
  name: string | null;
  email: string;
  role: OrgRole;
  joinedOn: string;
  isMe: boolean;
  teams: { teamId: string; teamName: string; role: TeamRole }[];
}

/** What the directory's search form holds, read from the page's address. */
export interface DirectoryFilters {
  q?: string;
  role?: OrgRole;
  team?: string;
}

export interface DirectoryPage {
  people: MemberRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** The page's address for these filters and page, landing on the directory. */
export function directoryHref(filters: DirectoryFilters, page: number): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.role) params.set("role", filters.role);
  if (filters.team) params.set("team", filters.team);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/settings/organisation${query ? `?${query}` : ""}#people`;
}

export const teamRoleLabel: Record<TeamRole, string> = { employee: "Team member", manager: "Manager" };
export const orgRoleLabel: Record<OrgRole, string> = { member: "Member", admin: "Admin" };
