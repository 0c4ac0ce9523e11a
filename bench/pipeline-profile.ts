// Reads V8 CPU profiles (node --cpu-prof) of digest workers and prints where their time went, by
// package: `npx tsx bench/pipeline-profile.ts <file.cpuprofile>…`. bench/pipeline.ts calls it when
// BENCH_CPU_PROF names a folder (each worker then writes its profile there when it stops).
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A sample's bucket: the package (or Rapport workspace) its innermost frame belongs to. */
function bucketOf(frame: ProfileNode["callFrame"]): string {
  if (!frame.url) return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/g;
  let last: string | undefined;
  for (let m = modules.exec(frame.url); m; m = modules.exec(frame.url)) last = m[1];
  if (last) return last;
  const workspace = /\/(packages|apps)\/([^/]+)\//.exec(frame.url);
  if (workspace) return `rapport ${workspace[1]}/${workspace[2]}`;
  if (frame.url.startsWith("node:")) return "node internals";
  return frame.url;
}

export function summariseProfile(file: string, top = 12): string[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const bucket = bucketOf(node.callFrame);
    totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const wall = (profile.endTime - profile.startTime) / 1000;
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `${file}: ${(wall / 1000).toFixed(1)} s profiled`,
    ...rows.map(([bucket, us]) => `  ${((us / 1000 / wall) * 100).toFixed(1).padStart(5)} %  ${bucket}`),
  ];
}

if (process.argv[1]?.endsWith("pipeline-profile.ts")) {
  for (const file of process.argv.slice(2)) console.log(summariseProfile(file).join("\n"));
}
