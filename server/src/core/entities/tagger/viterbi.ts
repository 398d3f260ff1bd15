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

// BILOU structure, which the decoder below exploits: a "closed" tag (O, L-x, U-x, or the sentence
// start) may be followed by any "opening" tag (O, B-x, U-x); an open tag (B-x, I-x) only by I-x or
// L-x of its type. So each token costs 9 openers x 9 closed predecessors + 8 continuations x 2,
// with the predecessors' scores read once into locals instead of through index lists.

/** Tags that may follow a closed tag, and the closed tags, both in increasing tag order. */
const OPENERS: number[] = [];
const CLOSED: number[] = [];
for (let c = 0; c < NUM_TAGS; c++) {
  if (allowedTransition(-1, c)) OPENERS.push(c);
  if (allowedTransition(c, 0)) CLOSED.push(c);
}
/** Continuations (I-x, L-x), each with its two allowed predecessors B-x, I-x (in tag order). */
const CONTINUATIONS: number[] = [];
for (let c = 0; c < NUM_TAGS; c++) if (!allowedTransition(-1, c)) CONTINUATIONS.push(c);

/** The fast path hard-codes 9 closed predecessors and 2 predecessors per continuation; check it. */
const BILOU_SHAPE_OK = (() => {
  if (CLOSED.length !== 9) return false;
  // and the openers O, then B-x, U-x per type; the continuations I-x, L-x per type (tags.ts)
  const types = (NUM_TAGS - 1) / 4;
  const openers = [0], continuations: number[] = [];
  for (let x = 0; x < types; x++) {
    openers.push(1 + 4 * x, 4 + 4 * x);
    continuations.push(2 + 4 * x, 3 + 4 * x);
  }
  if (openers.join() !== OPENERS.join() || continuations.join() !== CONTINUATIONS.join()) return false;
  for (let c = 0; c < NUM_TAGS; c++) {
    const prev: number[] = [];
    for (let p = 0; p < NUM_TAGS; p++) if (allowedTransition(p, c)) prev.push(p);
    const want = OPENERS.includes(c) ? CLOSED : [c - ((c - 1) & 3) + 0, c - ((c - 1) & 3) + 1];
    if (prev.length !== want.length || prev.some((p, i) => p !== want[i])) return false;
  }
  return true;
})();

/**
 * Transition scores (as given to viterbi) regrouped for the fast path: for each opener, the scores
 * from the 9 closed tags; then for each continuation, the scores from B-x and I-x; then, per
 * opener, the lowest and the highest of its 9 scores (recurBilou's shortcut); then, per closed
 * tag, its scores to the openers, and the lowest and the highest opener score of all (the
 * shortcut for all openers at once). Decoding with a fixed model computes this once per stage and
 * passes it to viterbi; training, whose transition scores change between calls, lets viterbi
 * regroup them each time.
 */
