// Mentions packed on a worker thread come back as the very objects they were, fields in order,
// with their strings from the receiver's pool; a mention of another shape is not packed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { packResults, unpackResults } from '../../server/src/host/packedMentions.ts';
import { StringPool } from '../../server/src/core/workspace/intern.ts';
import { Workspace, type PortableAnalysis } from '../../server/src/core/workspace/workspace.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

const corpus = path.join(import.meta.dirname, '../../corpus');

async function realResults(): Promise<Array<{ path: string; analysis: PortableAnalysis }>> {
  const ws = new Workspace({ tagger: await loadBundledTagger() });
  for (const dir of ['people', 'places', 'organizations', 'events']) {
    for (const f of readdirSync(path.join(corpus, 'entities', dir))) ws.setCard(`entities/${dir}/${f}`, readFileSync(path.join(corpus, 'entities', dir, f), 'utf8'));
  }
  const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
  for (const f of articles) ws.setArticle(f, readFileSync(path.join(corpus, f), 'utf8'));
  return articles.map((f) => {
    const { text: _t, lines: _l, ...analysis } = ws.analysis(f)!;
    return { path: f, analysis };
  });
}

test('packed mentions unpack to the same analyses, fields in the same order, strings from the pool', async () => {
  const results = await realResults();
  const mentions = results.reduce((n, r) => n + r.analysis.entities.length, 0);
  assert.ok(mentions > 300, `${mentions} mentions`);
  assert.ok(new Set(results.flatMap((r) => r.analysis.entities.map((m) => m.source))).size >= 4, 'card names, aliases, demonyms and the tagger');
  const packed = packResults(results)!;
  assert.ok(packed);
  // Far fewer strings than mentions: each distinct string once.
  assert.ok(packed.strings.length < mentions, `${packed.strings.length} strings`);
  const pool = new StringPool();
  const unpacked = unpackResults(JSON.parse(JSON.stringify(packed)), (s) => pool.intern(s));
  assert.deepEqual(unpacked, results);
  assert.equal(JSON.stringify(unpacked), JSON.stringify(results));
  const again = unpackResults(JSON.parse(JSON.stringify(packed)), (s) => pool.intern(s));
  const [a, b] = [unpacked[0]!.analysis.entities[0]!, again[0]!.analysis.entities[0]!];
  assert.notEqual(a, b);
  assert.ok(a.text === b.text && a.id === b.id && a.name === b.name);
});

test('results with a mention of another shape are not packed', async () => {
  const results = await realResults();
  const variants: Array<(m: Record<string, unknown>) => Record<string, unknown>> = [
    (m) => ({ ...m, extra: 1 }),
    ({ start, ...rest }) => ({ ...rest, start }),
    ({ source: _s, ...rest }) => rest,
    (m) => ({ ...m, start: 1.5 }),
    (m) => ({ ...m, linked: 'yes' }),
    (m) => ({ ...m, name: undefined }),
  ];
  variants.forEach((change, i) => {
    const copy = structuredClone(results);
    const entities = copy[3]!.analysis.entities as unknown as Array<Record<string, unknown>>;
    entities[7] = change(entities[7]!);
    assert.equal(packResults(copy), undefined, `variant ${i}`);
  });
  assert.deepEqual(packResults([]), { strings: [], results: [] });
});
