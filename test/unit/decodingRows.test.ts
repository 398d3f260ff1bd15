import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel } from '../../server/src/core/entities/tagger/index.ts';
import { buildDecodingRows, entryTag, entryWeight } from '../../server/src/core/entities/tagger/decodingRows.ts';
import { stage1Score, stage2Score } from '../../server/src/core/entities/tagger/packedScores.ts';
import { NUM_TAGS } from '../../server/src/core/entities/tagger/tags.ts';
import type { StageWeights } from '../../server/src/core/entities/tagger/model.ts';

const model = decodeModel(readFileSync(join(__dirname, '../../server/models/ner-conll.bin')));

/** Feature f's weights in one stage, per tag. */
function stageRow(st: StageWeights, f: number): number[] {
  const row = new Array<number>(NUM_TAGS).fill(0);
  for (let k = st.rowStart[f]; k < st.rowStart[f + 1]; k++) row[st.tags[k]] += st.q[k];
  return row;
}

test('the decoding rows hold every feature\'s weights of both stages, tag by tag, and nothing else', () => {
  const nFeat = model.keys.length;
  const rows = buildDecodingRows(nFeat, model.stage1, model.stage2);
  assert.equal(rows.rowStart.length, nFeat + 1);
  assert.equal(rows.rowStart[nFeat], rows.entries.length);
  for (let f = 0; f < nFeat; f++) {
    const one = new Array<number>(NUM_TAGS).fill(0);
    const two = new Array<number>(NUM_TAGS).fill(0);
    let last = -1;
    for (let k = rows.rowStart[f]; k < rows.rowStart[f + 1]; k++) {
      const t = entryTag(rows.entries[k]);
      assert.ok(t > last, `feature ${f}: tags in increasing order`);
      last = t;
      const w = entryWeight(rows.entries[k], t);
      one[t] = stage1Score(w);
      two[t] = stage2Score(w);
      assert.ok(one[t] !== 0 || two[t] !== 0, `feature ${f}: no empty entry`);
    }
    assert.deepEqual(one, stageRow(model.stage1, f), `feature ${f}, stage 1`);
    assert.deepEqual(two, stageRow(model.stage2!, f), `feature ${f}, stage 2`);
  }
});

test('with one stage, the rows are its weights alone', () => {
  const rows = buildDecodingRows(model.keys.length, model.stage1, null);
  for (let f = 0; f < 2000; f++) {
    const one = new Array<number>(NUM_TAGS).fill(0);
    for (let k = rows.rowStart[f]; k < rows.rowStart[f + 1]; k++) {
      const t = entryTag(rows.entries[k]);
      const w = entryWeight(rows.entries[k], t);
      assert.equal(stage2Score(w), 0);
      one[t] = w;
    }
    assert.deepEqual(one, stageRow(model.stage1, f), `feature ${f}`);
  }
});
