// Memory soak: the page benchmark's signed-in people for a sustained period, then idle, while the
// server's memory is sampled.
//
//   npm run bench:soak -- [--engine=pglite|postgres] [--minutes=10] [--users=20] [--idle=30] [--port=3390]
//                          [--snapshots=120,570]
//
// Every user keeps one session and walks Today → People → Events → Goals (one in five is a manager on
// the team dashboard instead). Every few seconds it records the server's resident memory (RSS, the whole
// process group, from /proc) and the server's own V8 figures (heap used, external and array buffers,
// where PGlite's WASM memory lives), written by the server when RAPPORT_MEMORY_SAMPLE_FILE is set.
// Prints start, peak, end and the slope over the second half of the load; writes a chart to
// bench/soak/<engine>.svg. Needs a build (npx turbo run build --filter=@rapport/web).
// --snapshots=<seconds,…> writes V8 heap snapshots of the server at those times after the load starts
// (Node's own --heapsnapshot-signal, so nothing in the app listens for it) into a folder it names;
// compare two with `npx tsx bench/soak/heap-diff.ts <first> <second>`. Writing one pauses the server for
// a few seconds and shows in the chart, so runs for figures are made without.

import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EngineName, load, machine, option, prepareDemo, root, startServer } from "../pages/harness";

interface Sample {
  t: number;
  rss: number;
  heap: number;
  external: number;
  /** PGlite's WebAssembly memory (the server samples it when the database is PGlite). */
  wasm: number;
  phase: "load" | "idle";
}

const engine = option("engine", "pglite") as EngineName;
const minutes = Number(option("minutes", "10"));
const users = Number(option("users", "20"));
const idleSeconds = Number(option("idle", "30"));
const port = Number(option("port", "3390"));
const snapshotAt = option("snapshots", "").split(",").filter(Boolean).map(Number);
const SAMPLE_MS = 5_000;
const MB = 1024 * 1024;

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  const num = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

function chart(samples: Sample[], title: string): string {
  const w = 720;
  const h = 320;
  const pad = 48;
  const maxT = Math.max(...samples.map((s) => s.t), 1);
  const maxY = Math.ceil(Math.max(...samples.map((s) => s.rss), 1) / 100) * 100;
  const x = (t: number) => pad + (t / maxT) * (w - 2 * pad);
  const y = (v: number) => h - pad - (v / maxY) * (h - 2 * pad);
  const line = (pick: (s: Sample) => number, colour: string) =>
    `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${samples
      .map((s) => `${x(s.t).toFixed(1)},${y(pick(s)).toFixed(1)}`)
      .join(" ")}"/>`;
  const idleAt = samples.find((s) => s.phase === "idle")?.t;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = Math.round(maxY * f);
    return `<text x="${pad - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text><line x1="${pad}" x2="${w - pad}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11">
<title>${title}: resident memory, V8 heap and external memory over time</title>
<rect width="${w}" height="${h}" fill="#fff"/>
<text x="${pad}" y="20" font-size="13">${title}</text>
${ticks.join("\n")}
${idleAt !== undefined ? `<line x1="${x(idleAt)}" x2="${x(idleAt)}" y1="${pad}" y2="${h - pad}" stroke="#999" stroke-dasharray="4"/><text x="${x(idleAt) + 4}" y="${pad + 10}">idle</text>` : ""}
${line((s) => s.rss, "#1f5fbf")}
${line((s) => s.heap, "#c0392b")}
${line((s) => s.external, "#27ae60")}
${samples.some((s) => s.wasm > 0) ? line((s) => s.wasm, "#8e44ad") : ""}
<text x="${pad}" y="${h - 12}">MB over ${(maxT / 60).toFixed(1)} min · blue: RSS · red: V8 heap used · green: external (incl. WASM)${samples.some((s) => s.wasm > 0) ? " · purple: PGlite WASM memory" : ""}</text>
</svg>
`;
}

