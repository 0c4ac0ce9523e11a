"use client";

import { useRef, useState } from "react";
import { buttonClass } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Menu, MenuItem, MenuSeparator } from "~/components/ui/menu";
import { useToast } from "~/components/ui/toast";
import { AddToTeamForm, LeaveTeamForm, RemoveMemberForm, RoleForm } from "./member-forms";
import type { MemberRow, TeamOption } from "./types";

type Open =
  | { kind: "role" }
  | { kind: "team" }
  | { kind: "leave"; teamId: string }
  | { kind: "remove" }
  | null;

/**
 * One person's actions. Every item names the person ("Change Jamie Lee's role"), so a screen reader's
 * list of controls never holds two identical names; each opens a dialog that says what will happen.
 */
export function PersonMenu({ member, who, teams }: { member: MemberRow; who: string; teams: TeamOption[] }) {
  const [open, setOpen] = useState<Open>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const toast = useToast();
  const close = () => setOpen(null);
  const done = (message: string) => {
    setOpen(null);
    toast({ title: message, tone: "success" });
  };
  const leaving = open?.kind === "leave" ? member.teams.find((t) => t.teamId === open.teamId) : undefined;
  const dialog = (title: string, isOpen: boolean, body: React.ReactNode, description?: string) => (
    <Dialog
      title={title}
      description={description}
      open={isOpen}
      onOpenChange={(next) => (next ? null : close())}
      returnFocusTo={trigger}
    >
      {body}
    </Dialog>
  );

  return (
    <>
      <Menu
        modal={false}
        trigger={
          <button ref={trigger} type="button" className={buttonClass("secondary", "sm", "shrink-0")}>
            {/* Named "Manage Lena Park": the visible word starts the name, so voice control finds it too. */}
            Manage<span className="sr-only"> {who}</span>
            <span aria-hidden="true">▾</span>
          </button>
        }
      >
        <MenuItem onSelect={() => setOpen({ kind: "role" })}>Change {who}'s role</MenuItem>
        {teams.length > 0 ? (
          <MenuItem onSelect={() => setOpen({ kind: "team" })}>Add {who} to a team</MenuItem>
        ) : null}
        {member.teams.map((placement) => (
          <MenuItem
            key={placement.teamId}
            onSelect={() => setOpen({ kind: "leave", teamId: placement.teamId })}
          >
            Remove {who} from {placement.teamName}
          </MenuItem>
        ))}
        {member.isMe ? null : (
          <>
            <MenuSeparator />
            <MenuItem onSelect={() => setOpen({ kind: "remove" })} className="text-red-700 dark:text-red-300">
              Remove {who}
            </MenuItem>
          </>
        )}
      </Menu>
      {dialog(
        `Change ${who}'s role`,
        open?.kind === "role",
        <RoleForm member={member} who={who} onDone={done} />,
      )}
      {dialog(
        `Add ${who} to a team`,
        open?.kind === "team",
        <AddToTeamForm member={member} who={who} teams={teams} onDone={done} />,
        "Choosing a team they are already in changes their role there.",
      )}
      {dialog(
        `Remove ${who} from ${leaving?.teamName ?? "the team"}`,
        Boolean(leaving),
        leaving ? <LeaveTeamForm member={member} who={who} team={leaving} onDone={done} /> : null,
        "They stay in the organisation and keep everything they logged.",
      )}
      {dialog(
        `Remove ${who}`,
        open?.kind === "remove",
        <RemoveMemberForm member={member} who={who} onDone={done} />,
        `${who} loses access to the organisation and its teams. What they logged stays theirs.`,
      )}
    </>
  );
}
