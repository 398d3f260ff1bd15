// The layers of ARCHITECTURE.md, checked on every import of every source file: what each room may
// import, and no import cycle anywhere. Imports are read with TypeScript's own pre-processor (the
// compiler is already here for the typecheck); a linter with a plugin for this would add a hundred
// packages to check a dozen lines of rules.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (name.endsWith('.ts')) out.push(full);
  }
  return out;
}

interface Import {
  from: string;
  /** The module as written. */
  spec: string;
  /** The file it resolves to, for relative imports. */
  file?: string;
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: spec }) => ({
    from: file,
    spec,
    file: spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : undefined,
  }));
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const files = ['server/src', 'client/src'].flatMap((d) => sourceFiles(path.join(ROOT, d)));
const imports = files.flatMap(importsOf);

/** Each rule: the files it applies to, and what they may not import (a package or a folder). */
const RULES: Array<{ files: string; forbidden: RegExp; why: string }> = [
  { files: 'server/src/core/', forbidden: /^(vscode|vscode-languageserver|vscode-languageserver-textdocument|vscode-languageclient|vscode-jsonrpc)(\/|$)/, why: 'the core is editor-free' },
  { files: 'server/src/core/', forbidden: /^(node:)?(fs|fs\/promises|worker_threads|os|path|child_process|net|http|https)$/, why: 'the core does no I/O: files and threads are the host layer' },
  { files: 'server/src/core/', forbidden: /(^|\/)(lsp|cli|host)\//, why: 'the core imports nothing above it' },
  { files: 'server/src/host/', forbidden: /^(vscode|vscode-languageserver)(\/|$)|(^|\/)(lsp|cli)\//, why: 'the host layer serves the server and the CLI alike' },
  { files: 'server/src/cli/', forbidden: /^vscode|(^|\/)lsp\//, why: 'the CLI does not depend on the language server' },
  { files: 'server/src/', forbidden: /(^|\/)client\/|^vscode$/, why: 'the server never imports the extension' },
  { files: 'client/src/', forbidden: /(^|\/)server\/src\/(?!lsp\/protocol\.ts$|core\/workspace\/fileKinds\.ts$)/, why: 'the extension shares only the protocol file and the file kinds with the server' },
];

test('every import respects the layers', () => {
  const broken: string[] = [];
  for (const imp of imports) {
    const from = rel(imp.from);
    for (const rule of RULES) {
      if (!from.startsWith(rule.files)) continue;
      const target = imp.file ? rel(imp.file) : imp.spec;
      if (rule.forbidden.test(target)) broken.push(`${from} imports ${imp.spec}: ${rule.why}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the layer rules see the imports they are about', () => {
  // The rules above would pass on an empty list: make sure the reader finds real imports.
  const spec = (from: string) => imports.filter((i) => rel(i.from) === from).map((i) => i.spec);
  assert.ok(spec('server/src/lsp/server.ts').some((s) => s === 'vscode-languageserver'));
  assert.ok(spec('server/src/host/files.ts').includes('node:fs'));
  assert.ok(RULES[1]!.forbidden.test('node:worker_threads') && RULES[2]!.forbidden.test('server/src/host/files.ts'));
});

test('the files the extension shares with the server import nothing', () => {
  assert.deepEqual(importsOf(path.join(ROOT, 'server/src/lsp/protocol.ts')).map((i) => i.spec), []);
  assert.deepEqual(importsOf(path.join(ROOT, 'server/src/core/workspace/fileKinds.ts')).map((i) => i.spec), []);
});

test('no import cycle between source files', () => {
  const graph = new Map<string, string[]>();
  for (const imp of imports) {
    if (!imp.file) continue;
    const target = imp.file.endsWith('.ts') ? imp.file : `${imp.file}.ts`;
    graph.set(imp.from, [...(graph.get(imp.from) ?? []), target]);
  }
  // Depth-first search; a node met again while on the path closes a cycle.
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[] = [];
  const visit = (node: string, trail: string[]) => {
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...trail.slice(trail.indexOf(next)), next].map(rel).join(' -> '));
      else if (!state.has(next)) visit(next, [...trail, next]);
    }
    state.set(node, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file, [file]);
  assert.deepEqual(cycles, []);
});