async function main() {
  if (!["pglite", "postgres"].includes(engine)) throw new Error("--engine is pglite or postgres");
  // --database names the scratch Postgres database (dropped and made again), for a shared server.
  const prepared = await prepareDemo(engine, users, option("database", "rapport_bench_pages"));
  const sampleFile = join(mkdtempSync(join(tmpdir(), "rapport-soak-")), "memory.jsonl");
  // --node-options tries a V8 setting on the server only (e.g. --node-options=--max-old-space-size=256).
  let nodeOptions = option("node-options", "");
  const snapshotDir = snapshotAt.length ? mkdtempSync(join(tmpdir(), "rapport-heap-")) : undefined;
  if (snapshotDir) {
    // The V8 settings npm start gives the server, plus Node's own signal for a heap snapshot.
    const script = JSON.parse(readFileSync(join(root, "apps", "web", "package.json"), "utf8")).scripts.start;
    const startOptions = nodeOptions || (/NODE_OPTIONS:-([^}"]*)/.exec(script)?.[1] ?? "");
    nodeOptions = `${startOptions} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}`.trim();
  }
  const server = await startServer(
    {
      ...prepared.serverEnv,
      RAPPORT_MEMORY_SAMPLE_FILE: sampleFile,
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
    port,
  );
  if (nodeOptions) console.log(`Server NODE_OPTIONS: ${nodeOptions}`);
  console.log(
    `Memory soak: ${prepared.label}; ${users} users for ${minutes} min, then ${idleSeconds} s idle`,
  );
  console.log(`Machine: ${machine()}`);
  const started = performance.now();
  const samples: Sample[] = [];
  let phase: Sample["phase"] = "load";
  const take = () => {
    const lines = existsSync(sampleFile) ? readFileSync(sampleFile, "utf8").trim().split("\n") : [];
    const last = lines.length
      ? JSON.parse(lines[lines.length - 1] as string)
      : { heapUsed: 0, external: 0, wasm: 0 };
    samples.push({
      t: (performance.now() - started) / 1000,
      rss: server.rssMb(),
      heap: last.heapUsed / MB,
      external: last.external / MB,
      wasm: (last.wasm ?? 0) / MB,
      phase,
    });
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  const snapshots = snapshotAt.map((seconds) =>
    setTimeout(() => {
      console.log(`  heap snapshot at ${seconds} s`);
      process.kill(-(server.child.pid as number), "SIGUSR2");
    }, seconds * 1000),
  );
  try {
    const employees = prepared.people.filter((p) => p.role === "employee");
    const managers = prepared.people.filter((p) => p.role === "manager");
    const walk = ["/today", "/people", "/events", "/goals"];
    const loadUsers = Array.from({ length: users }, (_, i) => {
      const manager = i % 5 === 4;
      const cookie = (manager ? managers[i % managers.length] : employees[i % employees.length])?.cookie;
      let step = i;
      return { cookie, path: () => (manager ? prepared.teamPath : (walk[step++ % walk.length] as string)) };
    });
    const result = await load(server.origin, loadUsers, minutes * 60);
    console.log(
      `  load: ${result.requests} pages, ${result.perSecond.toFixed(1)}/s, p50 ${result.p50.toFixed(0)} ms, ` +
        `p99 ${result.p99.toFixed(0)} ms, errors ${result.errors}, time-outs ${result.timeouts}` +
        (result.firstError ? ` (${result.firstError})` : ""),
    );
    phase = "idle";
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    take();
  } finally {
    clearInterval(timer);
    for (const t of snapshots) clearTimeout(t);
    await server.stop();
    prepared.cleanup();
  }

  const loadSamples = samples.filter((s) => s.phase === "load");
  const loadEnd = loadSamples[loadSamples.length - 1]?.t ?? 0;
  const secondHalf = loadSamples.filter((s) => s.t >= loadEnd / 2);
  const perMinute = (pick: (s: Sample) => number) =>
    slope(secondHalf.map((s) => ({ x: s.t / 60, y: pick(s) })));
  const first = samples[0] as Sample;
  const last = samples[samples.length - 1] as Sample;
  const peak = Math.max(...samples.map((s) => s.rss));
  console.log(
    `\n| engine | RSS at start | peak | end of load | after ${idleSeconds} s idle | RSS slope, 2nd half | heap slope, 2nd half | WASM start → end |`,
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(
    `| ${engine} | ${first.rss.toFixed(0)} MB | ${peak.toFixed(0)} MB | ${(loadSamples[loadSamples.length - 1] as Sample).rss.toFixed(0)} MB | ` +
      `${last.rss.toFixed(0)} MB | ${perMinute((s) => s.rss).toFixed(1)} MB/min | ${perMinute((s) => s.heap).toFixed(1)} MB/min | ` +
      `${(samples.find((s) => s.wasm > 0)?.wasm ?? 0).toFixed(0)} → ${last.wasm.toFixed(0)} MB |`,
  );
  if (snapshotDir)
    console.log(
      `Heap snapshots: ${readdirSync(snapshotDir)
        .map((f) => join(snapshotDir, f))
        .join(" ")}`,
    );
  const file = join(__dirname, `${engine}.svg`);
  writeFileSync(file, chart(samples, `Rapport memory soak, ${prepared.label}, ${users} users`));
  console.log(`Chart: ${file}`);
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
