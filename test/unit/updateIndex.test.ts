// Workspace.updateIndex takes the results imported since its last call (a slice of the server's
// cold start) into the cross-article index in one CorpusIndex.setAll, undated articles that a
// dated one made pending again included, and the index is then what a fresh build gives.

import { test, before, mock } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { CorpusIndex, type IndexedArticle } from '../../server/src/core/workspace/corpusIndex.ts';
import type { PortableAnalysis } from '../../server/src/core/workspace/workspace.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';
import { snapshot } from './seedCorpus.ts';

let tagger: EntityTagger;
before(async () => {
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  tagger = (await loadBundledTagger())!;
});

const FILES: Record<string, string> = {
  'c/d1.txt': 'Talks\n\nCAIRO, Egypt, Nov. 2, 1999 (AP) -- Egyptian President Hosni Mubarak met Israeli Prime Minister Ehud Barak in Cairo on Monday.\n',
  'c/d2.txt': 'Talks\n\nCAIRO, Egypt, Nov. 4, 1999 (AP) -- Mubarak said on Wednesday that the talks with Barak would go on.\n',
  'c/u.txt': 'Talks\n\nCAIRO (AP) -- Mubarak said the talks begun last year would go on. Barak agreed.\n',
};

function build(paths: string[]): Workspace {
  const ws = new Workspace({ tagger, keepStaleAnalyses: true });
  for (const p of paths) ws.setArticle(p, FILES[p]!);
  return ws;
}

/** An article's own analysis as a worker thread sends it (made alone, through JSON). */
function portable(p: string): PortableAnalysis {
  const { text: _t, lines: _l, ...own } = build([p]).analysis(p)!;
  return JSON.parse(JSON.stringify(own)) as PortableAnalysis;
}

test('results imported together are indexed in one setAll, undated ones made pending again by a dated one included, as a fresh build', () => {
  const paths = Object.keys(FILES).sort();
  const ws = build(paths);
  const results = new Map(paths.map((p) => [p, portable(p)]));
  const { generation } = ws.analysisInputs(paths);
  const take = (p: string) => assert.ok(ws.importAnalysis(generation, p, FILES[p]!, undefined, results.get(p)!), p);
  const setAll = mock.method(CorpusIndex.prototype, 'setAll');
  try {
    take('c/u.txt');
    ws.updateIndex();
    assert.equal(ws.analysis('c/u.txt')!.dates.find((d) => d.text === 'last year')!.value, null, 'no dated article yet: no time');
    // The two dated articles give the folder its time: the undated one is read against it and
    // is pending again, taken in the same call as they are.
    take('c/d1.txt');
    take('c/d2.txt');
    ws.updateIndex();
    ws.updateIndex(); // nothing pending: no call
    const calls = setAll.mock.calls.map((c) => (c.arguments[0] as readonly IndexedArticle[]).map((a) => a.path));
    assert.deepEqual(calls, [['c/u.txt'], ['c/d1.txt', 'c/d2.txt', 'c/u.txt']]);
  } finally {
    setAll.mock.restore();
  }
  assert.equal(ws.analysis('c/u.txt')!.dates.find((d) => d.text === 'last year')!.value, '1998');
  const fresh = build(paths);
  assert.deepEqual(snapshot(ws), snapshot(fresh));
  assert.ok(ws.entities('c/u.txt').some((e) => e.text === 'Mubarak' && e.id === fresh.entities('c/d1.txt').find((f) => f.text === 'Hosni Mubarak')?.id), 'the short form links to the full name of a dated article taken in with it');
});
