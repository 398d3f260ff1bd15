// Go-to-definition of a name without a card: where the corpus first names it in full, in
// publication order, not in the order of file names.

import { test } from 'node:test';
import assert from 'node:assert/strict';

test('a name without a card is introduced where it is first named in full, in publication order', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  const ws = new Workspace({ tagger: await loadBundledTagger() });
  ws.setArticle('/s/a-later.txt', 'Prime Minister Anna Vardanyan spoke in the capital on Monday.');
  ws.setMetadata('/s/a-later.meta.yaml', 'published: 2021-03-02\n');
  ws.setArticle('/s/b-earlier.txt', 'Vardanyan said little. Later, Anna Vardanyan met the envoy in the capital.');
  ws.setMetadata('/s/b-earlier.meta.yaml', 'published: 2021-03-01\n');
  ws.setArticle('/s/c-undated.txt', 'Anna Vardanyan left the capital.');
  const m = ws.entities('/s/a-later.txt').find((x) => x.text === 'Anna Vardanyan')!;
  assert.ok(m && !m.linked);
  const first = ws.firstMentionOf(m.id, m.name)!;
  assert.equal(first.path, '/s/b-earlier.txt', 'the earlier article, though its file name comes later');
  assert.equal(first.mention.text, 'Anna Vardanyan', 'its full form, not the surname before it');
});
