// The package ships plain JavaScript: edges are [u, v, weight]; the answer maps each vertex to its mate (-1 if none).
declare module "edmonds-blossom-fixed" {
  export default function blossom(edges: [number, number, number][], maxCardinality?: boolean): number[];
}
