// The package graph, enforced by `npm run lint` (depcruise). README and ARCHITECTURE draw this picture.
//
//   apps/web ─▶ api ─▶ auth ─▶ email ─▶ db ─▶ domain
//                │              ▲
//                └─▶ jobs ──────┘      (api reaches jobs only through @rapport/jobs/preview)
//
// A package may import what lies to its right on its line (jobs sits beside auth); apps/web may import any. Tests follow the same rules, except that the API's
// integration tests may drive the jobs package as a whole (the digest links they check are the jobs' own).
const pkg = (name) => `^packages/${name}/`;
const only = (from, allowed, comment) => ({
  name: `${from}-imports-only-${allowed.join("-") || "itself"}`,
  comment,
  severity: "error",
  from: { path: pkg(from) },
  to: {
    path: "^(packages|apps)/",
    pathNot: [pkg(from), ...allowed.map(pkg)],
  },
});

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "No import cycles, type-only imports included: a module shared by two others moves below both (seed/context.ts, queries/scope.ts, event-form-values.ts).",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    only("domain", [], "domain holds pure rules: no database, email, auth, jobs or API."),
    only("db", ["domain"], "db is schema and queries over domain rules; nothing above it."),
    only(
      "email",
      ["domain", "db"],
      "email renders and sends (the dev outbox is a db table); no auth, jobs or API.",
    ),
    only("auth", ["domain", "db", "email"], "auth must not depend on jobs or the API."),
    only(
      "jobs",
      ["domain", "db", "email"],
      "the digest and job engine need no auth (secret: db; mailer: email) and no API.",
    ),
    {
      name: "api-reaches-jobs-through-preview",
      comment: "The API may use the digest only through @rapport/jobs/preview, never the engine or pipeline.",
      severity: "error",
      from: { path: pkg("api"), pathNot: "\\.test\\.ts$" },
      to: { path: pkg("jobs"), pathNot: "^packages/jobs/src/preview\\.ts$" },
    },
    {
      name: "api-imports-only-packages-below",
      comment: "The API sits on domain, db, email, auth and the jobs preview; never on the web app.",
      severity: "error",
      from: { path: pkg("api") },
      to: { path: "^apps/" },
    },
    {
      name: "jobs-preview-stays-engine-free",
      comment: "The preview seam must not pull in pg-boss or the job engine.",
      severity: "error",
      from: { path: "^packages/jobs/src/preview\\.ts$" },
      to: { path: ["pg-boss", "^packages/jobs/src/(engine|pipeline|cli)"], reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["node_modules", "\\.next/", "/dist/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
