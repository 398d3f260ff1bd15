// docs/json-contract.md is the contract scripts rely on: its examples must have exactly the fields
// the CLI prints, at every level, and the codes it names must be real.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isFindingCode } from '../../server/src/core/checks/codes.ts';

const ROOT = path.join(import.meta.dirname, '../..');
const doc = readFileSync(path.join(ROOT, 'docs/json-contract.md'), 'utf8');
const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
const cli = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin/dateline.js'), ...args], { cwd: ROOT, encoding: 'utf8' }).toString());

/** The field names of an object and, for each field holding objects, theirs: `a`, `b[].c`, ... */
function shape(value: unknown, at = ''): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown, p: string) => {
    if (Array.isArray(v)) for (const x of v) visit(x, `${p}[]`);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.add(`${p}.${k}`), visit(x, `${p}.${k}`));
  };
  visit(value, at);
  return out;
}

test('the analyze example has the fields the CLI prints (on the corpus: an entity, a date with its event, a warning with related places)', () => {
  const out = cli('analyze', '--json', 'corpus');
  const example = examples[0];
  const want = shape(example);
  const have = shape(out);
  assert.deepEqual([...have].sort(), [...want].sort());
});

test('the check example has the fields the CLI prints', () => {
  // check exits 1 on the corpus's warning: read its output anyway.
  let text = '';
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'bin/dateline.js'), 'check', '--format', 'json', 'corpus'], { cwd: ROOT, encoding: 'utf8' });
  } catch (err) {
    text = (err as { stdout: string }).stdout;
  }
  assert.deepEqual([...shape(JSON.parse(text))].sort(), [...shape(examples[1])].sort());
});

test('the codes the contract shows are codes of the checks', () => {
  for (const example of examples) for (const d of example.documents?.flatMap((x: { diagnostics: unknown[] }) => x.diagnostics) ?? example.diagnostics) assert.ok(isFindingCode(d.code), d.code);
  assert.equal(examples.length, 2);
});
