// The tagger's names packed on a worker thread that only tags come back as the names it found.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { packSpans, unpackSpans } from '../../server/src/host/packedSpans.ts';
import { taggerSpansOfProse } from '../../server/src/core/entities/taggedSpans.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

const corpus = path.join(import.meta.dirname, '../../corpus');

test('packed names unpack to the names the tagger found, every label', async () => {
  const tagger = (await loadBundledTagger())!;
  const labels = new Set<string>();
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt'))) {
    const spans = taggerSpansOfProse(readFileSync(path.join(corpus, f), 'utf8'), tagger);
    assert.ok(spans.length > 0, f);
    for (const s of spans) labels.add(s.label);
    assert.deepEqual(unpackSpans(packSpans(spans)), spans, f);
  }
  assert.deepEqual([...labels].sort(), ['LOC', 'MISC', 'ORG', 'PER']);
  assert.deepEqual(unpackSpans(packSpans([])), []);
});
