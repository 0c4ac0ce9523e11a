/** What an admin sees about a digest run. */
export type DigestRunStatus = "finished" | "stopped" | "running" | "interrupted";

/**
 * A live run refreshes its heartbeat after every batch (a batch is held by a five-minute lease), so
 * ten minutes of silence means its worker is gone: killed, out of memory, or the machine lost.
 */
export const RUN_SILENCE_MS = 10 * 60_000;

export function digestRunStatus(
  run: { startedAt: Date; finishedAt: Date | null; heartbeatAt: Date | null; error: string | null },
  now: Date,
): DigestRunStatus {
  if (run.finishedAt) return run.error ? "stopped" : "finished";
  const lastSign = (run.heartbeatAt ?? run.startedAt).getTime();
  return now.getTime() - lastSign > RUN_SILENCE_MS ? "interrupted" : "running";
}
