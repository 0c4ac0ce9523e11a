import { describe, expect, it } from "vitest";
import { digestRunStatus, RUN_SILENCE_MS } from "./run-status";

const start = new Date("2026-11-23T08:00:00Z");
const at = (ms: number) => new Date(start.getTime() + ms);

describe("digestRunStatus", () => {
  it("calls a run that finished without an error finished, and one with an error stopped", () => {
    expect(
      digestRunStatus({ startedAt: start, finishedAt: at(1000), heartbeatAt: null, error: null }, at(2e9)),
    ).toBe("finished");
    expect(
      digestRunStatus(
        { startedAt: start, finishedAt: at(1000), heartbeatAt: null, error: "db gone" },
        at(2000),
      ),
    ).toBe("stopped");
  });

  it("keeps a run with a recent heartbeat running, however long it has been going", () => {
    const run = { startedAt: start, finishedAt: null, heartbeatAt: at(5 * 3_600_000), error: null };
    expect(digestRunStatus(run, at(5 * 3_600_000 + RUN_SILENCE_MS))).toBe("running");
  });

  it("calls a run whose worker went silent interrupted", () => {
    const run = { startedAt: start, finishedAt: null, heartbeatAt: at(60_000), error: null };
    expect(digestRunStatus(run, at(60_000 + RUN_SILENCE_MS + 1))).toBe("interrupted");
    // A run that died before its first heartbeat is judged from its start.
    expect(
      digestRunStatus(
        { startedAt: start, finishedAt: null, heartbeatAt: null, error: null },
        at(RUN_SILENCE_MS + 1),
      ),
    ).toBe("interrupted");
  });
});
