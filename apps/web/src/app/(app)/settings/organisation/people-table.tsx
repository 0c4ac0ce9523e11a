import { Badge } from "~/components/ui/badge";
import { EmptyState } from "~/components/ui/card";
import { AddToTeamForm, RemoveFromTeamButton, RemoveMemberForm, RoleForm } from "./member-forms";
import { type MemberRow, type TeamOption, teamRoleLabel } from "./types";

/** Everyone in the organisation. The table scrolls sideways inside its own box on small screens. */
export function PeopleTable({ members, teams }: { members: MemberRow[]; teams: TeamOption[] }) {
  if (members.length === 0) {
    return (
      <EmptyState title="Nobody here yet">
        Invitations you send show up here once they are accepted.
      </EmptyState>
    );
  }
  return (
    // relative: the visually hidden header text is positioned, and must scroll (and clip) with the table.
    <div className="relative -mx-5 overflow-x-auto sm:mx-0">
      <table className="w-full min-w-[54rem] text-left text-sm">
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-5 py-2 font-medium sm:pl-0">
              Person
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Organisation role
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Teams
            </th>
            <th scope="col" className="px-5 py-2 font-medium sm:pr-0">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {members.map((member) => (
            <MemberTableRow key={member.userId} member={member} teams={teams} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberTableRow({ member, teams }: { member: MemberRow; teams: TeamOption[] }) {
  const who = member.name ?? member.email;
  return (
    <tr className="align-top">
      <th scope="row" className="px-5 py-4 text-left font-normal sm:pl-0">
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{who}</span>
          {member.isMe ? <Badge tone="accent">You</Badge> : null}
        </span>
        {member.name ? <span className="block break-all text-muted">{member.email}</span> : null}
        <span className="block text-xs text-muted">Joined {member.joinedOn}</span>
      </th>
      <td className="px-3 py-4">
        <RoleForm userId={member.userId} who={who} role={member.role} />
      </td>
      <td className="px-3 py-4">
        {member.teams.length > 0 ? (
          <ul className="mb-3 space-y-1.5">
            {member.teams.map((placement) => (
              <li key={placement.teamId} className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{placement.teamName}</span>
                <Badge tone={placement.role === "manager" ? "accent" : "neutral"}>
                  {teamRoleLabel[placement.role]}
                </Badge>
                <RemoveFromTeamButton
                  userId={member.userId}
                  teamId={placement.teamId}
                  label={`Remove ${who} from ${placement.teamName}`}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-3 text-muted">Not in a team yet.</p>
        )}
        {teams.length > 0 ? (
          <AddToTeamForm userId={member.userId} who={who} teams={teams} current={member.teams} />
        ) : (
          <p className="text-xs text-muted">Create a team to place people in it.</p>
        )}
      </td>
      <td className="px-5 py-4 text-right sm:pr-0">
        {member.isMe ? null : <RemoveMemberForm userId={member.userId} who={who} />}
      </td>
    </tr>
  );
}
