// The decoder's weight table (tag.ts): per feature, one entry per tag that either stage weighs,
// the two stages' weights packed in one number (packedScores.ts), so that one add per entry
// scores both stages. An entry is one double, weight * TAG_SLOTS + tag: one load per entry from
// one array (2.3 MB for the shipped model), where a separate array of tags cost a second cache
// miss on most rows. A feature's hash leads straight to its row (where its entries start and how
// many there are), not to a feature index and then an array of row starts: one cache miss fewer
// for each of the ~3 million features found per 900k tokens.

import type { StageWeights } from './model.ts';
import { U32Table, type U32TableState } from './hash.ts';
import { NUM_TAGS } from './tags.ts';
import { STAGE2_UNIT } from './packedScores.ts';

/** Room for the tag in an entry's low bits (NUM_TAGS <= 32). */
const TAG_SLOTS = 32;
const TAG_MASK = TAG_SLOTS - 1;

/** A row is (first entry << ROW_LENGTH_BITS) | entry count; a feature has at most NUM_TAGS entries. */
const ROW_LENGTH_BITS = 5;
const ROW_LENGTH_MASK = (1 << ROW_LENGTH_BITS) - 1;

export interface DecodingRows {
  /** Feature hash -> its row (rowFirst, rowEnd); -1 for a hash the model does not have. */
  table: U32TableState;
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

/** The first entry of a row. */
export function rowFirst(row: number): number {
  return row >> ROW_LENGTH_BITS;
}

/** One past the last entry of a row. */
export function rowEnd(row: number): number {
  return (row >> ROW_LENGTH_BITS) + (row & ROW_LENGTH_MASK);
}

/**
 * The rows of the features of hashes `keys` (feature f's weights at f in each stage), from one or
 * two stages' weights, entries in increasing tag order. The table is built from the keys in the
 * order the model's own table is (model.ts), so a hash finds the same feature in both.
 */
export function buildDecodingRows(keys: Uint32Array, stage1: StageWeights, stage2: StageWeights | null): DecodingRows {
  const K = NUM_TAGS;
  const nFeat = keys.length;
  // at most one entry per stage entry; cut to size at the end
  const entries = new Float64Array(stage1.q.length + (stage2 ? stage2.q.length : 0));
  const rows = new Int32Array(nFeat);
  const row = new Float64Array(K);
  let o = 0;
  for (let f = 0; f < nFeat; f++) {
    const first = o;
    addStage(row, stage1, f, 1);
    if (stage2) addStage(row, stage2, f, STAGE2_UNIT);
    for (let t = 0; t < K; t++) {
      if (row[t] === 0) continue;
      entries[o++] = row[t] * TAG_SLOTS + t;
      row[t] = 0;
    }
    rows[f] = (first << ROW_LENGTH_BITS) | (o - first);
  }
  return { table: new U32Table(keys, rows).state(), entries: entries.slice(0, o) };
}

/** Adds feature f's weights in stage st, times unit, into row (per tag). */
function addStage(row: Float64Array, st: StageWeights, f: number, unit: number): void {
  const end = st.rowStart[f + 1];
  for (let k = st.rowStart[f]; k < end; k++) row[st.tags[k]] += st.q[k] * unit;
}
