import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STAGE2_UNIT, stage1Score, stage2Score } from '../../server/src/core/entities/tagger/packedScores.ts';

const pack = (s1: number, s2: number) => s1 + s2 * STAGE2_UNIT;

test('a packed score gives back both stages\' scores, at the edges of the range and either sign', () => {
  const edge = STAGE2_UNIT / 2;
  const values = [0, 1, -1, 32767, -32768, 140 * 32768, -140 * 32768, edge - 1, -edge];
  for (const s1 of values)
    for (const s2 of values) {
      const v = pack(s1, s2);
      assert.equal(stage1Score(v), s1, `stage 1 of (${s1}, ${s2})`);
      assert.equal(stage2Score(v), s2, `stage 2 of (${s1}, ${s2})`);
    }
});

test('sums of packed weights, in any order, are the packed sums of each stage', () => {
  // seeded, so a failure is the same every run
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 8) % 65535 - 32767;
  for (let trial = 0; trial < 2000; trial++) {
    const n = 1 + (trial % 140);
    let v = 0, back = 0, s1 = 0, s2 = 0;
    const w: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = next(), b = next();
      s1 += a;
      s2 += b;
      w.push(pack(a, b));
      v += w[i];
    }
    for (let i = n - 1; i >= 0; i--) back += w[i];
    assert.equal(v, back);
    assert.equal(stage1Score(v), s1);
    assert.equal(stage2Score(v), s2);
  }
});
