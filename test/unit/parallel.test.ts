// Analyses made on worker threads are exactly those the Workspace makes itself.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { analyzeInParallel } from '../../server/src/core/workspace/parallelAnalysis.ts';
import { loadBundledTagger } from '../../server/src/core/entities/tagger/bundled.ts';

const corpus = path.join(__dirname, '../../corpus');

function build(tagger: Awaited<ReturnType<typeof loadBundledTagger>>): Workspace {
  const ws = new Workspace({ tagger });
  for (const dir of ['people', 'places', 'organizations', 'events']) {
    for (const f of readdirSync(path.join(corpus, 'entities', dir))) ws.setCard(`entities/${dir}/${f}`, readFileSync(path.join(corpus, 'entities', dir, f), 'utf8'));
  }
  // Forty-five articles: the five real ones, each nine times with small differences.
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(path.join(corpus, f), 'utf8');
    for (let i = 0; i < 9; i++) ws.setArticle(`${i}/${f}`, i === 0 ? text : `${text}\nPashinián met Grigoryan on Tuesday, November ${10 + i}, 2021.`);
  }
  ws.setMetadata('3/moscow-times-2020-11-21.meta.yaml', 'published: 2020-11-22\n');
  return ws;
}

test('worker threads give the analyses, links and findings the workspace computes itself', async () => {
  const tagger = await loadBundledTagger();
  const serial = build(tagger);
  const parallel = build(tagger);
  const taken = await analyzeInParallel(parallel, { workers: 2, minArticles: 1, batch: 5 });
  assert.equal(taken, 45);
  for (const p of serial.articlePaths()) {
    const { lines: _a, ...mine } = serial.analysis(p)!;
    const { lines: _b, ...theirs } = parallel.analysis(p)!;
    assert.deepEqual(theirs, mine, p);
  }
  for (const p of serial.reportedPaths()) {
    assert.deepEqual(parallel.entities(p), serial.entities(p));
    assert.deepEqual(parallel.findings(p), serial.findings(p));
  }
});

test('a result that arrives after its article changed is not taken', async () => {
  const ws = build(undefined);
  const pending = analyzeInParallel(ws, { workers: 2, minArticles: 1, batch: 23 });
  ws.setArticle('0/moscow-times-2020-11-21.txt', 'Changed while the workers ran: Nikol Pashinyan.');
  assert.equal(await pending, 44);
  assert.deepEqual(ws.entities('0/moscow-times-2020-11-21.txt').map((m) => m.text), ['Nikol Pashinyan']);
});
