// The quick reader of simple front matter (simpleFrontMatter.ts) against the YAML library: on
// every card of the corpus, and on thousands of mutations of them (quotes, numbers, colons,
// comments, brackets, indentation, ...), whatever it accepts it reads exactly as the library
// does, values and ranges; it accepts the corpus's cards; article sidecars read either way give the same metadata.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseSimpleFrontMatter } from '../../server/src/core/knowledge/simpleFrontMatter.ts';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';
import { parseArticleMetadata } from '../../server/src/core/knowledge/articleMetadata.ts';

const corpus = path.join(import.meta.dirname, '../../corpus/entities');
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

const cards = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).flatMap((dir) => readdirSync(path.join(corpus, dir)).map((f) => path.join(corpus, dir, f)));
const frontMatters = cards.map((f) => FRONT_MATTER.exec(readFileSync(f, 'utf8'))![1]!);

/** What parseCard reads of a node: kind, value, and the first two numbers of its range. */
function view(node: unknown): unknown {
  const n = node as Node;
  if (isScalar(n)) return ['scalar', n.value, n.range?.[0], n.range?.[1]];
  if (isSeq(n)) return ['seq', n.range?.[0], n.range?.[1], n.items.map(view)];
  if (isMap(n)) return ['map', n.items.map((p) => [view(p.key), view(p.value)])];
  return ['other', String(node)];
}

function library(yaml: string): unknown {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length > 0 ? ['errors', doc.errors.length] : view(doc.contents);
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

const INSERTS = [':', ': ', ' #', '#', '"', "'", '[', ']', ',', ', ', '-', '- ', ' ', '  ', '\t', '\n', '\n  - x', '\n- y', '\n    - z', '\n - w', '\n  more', 'null', '~', '12', '2020', '0x1F', '0o17', '.5', '1e3', 'true', 'Yes',
  '&a ', '*a', '!', '!!str ', '|', '>', '%', '@', '`', '{', '}', '?', '? ', '---', '...', '\r', '\u00a0', '\u2028', 'é', '–', '“', 'key: v', '\ntype: again', 'x:y', 'http://a.b/c', '[a, b]', '[]', '[ ]', '[a,]', '"a, b"', '"x\\"y"', "'s'", '""', ' "q" '];

/** Whole values: numbers, nulls and booleans of the core schema, quoted strings, lists. */
const VALUES = ['0o17', '0x1F', '12', '012', '1e3', '.inf', '.NaN', '-.5', '+1', '3.', '~', 'null', 'Null', 'True', 'FALSE', '2020', '2020-11', 'x', '"q"', '"a, b"', '""', '[x, 0o7]', '[1, "2"]', '[]', ''];
const pick = <T,>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)]!;

function mutate(text: string, next: () => number): string {
  let t = text;
  const ops = 1 + Math.floor(next() * 3);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(next() * (t.length + 1));
    const r = next();
    const lines = t.split('\n');
    const i = Math.floor(next() * lines.length);
    if (r < 0.15) {
      // a key's whole value replaced
      lines[i] = lines[i]!.replace(/^([\w-]+):.*$/, (_, key: string) => `${key}: ${pick(VALUES, next)}`);
      t = lines.join('\n');
    } else if (r < 0.3) {
      // a [a, b] list written as "- item" lines, mostly at one indentation
      const indent = pick(['', ' ', '  ', '    '], next);
      lines[i] = lines[i]!.replace(/^([\w-]+): *\[(.*)\] *$/, (_, key: string, items: string) =>
        `${key}:${items.split(',').map((x) => `\n${next() < 0.85 ? indent : pick(['', ' ', '   '], next)}- ${x.trim()}`).join('')}`);
      t = lines.join('\n');
    } else if (r < 0.75) t = t.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + t.slice(at);
    else if (r < 0.88) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(next() * 3));
    else {
      lines.splice(i, 0, lines[Math.floor(next() * lines.length)]!);
      t = lines.join('\n');
    }
  }
  return t;
}

test('the corpus cards are read the quick way, exactly as the library reads them', () => {
  assert.ok(frontMatters.length > 50);
  for (const [i, yaml] of frontMatters.entries()) {
    const quick = parseSimpleFrontMatter(yaml);
    assert.ok(quick, `${cards[i]} is not read the quick way`);
    assert.deepEqual(view(quick.contents), library(yaml), cards[i]);
  }
});

test('on mutated cards, what the quick reader accepts it reads as the library does', () => {
  const next = random(20261123);
  let accepted = 0;
  const N = 6000;
  for (let n = 0; n < N; n++) {
    const yaml = mutate(frontMatters[Math.floor(next() * frontMatters.length)]!, next);
    const quick = parseSimpleFrontMatter(yaml);
    if (!quick) continue;
    accepted++;
    assert.deepEqual(view(quick.contents), library(yaml), JSON.stringify(yaml));
  }
  // Both ways are exercised: many mutations stay simple, many do not.
  assert.ok(accepted > N * 0.2 && accepted < N * 0.9, `${accepted} of ${N} accepted`);
});

test('parseCard gives the same cards and problems either way, on the corpus and on mutated cards', () => {
  for (const f of cards) {
    const text = readFileSync(f, 'utf8');
    assert.deepEqual(parseCard(f, text), parseCard(f, text, { quick: false }), f);
  }
  const next = random(7);
  for (let n = 0; n < 1500; n++) {
    const f = cards[Math.floor(next() * cards.length)]!;
    const text = readFileSync(f, 'utf8');
    const yaml = FRONT_MATTER.exec(text)![1]!;
    const mutated = text.replace(yaml, () => mutate(yaml, next));
    assert.deepEqual(parseCard(f, mutated), parseCard(f, mutated, { quick: false }), JSON.stringify(mutated.slice(0, 400)));
  }
});

test('article sidecars are read the same either way, as written and mutated', () => {
  const sidecars = [
    'published: 1999-07-07\nsource: APW\n',
    'published: 2021-11-16\n',
    'source: Mirror-Spectator\npublished: 2021-11-16',
    '# from the wire\npublished: "2020-02-30"\nsource: "NYT"\n',
    'published: 1999\nsource: 12\n',
    'published: 2001-09-11 # a comment\n',
  ];
  for (const text of sidecars) assert.deepEqual(parseArticleMetadata('a.meta.yaml', text), parseArticleMetadata('a.meta.yaml', text, { quick: false }), text);
  const next = random(1249);
  let quick = 0;
  for (let n = 0; n < 3000; n++) {
    const text = mutate(pick(sidecars, next), next);
    if (parseSimpleFrontMatter(text)) quick++;
    assert.deepEqual(parseArticleMetadata('a.meta.yaml', text), parseArticleMetadata('a.meta.yaml', text, { quick: false }), JSON.stringify(text));
  }
  assert.ok(quick > 300, `${quick} read the quick way`);
});
