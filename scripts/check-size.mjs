#!/usr/bin/env node
// Size rule, part of `npm run lint`: no source file over 400 lines and no component function over 150
// lines. Tests (*.test.*, e2e/), generated code (drizzle/, .next/) and fixtures are outside the rule.
// Prints each offender with its size; exits 1 when there is one that the allowlist below does not name.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const MAX_FILE_LINES = 400;
const MAX_COMPONENT_LINES = 150;
const ROOTS = ["apps", "packages", "bench", "scripts"];
const SKIP_DIRS = new Set(["node_modules", ".next", "dist", ".reports", ".data", "test-corpus"]);
const IS_TEST = /\.(test|spec)\.[cm]?[jt]sx?$|\.fixtures\.[jt]sx?$|\/testing\//;

// Allowlist for a debt taken knowingly (a file path, with its owner and reason beside it). Empty: every
// file keeps the rule, and an entry that no longer breaks it fails lint, so the list can only shrink.
/** @type {Set<string>} */
const ALLOWED = new Set([]);

const root = new URL("..", import.meta.url).pathname;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.[cm]?[jt]sx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) yield path;
  }
}

/** A component is a function named in PascalCase (a declaration, or an arrow or function assigned to one). */
function componentsOf(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = [];
  const lines = (node) =>
    source.getLineAndCharacterOfPosition(node.getEnd()).line -
    source.getLineAndCharacterOfPosition(node.getStart(source)).line +
    1;
  const visit = (node) => {
    let name;
    let body;
    if (ts.isFunctionDeclaration(node) && node.name) {
      name = node.name.text;
      body = node;
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      name = node.name.text;
      body = node.initializer;
    }
    if (name && /^[A-Z]/.test(name) && /\.[jt]sx$/.test(file)) found.push({ name, lines: lines(body) });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const problems = [];
for (const top of ROOTS) {
  for (const path of sourceFiles(join(root, top))) {
    const file = relative(root, path);
    if (IS_TEST.test(file)) continue;
    const text = readFileSync(path, "utf8");
    const count = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    if (count > MAX_FILE_LINES) problems.push({ file, what: `${count} lines (at most ${MAX_FILE_LINES})` });
    for (const c of componentsOf(file, text))
      if (c.lines > MAX_COMPONENT_LINES)
        problems.push({
          file,
          what: `component ${c.name} is ${c.lines} lines (at most ${MAX_COMPONENT_LINES})`,
        });
  }
}

let failed = 0;
for (const p of problems) {
  const allowed = ALLOWED.has(p.file);
  if (!allowed) failed++;
  console.log(`${allowed ? "allowed (temporary)" : "too long"}: ${p.file}: ${p.what}`);
}
// An entry that no longer offends must leave the list, so it only shrinks.
for (const file of ALLOWED)
  if (!problems.some((p) => p.file === file)) {
    failed++;
    console.log(`now within the rule, remove it from the allowlist in scripts/check-size.mjs: ${file}`);
  }
if (failed) {
  console.log(`${failed} file(s) over the size rule; split them into named sections or hooks.`);
  process.exit(1);
}
