// Team goals ("each of us attends one event a month"): everyone has the same target.

export interface MemberShare {
  memberId: string;
  progress: number;
  /** Whole percent of the member's target, rounded down and capped at 100. */
  percent: number;
  done: boolean;
}

export interface TeamShares {
  /** In the order the members were given. */
  members: MemberShare[];
  team: {
    /** perMemberTarget × number of members. */
    target: number;
    /** Sum of each member's progress, each capped at the member target. */
    progress: number;
    percent: number;
    membersDone: number;
  };
}

/**
 * Each member's share of a per-member target, and the team's overall.
 *
 * The team figure caps every member at their own target: the goal is that EACH person gets
 * there, so one enthusiast doing five events must not hide four teammates doing none.
 */
export function memberShares(
  perMemberTarget: number,
  progressByMember: Readonly<Record<string, number>>,
): TeamShares {
  if (!Number.isFinite(perMemberTarget) || perMemberTarget <= 0) {
    throw new RangeError(`Per-member target must be a positive number, got ${perMemberTarget}`);
  }
  const members = Object.entries(progressByMember).map(([memberId, raw]): MemberShare => {
    const progress = Number.isFinite(raw) ? Math.max(0, raw) : 0;
    return {
      memberId,
      progress,
      percent: Math.min(100, Math.floor((progress * 100) / perMemberTarget)),
      done: progress >= perMemberTarget,
    };
  });
  const target = perMemberTarget * members.length;
  const progress = members.reduce((sum, m) => sum + Math.min(m.progress, perMemberTarget), 0);
  return {
    members,
    team: {
      target,
      progress,
      percent: target === 0 ? 0 : Math.floor((progress * 100) / target),
      membersDone: members.filter((m) => m.done).length,
    },
  };
}
