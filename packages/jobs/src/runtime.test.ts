import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The job engine (pg-boss 12) needs Node 22. The project declares it in "engines" and installs it as the
// root devDependency `node`, which npm puts first on PATH for every script; these checks fail when a
// suite is started on another Node (e.g. the machine's own, bypassing npm).
const root = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

function version(text: string): [number, number] {
  const match = /(\d+)\.(\d+)/.exec(text);
  if (!match) throw new Error(`No version in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

describe("runtime", () => {
  it("runs on the Node the project declares", () => {
    const [wantMajor, wantMinor] = version(root.engines.node);
    const [major, minor] = version(process.versions.node);
    expect(root.engines.node.startsWith(">=")).toBe(true);
    expect(major > wantMajor || (major === wantMajor && minor >= wantMinor), process.version).toBe(true);
  });

  it("installs a Node that satisfies its own engines field", () => {
    const [engineMajor] = version(root.engines.node);
    const [installedMajor] = version(root.devDependencies.node ?? "");
    expect(installedMajor).toBe(engineMajor);
  });
});
