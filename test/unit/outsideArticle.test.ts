// An article read against the corpus without being part of it changes no other article's
// findings, links its names to the cards, and leaves nothing behind when removed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';

test('an outside article is no source for the corpus, and removing it restores a fresh state', async () => {
  const corpus = path.join(__dirname, '../../corpus');
  const ws = await loadCorpus([corpus]);
  const all = () => ws.reportedPaths().filter((p) => !p.startsWith('/outside')).map((p) => [p, ws.findings(p).map((f) => f.message)]);
  const fresh = JSON.stringify(all());
  const copy = readFileSync(path.join(corpus, 'azerbaijan-warns-against-deployment-to-karabakh.txt'), 'utf8');
  ws.setOutsideArticle('/outside/copy.txt', copy);
  assert.ok(ws.entities('/outside/copy.txt').some((m) => m.linked && m.id === 'baku'));
  assert.equal(JSON.stringify(all()), fresh, 'no other article sees it');
  assert.ok(ws.isOutsideArticle('/outside/copy.txt'));
  ws.removeArticle('/outside/copy.txt');
  assert.ok(!ws.isOutsideArticle('/outside/copy.txt'));
  assert.equal(JSON.stringify(all()), fresh);
  assert.deepEqual(ws.mentionsOf('baku').filter((m) => m.path.startsWith('/outside')), []);
});
