import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeModel } from '../../server/src/core/entities/tagger/index.ts';
import { buildDecodingRows, entryTag, entryWeight, rowEnd, rowFirst } from '../../server/src/core/entities/tagger/decodingRows.ts';
import { U32Table } from '../../server/src/core/entities/tagger/hash.ts';
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

test('a feature\'s hash leads to its decoding row: both stages\' weights, tag by tag, and nothing else', () => {
  const rows = buildDecodingRows(model.keys, model.stage1, model.stage2);
  const table = U32Table.restore(rows.table);
  let found = 0, covered = 0;
  for (let f = 0; f < model.keys.length; f++) {
    const row = table.get(model.keys[f]);
    // the same feature as the model's own table finds for the hash
    const g = model.table.get(model.keys[f]);
    const one = new Array<number>(NUM_TAGS).fill(0);
    const two = new Array<number>(NUM_TAGS).fill(0);
    let last = -1;
    for (let k = rowFirst(row); k < rowEnd(row); k++) {
      const t = entryTag(rows.entries[k]);
      assert.ok(t > last, `feature ${g}: tags in increasing order`);
      last = t;
      const w = entryWeight(rows.entries[k], t);
      one[t] = stage1Score(w);
      two[t] = stage2Score(w);
      assert.ok(one[t] !== 0 || two[t] !== 0, `feature ${g}: no empty entry`);
      covered++;
    }
    assert.deepEqual(one, stageRow(model.stage1, g), `feature ${g}, stage 1`);
    assert.deepEqual(two, stageRow(model.stage2!, g), `feature ${g}, stage 2`);
    if (g === f) found++;
  }
  assert.ok(found > model.keys.length - 10, `${found} features found by their own hash`);
  assert.ok(covered >= rows.entries.length - 20, 'every entry belongs to a feature');
  const keys = new Set(model.keys);
  let absent = 1;
  while (keys.has(absent)) absent++;
  assert.equal(table.get(absent), -1, 'a hash the model does not have');
});

test('with one stage, the rows are its weights alone', () => {
  const rows = buildDecodingRows(model.keys, model.stage1, null);
  const table = U32Table.restore(rows.table);
  for (let f = 0; f < 2000; f++) {
    const row = table.get(model.keys[f]);
    const one = new Array<number>(NUM_TAGS).fill(0);
    for (let k = rowFirst(row); k < rowEnd(row); k++) {
      const t = entryTag(rows.entries[k]);
      const w = entryWeight(rows.entries[k], t);
      assert.equal(stage2Score(w), 0);
      one[t] = w;
    }
    assert.deepEqual(one, stageRow(model.stage1, model.table.get(model.keys[f])), `feature ${f}`);
  }
});
