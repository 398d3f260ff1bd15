// name-spelling on short articles of our own, with the seed corpus's cards.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { fixesFor } from '../../server/src/core/checks/registry.ts';
import { withSeedCards } from './seedCards.ts';

let seed: Workspace;
before(async () => {
  seed = await loadCorpus([path.join(__dirname, '../../corpus')]);
});
const withArticle = (text: string) => withSeedCards(seed, text);

test('name-spelling: "Nikola Pashinyan" and "Ilhan Aliyev" are noted with the card\u2019s spelling as the fix', () => {
  const text = 'Armenian Prime Minister Nikola Pashinyan met Azerbaijan\u2019s leader Ilhan Aliyev. Nikol Pashinyan later said more.';
  const { ws, path: p } = withArticle(text);
  const notes = ws.findings(p).filter((f) => f.code === 'name-spelling');
  assert.deepEqual(notes.map((f) => text.slice(f.start, f.end)), ['Nikola Pashinyan', 'Ilhan Aliyev']);
  assert.equal(notes[0]!.severity, 'information');
  assert.match(notes[0]!.message, /spells the given name "Nikol"/);
  const e = fixesFor(notes[1]!, ws as never)[0]!.edits[0]!;
  assert.equal(text.slice(e.start, e.end), 'Ilhan');
  assert.equal(e.newText, 'Ilham');
});

test('name-spelling is silent on the card\u2019s own spellings, transliterations, titles and other people', () => {
  const text = 'Sergey Lavrov met Heydar Aliyev\u2019s son. President Aliyev and Minister Lavrov spoke; Armenian Pashinyan supporters gathered.';
  const { ws, path: p } = withArticle(text);
  assert.deepEqual(ws.findings(p).filter((f) => f.code === 'name-spelling').map((f) => f.message), []);
  const all = seed.reportedPaths().flatMap((q) => seed.findings(q)).filter((f) => f.code === 'name-spelling');
  assert.deepEqual(all.map((f) => f.message), [], 'none on the seed corpus');
});
