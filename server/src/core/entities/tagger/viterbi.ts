// First-order Viterbi over BILOU tags. Invalid transitions (e.g. O -> I-PER, B-PER -> L-LOC)
// are excluded by construction, so every output is a well-formed BILOU sequence.

import { NUM_TAGS, allowedEnd, allowedTransition } from './tags.ts';

const NEG = -1e30;

/** Row p+1 (p = -1 is the sentence start), column c: 0 if allowed, NEG otherwise. */
export const TRANSITION_MASK: Float64Array = (() => {
  const m = new Float64Array((NUM_TAGS + 1) * NUM_TAGS);
  for (let p = -1; p < NUM_TAGS; p++)
    for (let c = 0; c < NUM_TAGS; c++) m[(p + 1) * NUM_TAGS + c] = allowedTransition(p, c) ? 0 : NEG;
  return m;
})();
export const END_MASK: Float64Array = (() => {
  const m = new Float64Array(NUM_TAGS);
  for (let c = 0; c < NUM_TAGS; c++) m[c] = allowedEnd(c) ? 0 : NEG;
  return m;
})();

/** For each tag c, the tags allowed right before it (BILOU makes most pairs impossible), flattened:
 * PREV_TAG[PREV_START[c] .. PREV_START[c+1]), with PREV_TRANS the matching index into trans. */
const PREV_START = new Int32Array(NUM_TAGS + 1);
const PREV_TAG: Int32Array = (() => {
  const list: number[] = [];
  for (let c = 0; c < NUM_TAGS; c++) {
    for (let p = 0; p < NUM_TAGS; p++) if (allowedTransition(p, c)) list.push(p);
    PREV_START[c + 1] = list.length;
  }
  return Int32Array.from(list);
})();
const PREV_TRANS: Int32Array = (() => {
  const out = new Int32Array(PREV_TAG.length);
  for (let c = 0; c < NUM_TAGS; c++)
    for (let q = PREV_START[c]; q < PREV_START[c + 1]; q++) out[q] = (PREV_TAG[q] + 1) * NUM_TAGS + c;
  return out;
})();

let delta = new Float64Array(0);
let back = new Int32Array(0);

/**
 * emit: n*NUM_TAGS scores; trans: (NUM_TAGS+1)*NUM_TAGS (row 0 = start); end: NUM_TAGS.
 * trans/end must already include TRANSITION_MASK/END_MASK. Writes the best tags into out.
 */
export function viterbi(
  emit: Float64Array, n: number, trans: Float64Array, end: Float64Array, out: Int32Array,
): void {
  if (n === 0) return;
  const K = NUM_TAGS;
  if (delta.length < n * K) {
    delta = new Float64Array(n * K * 2);
    back = new Int32Array(n * K * 2);
  }
  const d = delta;
  const bk = back;
  for (let c = 0; c < K; c++) d[c] = trans[c] + emit[c];
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * K;
    const base = i * K;
    for (let c = 0; c < K; c++) {
      let best = -Infinity;
      let arg = 0;
      const qEnd = PREV_START[c + 1];
      for (let q = PREV_START[c]; q < qEnd; q++) {
        const p = PREV_TAG[q];
        const v = d[prevBase + p] + trans[PREV_TRANS[q]];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      d[base + c] = best + emit[base + c];
      bk[base + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * K;
  for (let c = 0; c < K; c++) {
    const v = d[lastBase + c] + end[c];
    if (v > best) {
      best = v;
      arg = c;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = bk[i * K + arg];
  }
}
