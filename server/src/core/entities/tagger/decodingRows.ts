// The decoder's weight table (tag.ts): per feature, one entry per tag that either stage weighs,
// the two stages' weights packed in one number (packedScores.ts), so that one add per entry
// scores both stages. An entry is one double, weight * TAG_SLOTS + tag: one load per entry from
// one array (2.3 MB for the shipped model), where a separate array of tags cost a second cache
// miss on most rows.

import type { StageWeights } from './model.ts';
import { NUM_TAGS } from './tags.ts';
import { STAGE2_UNIT } from './packedScores.ts';

/** Room for the tag in an entry's low bits (NUM_TAGS <= 32). */
const TAG_SLOTS = 32;
const TAG_MASK = TAG_SLOTS - 1;

export interface DecodingRows {
  /** nFeat+1 row starts into entries. */
  rowStart: Int32Array;
  /**
   * (stage-1 weight + stage-2 weight * STAGE2_UNIT) * TAG_SLOTS + tag, quantized integers: at
   * most 2^15 * 2^26 * 2^5 in magnitude, a double's exact integer.
   */
  entries: Float64Array;
}

/** The tag of an entry. */
export function entryTag(e: number): number {
  // the weight part is a multiple of TAG_SLOTS, so the integer's low bits are the tag's (ToInt32 keeps them)
  return (e | 0) & TAG_MASK;
}

/** The packed weight of an entry whose tag is t. */
export function entryWeight(e: number, t: number): number {
  return (e - t) * (1 / TAG_SLOTS);
}

/** The rows of nFeat features from one or two stages' weights (entries in increasing tag order). */
export function buildDecodingRows(nFeat: number, stage1: StageWeights, stage2: StageWeights | null): DecodingRows {
  const K = NUM_TAGS;
  // at most one entry per stage entry; cut to size at the end
  const entries = new Float64Array(stage1.q.length + (stage2 ? stage2.q.length : 0));
  const rowStart = new Int32Array(nFeat + 1);
  const row = new Float64Array(K);
  let o = 0;
  for (let f = 0; f < nFeat; f++) {
    addStage(row, stage1, f, 1);
    if (stage2) addStage(row, stage2, f, STAGE2_UNIT);
    for (let t = 0; t < K; t++) {
      if (row[t] === 0) continue;
      entries[o++] = row[t] * TAG_SLOTS + t;
      row[t] = 0;
    }
    rowStart[f + 1] = o;
  }
  return { rowStart, entries: entries.slice(0, o) };
}

/** Adds feature f's weights in stage st, times unit, into row (per tag). */
function addStage(row: Float64Array, st: StageWeights, f: number, unit: number): void {
  const end = st.rowStart[f + 1];
  for (let k = st.rowStart[f]; k < end; k++) row[st.tags[k]] += st.q[k] * unit;
}