export function regroupTransitions(trans: Float64Array): Float64Array {
  const K = NUM_TAGS;
  const nOC = OPENERS.length * CLOSED.length;
  const r = new Float64Array(2 * nOC + CONTINUATIONS.length * 2 + 2 * OPENERS.length + 2);
  let o = 0;
  for (const c of OPENERS) for (const p of CLOSED) r[o++] = trans[(p + 1) * K + c];
  for (const c of CONTINUATIONS) {
    const b = c - ((c - 1) & 3);
    r[o++] = trans[(b + 1) * K + c];
    r[o++] = trans[(b + 2) * K + c];
  }
  for (let s = 0; s < OPENERS.length; s++) {
    let lo = Infinity, hi = -Infinity;
    for (let j = 0; j < CLOSED.length; j++) {
      lo = Math.min(lo, r[s * CLOSED.length + j]);
      hi = Math.max(hi, r[s * CLOSED.length + j]);
    }
    r[o + s] = lo;
    r[o + OPENERS.length + s] = hi;
  }
  o += 2 * OPENERS.length;
  let lo = Infinity, hi = -Infinity;
  for (let j = 0; j < CLOSED.length; j++)
    for (let s = 0; s < OPENERS.length; s++) {
      const v = r[s * CLOSED.length + j];
      r[o++] = v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  r[o++] = lo;
  r[o] = hi;
  return r;
}

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
 * trans/end must already include TRANSITION_MASK/END_MASK. Writes the best tags into out from
 * outAt on (a sentence's place in a document's tags: no subarray made per sentence, a slow call).
 * regrouped: regroupTransitions(trans), when the caller keeps it.
 */
export function viterbi(
  emit: Float64Array, n: number, trans: Float64Array, end: Float64Array, out: Int32Array, regrouped?: Float64Array, outAt = 0,
): void {
  decode(emit, n, trans, end, out, BILOU_SHAPE_OK ? (regrouped ?? regroupTransitions(trans)) : null, outAt);
}

/** viterbi by the generic predecessor lists only: the reference the BILOU fast path is tested against. */
export function viterbiGeneric(emit: Float64Array, n: number, trans: Float64Array, end: Float64Array, out: Int32Array): void {
  decode(emit, n, trans, end, out, null, 0);
}

/** regrouped: the BILOU fast path's transitions, or null for the generic recurrence. */
function decode(emit: Float64Array, n: number, trans: Float64Array, end: Float64Array, out: Int32Array, regrouped: Float64Array | null, outAt: number): void {
  if (n === 0) return;
  const K = NUM_TAGS;
  if (delta.length < n * K) {
    delta = new Float64Array(n * K * 2);
    back = new Int32Array(n * K * 2);
  }
  const d = delta;
  const bk = back;
  for (let c = 0; c < K; c++) d[c] = trans[c] + emit[c];
  if (regrouped !== null) recurBilou(d, bk, emit, n, regrouped);
  else recurGeneric(d, bk, emit, n, trans);
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
    out[outAt + i] = arg;
    arg = bk[i * K + arg];
  }
}

/** Scores of positions 1..n-1 by the generic predecessor lists (any transition mask). */
function recurGeneric(d: Float64Array, bk: Int32Array, emit: Float64Array, n: number, trans: Float64Array): void {
  const K = NUM_TAGS;
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
}

/**
 * The same recurrence as recurGeneric, specialised to BILOU (tr from regroup()): predecessors are
 * visited in the same increasing tag order with the same strict comparison, so ties and every
 * floating-point sum are exactly those of the generic loop.
 *
 * Shortcut: most tokens have one closed predecessor far ahead of the rest (usually O). Where the
 * best closed score m and the runner-up r satisfy fl(r + hi) < fl(m + lo) for an opener's
 * transition scores lo..hi, every other predecessor's sum is strictly below the best one's
 * (rounding is monotonic), so the best is m's own sum and the 9-way scan is skipped: the same
 * sum, the same predecessor, bit for bit. The test is first made once for all 9 openers, with
 * the lowest and the highest of all their transition scores (a stronger condition, by the same
 * monotonic rounding): it holds on most tokens, which then skip the 9 tests as well.
 */
