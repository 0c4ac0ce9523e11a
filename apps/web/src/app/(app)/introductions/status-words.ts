import type { IntroRequestStatus, RequesterIntroStatus } from "@rapport/domain/sharing";

type Tone = "neutral" | "green" | "amber" | "accent";

/** What the requester reads for each status: kind, and never a reason. */
export const REQUESTER_STATUS: Record<RequesterIntroStatus, { label: string; tone: Tone }> = {
  waiting: { label: "Waiting for an answer", tone: "neutral" },
  asking: { label: "They've asked, waiting to hear", tone: "accent" },
  accepted: { label: "Accepted", tone: "green" },
  not_this_time: { label: "Not this time", tone: "neutral" },
  done: { label: "Met and added", tone: "green" },
};

export const INTRODUCER_STATUS: Record<IntroRequestStatus, { label: string; tone: Tone }> = {
  pending: { label: "Waiting for you", tone: "amber" },
  asked_waiting: { label: "You asked them", tone: "accent" },
  accepted: { label: "Accepted", tone: "green" },
  declined: { label: "Declined", tone: "neutral" },
  expired: { label: "Lapsed", tone: "neutral" },
  done: { label: "They met", tone: "green" },
};
