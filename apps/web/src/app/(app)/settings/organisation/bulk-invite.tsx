import { BulkInviteForm } from "./bulk-invite-form";
import type { TeamOption } from "./types";

/** Inviting many people at once, folded away under the one-person form until it is wanted. */
export function BulkInvite({ teams }: { teams: TeamOption[] }) {
  return (
    <details className="mt-6 border-t border-line pt-4">
      <summary className="cursor-pointer text-sm font-medium text-accent">
        Invite several people at once
      </summary>
      <div className="mt-4">
        <BulkInviteForm teams={teams} />
      </div>
    </details>
  );
}