function recurBilou(d: Float64Array, bk: Int32Array, emit: Float64Array, n: number, tr: Float64Array): void {
  const K = NUM_TAGS;
  const c0 = CLOSED[0], c1 = CLOSED[1], c2 = CLOSED[2], c3 = CLOSED[3], c4 = CLOSED[4];
  const c5 = CLOSED[5], c6 = CLOSED[6], c7 = CLOSED[7], c8 = CLOSED[8];
  const nOpen = OPENERS.length;
  const nCont = CONTINUATIONS.length;
  const contBase = nOpen * 9;
  const loBase = contBase + nCont * 2;
  const hiBase = loBase + nOpen;
  const byClosedBase = hiBase + nOpen;
  const allLo = tr[byClosedBase + 9 * nOpen], allHi = tr[byClosedBase + 9 * nOpen + 1];
  for (let i = 1; i < n; i++) {
    const pb = (i - 1) * K;
    const base = i * K;
    const p0 = d[pb + c0], p1 = d[pb + c1], p2 = d[pb + c2], p3 = d[pb + c3], p4 = d[pb + c4];
    const p5 = d[pb + c5], p6 = d[pb + c6], p7 = d[pb + c7], p8 = d[pb + c8];
    // the best closed predecessor (its place j among CLOSED) and the runner-up's score; a tie leaves no gap
    let m = p0, j = 0, r = -Infinity;
    if (p1 > m) { r = m; m = p1; j = 1; } else if (p1 > r) r = p1;
    if (p2 > m) { r = m; m = p2; j = 2; } else if (p2 > r) r = p2;
    if (p3 > m) { r = m; m = p3; j = 3; } else if (p3 > r) r = p3;
    if (p4 > m) { r = m; m = p4; j = 4; } else if (p4 > r) r = p4;
    if (p5 > m) { r = m; m = p5; j = 5; } else if (p5 > r) r = p5;
    if (p6 > m) { r = m; m = p6; j = 6; } else if (p6 > r) r = p6;
    if (p7 > m) { r = m; m = p7; j = 7; } else if (p7 > r) r = p7;
    if (p8 > m) { r = m; m = p8; j = 8; } else if (p8 > r) r = p8;
    const cm = CLOSED[j];
    if (r + allHi < m + allLo) {
      // openers O, then B-x (b) and U-x (b + 3) of each type, their scores from closed tag j in that order
      const t = byClosedBase + j * nOpen;
      d[base] = m + tr[t] + emit[base];
      bk[base] = cm;
      for (let b = base + 1, u = t + 1; b < base + K; b += 4, u += 2) {
        d[b] = m + tr[u] + emit[b];
        bk[b] = cm;
        d[b + 3] = m + tr[u + 1] + emit[b + 3];
        bk[b + 3] = cm;
      }
    } else for (let s = 0, t = 0; s < nOpen; s++, t += 9) {
      const c = OPENERS[s];
      if (r + tr[hiBase + s] < m + tr[loBase + s]) {
        d[base + c] = m + tr[t + j] + emit[base + c];
        bk[base + c] = cm;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      let v = p0 + tr[t];
      if (v > best) { best = v; arg = c0; }
      v = p1 + tr[t + 1];
      if (v > best) { best = v; arg = c1; }
      v = p2 + tr[t + 2];
      if (v > best) { best = v; arg = c2; }
      v = p3 + tr[t + 3];
      if (v > best) { best = v; arg = c3; }
      v = p4 + tr[t + 4];
      if (v > best) { best = v; arg = c4; }
      v = p5 + tr[t + 5];
      if (v > best) { best = v; arg = c5; }
      v = p6 + tr[t + 6];
      if (v > best) { best = v; arg = c6; }
      v = p7 + tr[t + 7];
      if (v > best) { best = v; arg = c7; }
      v = p8 + tr[t + 8];
      if (v > best) { best = v; arg = c8; }
      d[base + c] = best + emit[base + c];
      bk[base + c] = arg;
    }
    // continuations I-x, L-x of each type, both from B-x (b) or I-x (b + 1), read once per type
    for (let b = 1, t = contBase; b < K; b += 4, t += 4) {
      const pB = d[pb + b], pI = d[pb + b + 1];
      let best = -Infinity;
      let arg = 0;
      let v = pB + tr[t];
      if (v > best) { best = v; arg = b; }
      v = pI + tr[t + 1];
      if (v > best) { best = v; arg = b + 1; }
      d[base + b + 1] = best + emit[base + b + 1];
      bk[base + b + 1] = arg;
      best = -Infinity;
      arg = 0;
      v = pB + tr[t + 2];
      if (v > best) { best = v; arg = b; }
      v = pI + tr[t + 3];
      if (v > best) { best = v; arg = b + 1; }
      d[base + b + 2] = best + emit[base + b + 2];
      bk[base + b + 2] = arg;
    }
  }
}
