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

export const teamRoleLabel: Record<TeamRole, string> = { employee: "Team member", manager: "Manager" };
export const orgRoleLabel: Record<OrgRole, string> = { member: "Member", admin: "Admin" };
