// Compares two V8 heap snapshots of one process (bench/soak --snapshots): objects alive in the second
// that were not in the first, grouped by constructor (count and own size), and for the largest groups
// the chain of objects that keeps a few of them alive.
//   node --max-old-space-size=6144 --import tsx bench/soak/heap-diff.ts <first.heapsnapshot> <second.heapsnapshot>
// V8 keeps an object's id across snapshots of one process, so "new" means allocated between the two
// and still reachable at the second.
import { readFileSync } from "node:fs";

interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[]];
      edge_fields: string[];
      edge_types: [string[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

function load(file: string) {
  const s = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
  const nf = s.snapshot.meta.node_fields.length;
  const ef = s.snapshot.meta.edge_fields.length;
  const count = s.nodes.length / nf;
  const f = (name: string) => s.snapshot.meta.node_fields.indexOf(name);
  const [T, N, ID, SIZE, EC] = [f("type"), f("name"), f("id"), f("self_size"), f("edge_count")];
  const types = s.snapshot.meta.node_types[0];
  const edgeTypes = s.snapshot.meta.edge_types[0];
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = (firstEdge[i] ?? 0) + (s.nodes[i * nf + EC] ?? 0) * ef;
  return {
    count,
    id: (i: number) => s.nodes[i * nf + ID] as number,
    size: (i: number) => s.nodes[i * nf + SIZE] as number,
    label: (i: number) =>
      `${types[s.nodes[i * nf + T] as number]}:${s.strings[s.nodes[i * nf + N] as number]?.slice(0, 60)}`,
    /** (edge type, edge name, target node index) of node i's outgoing edges. */
    *edges(i: number): Generator<[string, string, number]> {
      for (let e = firstEdge[i] as number; e < (firstEdge[i + 1] as number); e += ef) {
        const type = edgeTypes[s.edges[e] as number] as string;
        const nameOrIndex = s.edges[e + 1] as number;
        const name =
          type === "element" || type === "hidden" ? `[${nameOrIndex}]` : (s.strings[nameOrIndex] ?? "");
        yield [type, name, (s.edges[e + 2] as number) / nf];
      }
    },
    total: () => {
      let t = 0;
      for (let i = 0; i < count; i++) t += s.nodes[i * nf + SIZE] as number;
      return t;
    },
  };
}

const [firstFile, secondFile] = process.argv.slice(2);
if (!firstFile || !secondFile) throw new Error("usage: heap-diff.ts <first> <second>");
const a = load(firstFile);
const seen = new Set<number>();
for (let i = 0; i < a.count; i++) seen.add(a.id(i));
const aTotal = a.total();
const b = load(secondFile);
const MB = 1024 * 1024;
console.log(
  `first: ${a.count} objects, ${(aTotal / MB).toFixed(1)} MB; second: ${b.count} objects, ${(b.total() / MB).toFixed(1)} MB`,
);

const groups = new Map<string, { count: number; size: number; samples: number[] }>();
let newSize = 0;
for (let i = 0; i < b.count; i++) {
  if (seen.has(b.id(i))) continue;
  const key = b.label(i);
  const g = groups.get(key) ?? { count: 0, size: 0, samples: [] };
  g.count += 1;
  g.size += b.size(i);
  if (g.samples.length < 4 && g.count % 97 === 1) g.samples.push(i);
  groups.set(key, g);
  newSize += b.size(i);
}
console.log(`alive in the second and not in the first: ${(newSize / MB).toFixed(1)} MB (own sizes)\n`);
const top = [...groups.entries()].sort((x, y) => y[1].size - x[1].size).slice(0, 30);
for (const [key, g] of top)
  console.log(`${(g.size / 1024).toFixed(0).padStart(9)} KB ${String(g.count).padStart(8)}  ${key}`);

// Who keeps them: reverse edges, then from a few samples of the largest groups up to an old object.
const retainers = new Map<number, [string, number][]>();
for (let i = 0; i < b.count; i++)
  for (const [type, name, to] of b.edges(i)) {
    if (type === "weak") continue;
    const list = retainers.get(to) ?? [];
    if (list.length < 4) list.push([`${type === "element" ? "" : "."}${name}`, i]);
    retainers.set(to, list);
  }
console.log("\nretained through (sample → … → first object that was already alive in the first snapshot):");
for (const [key, g] of top.slice(0, 10)) {
  for (const start of g.samples.slice(0, 2)) {
    const path: string[] = [key];
    let at = start;
    const visited = new Set<number>([at]);
    for (let depth = 0; depth < 14; depth++) {
      const up = (retainers.get(at) ?? []).find(([, from]) => !visited.has(from));
      if (!up) break;
      const [edge, from] = up;
      visited.add(from);
      path.push(`${edge} ← ${b.label(from)}${seen.has(b.id(from)) ? " (old)" : ""}`);
      at = from;
      if (seen.has(b.id(from)) && depth > 2) break;
    }
    console.log(`- ${path.join("\n    ")}`);
  }
}
