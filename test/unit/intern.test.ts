// What crosses from the workers: results as JSON only when JSON gives them back exactly, and an
// analysis made again shares the objects of the one it replaces only where they are equal.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { StringPool, survivesJson } from '../../server/src/core/workspace/intern.ts';
import { Workspace, type PortableAnalysis } from '../../server/src/core/workspace/workspace.ts';

const corpus = path.join(import.meta.dirname, '../../corpus');

test('results go as JSON only when JSON.parse gives back what a structured clone would', () => {
  assert.ok(survivesJson([{ path: 'a.txt', analysis: { entities: [{ start: 0, end: 3, text: 'Abc', linked: true }], value: null, list: ['x'] } }]));
  const bad = [{ a: undefined }, [1, undefined], { n: NaN }, { n: -0 }, { n: Infinity }, { d: new Date(0) }, { m: new Map() }, { f: () => 1 }, { b: 1n }, [1, , 3], Object.assign([1], { extra: 2 })];
  bad.forEach((v, i) => assert.equal(survivesJson(v), false, `case ${i}`));
});

function analysisOf(text: string): PortableAnalysis {
  const ws = new Workspace();
  ws.setCard('entities/people/nikol-pashinyan.md', readFileSync(path.join(corpus, 'entities/people/nikol-pashinyan.md'), 'utf8'));
  ws.setArticle('a.txt', text);
  const { text: _t, lines: _l, ...a } = ws.analysis('a.txt')!;
  return a;
}

/** A copy as a worker's result arrives: JSON, no object shared. */
const copy = (a: PortableAnalysis): PortableAnalysis => JSON.parse(JSON.stringify(a));

test('an analysis made again takes the equal objects of the previous one, and stays what it was', () => {
  const text = 'YEREVAN, November 10, 2020. Nikol Pashinyan signed the statement on Tuesday. Pashinyan said so on November 9.';
  const previous = analysisOf(text);
  assert.ok(previous.entities.length > 0 && previous.dates.length > 0);
  const same = copy(previous);
  new StringPool().internAnalysis(same, previous);
  assert.equal(same.entities, previous.entities, 'every mention equal: the array itself');
  assert.equal(same.dates, previous.dates);
  assert.equal(same.articleDate, previous.articleDate);

  // One mention more, one changed: the others are shared, the result equals the copy it came from.
  const next = copy(previous);
  next.entities.push({ ...next.entities[0]!, start: text.length - 1, end: text.length, source: 'tagger' });
  next.entities[0] = { ...next.entities[0]!, name: 'Someone Else' };
  const expected = copy(next);
  new StringPool().internAnalysis(next, previous);
  assert.deepEqual(next, expected);
  assert.equal(JSON.stringify(next), JSON.stringify(expected));
  assert.notEqual(next.entities[0], previous.entities[0]);
  for (let i = 1; i < previous.entities.length; i++) assert.equal(next.entities[i], previous.entities[i]);
  assert.notEqual(next.entities, previous.entities);
});

test('equal values with the fields in another order, or a field more, are not taken', () => {
  const previous = analysisOf('Nikol Pashinyan spoke.');
  const m = previous.entities[0]!;
  const reordered = copy(previous);
  const { start, end, ...rest } = m;
  reordered.entities[0] = { ...rest, start, end } as typeof m;
  new StringPool().internAnalysis(reordered, previous);
  assert.notEqual(reordered.entities[0], m);
  assert.deepEqual(Object.keys(reordered.entities[0]!), Object.keys(rest).concat('start', 'end'));

  const more = copy(previous);
  (more.entities[0] as unknown as Record<string, unknown>)['extra'] = 1;
  new StringPool().internAnalysis(more, previous);
  assert.notEqual(more.entities[0], m);
});
