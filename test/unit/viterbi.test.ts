import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNerModel } from '../../server/src/core/entities/tagger/index.ts';
import { NUM_TAGS } from '../../server/src/core/entities/tagger/tags.ts';
import { END_MASK, TRANSITION_MASK, regroupTransitions, viterbi, viterbiGeneric } from '../../server/src/core/entities/tagger/viterbi.ts';

const model = loadNerModel(readFileSync(join(__dirname, '../../server/models/ner-conll.bin')));

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

test('the BILOU fast path (and its shortcut for a clear best predecessor) decodes exactly as the generic recurrence', () => {
  const K = NUM_TAGS;
  const rnd = random(7);
  const randomTrans = new Float64Array(TRANSITION_MASK.length).map((m) => m + Math.round((rnd() - 0.5) * 8));
  const stages = [model.stage1, model.stage2!].map((st) => ({ trans: st.transMasked, end: st.endMasked, scale: st.scale }));
  stages.push({ trans: randomTrans, end: END_MASK, scale: 1 });
  let sentences = 0, differing = 0;
  for (const { trans, end, scale } of stages) {
    const regrouped = regroupTransitions(trans);
    for (let r = 0; r < 400; r++) {
      const n = 1 + Math.floor(rnd() * 30);
      // few distinct values make ties and near-ties; a large spread makes clear winners (the shortcut)
      const spread = r % 2 === 0 ? 4 : 20000;
      const emit = new Float64Array(n * K).map(() => Math.round(rnd() * spread) * scale * (spread > 4 ? 1 : 1000));
      const fast = new Int32Array(n), generic = new Int32Array(n);
      viterbi(emit, n, trans, end, fast, regrouped);
      viterbiGeneric(emit, n, trans, end, generic);
      assert.deepEqual([...fast], [...generic], `sentence ${r} of ${n} tokens`);
      sentences++;
      if (fast.some((t) => t !== 0)) differing++;
    }
  }
  // the sentences are not all O: the comparison covers entity paths too
  assert.ok(differing > sentences / 2, `${differing} of ${sentences} sentences with an entity`);
});
