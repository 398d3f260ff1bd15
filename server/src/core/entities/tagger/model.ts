// The runtime model: sparse (CSR) per-feature tag weights for stage 1 and (optionally) stage 2,
// a shared feature-hash table, transition scores and the phrase gazetteer.

import { U32Table } from './hash.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Clusters } from './clusters.ts';
import type { DenseWeights } from './perceptron.ts';
import { NUM_TAGS } from './tags.ts';
import { END_MASK, TRANSITION_MASK } from './viterbi.ts';

export interface StageWeights {
  /** nFeat+1 row starts into tags/q. */
  rowStart: Int32Array;
  tags: Uint8Array;
  /** Quantized weights: value = q * scale. */
  q: Int16Array;
  scale: number;
  /** Unmasked transition scores ((NUM_TAGS+1)*NUM_TAGS, row 0 = start) and end scores. */
  trans: Float32Array;
  end: Float32Array;
  /** Transition and end scores with the BILOU constraint mask applied (for decoding). */
  transMasked: Float64Array;
  endMasked: Float64Array;
}

export interface NerModel {
  /** Feature hashes, most frequent (in training) first so hot weight rows share cache lines; feature index = position. */
  keys: Uint32Array;
  table: U32Table;
  gazetteer: Gazetteer | null;
  /** Word clusters used by the word features (null: none). */
  clusters: Clusters | null;
  stage1: StageWeights;
  stage2: StageWeights | null;
  meta: Record<string, unknown>;
}

export function makeStage(
  rowStart: Int32Array, tags: Uint8Array, q: Int16Array, scale: number, trans: Float32Array, end: Float32Array,
): StageWeights {
  const transMasked = new Float64Array(trans.length);
  for (let i = 0; i < trans.length; i++) transMasked[i] = trans[i] + TRANSITION_MASK[i];
  const endMasked = new Float64Array(end.length);
  for (let i = 0; i < end.length; i++) endMasked[i] = end[i] + END_MASK[i];
  return { rowStart, tags, q, scale, trans, end, transMasked, endMasked };
}

export function makeModel(
  keys: Uint32Array, gazetteer: Gazetteer | null, stage1: StageWeights, stage2: StageWeights | null,
  meta: Record<string, unknown>, clusters: Clusters | null = null,
): NerModel {
  const idx = new Int32Array(keys.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return { keys, table: new U32Table(keys, idx), gazetteer, clusters, stage1, stage2, meta };
}

/**
 * Builds a runtime model from trained dense weights: drops weights with |w| < threshold,
 * drops features left without weights, quantizes to Int16 per stage.
 * featureKeys[id] is the hash of training feature id, featureFreq[id] its count in training.
 */
export function modelFromDense(
  featureKeys: Uint32Array, featureFreq: ArrayLike<number>, stages: DenseWeights[], gazetteer: Gazetteer | null, threshold: number,
  meta: Record<string, unknown>, clusters: Clusters | null = null,
): NerModel {
  const K = NUM_TAGS;
  const keep: number[] = [];
  for (let f = 0; f < featureKeys.length; f++) {
    let any = false;
    for (const st of stages) {
      if (f >= st.nFeat) continue;
      for (let t = 0; t < K && !any; t++) if (Math.abs(st.w[f * K + t]) >= threshold) any = true;
      if (any) break;
    }
    if (any) keep.push(f);
  }
  keep.sort((a, b) => featureFreq[b] - featureFreq[a] || featureKeys[a] - featureKeys[b]);
  const keys = Uint32Array.from(keep.map((f) => featureKeys[f]));
  const built = stages.map((st) => {
    let maxAbs = 1e-9;
    for (let i = 0; i < st.w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(st.w[i]));
    const scale = maxAbs / 32767;
    const rowStart = new Int32Array(keep.length + 1);
    const tags: number[] = [];
    const q: number[] = [];
    for (let r = 0; r < keep.length; r++) {
      const f = keep[r];
      if (f < st.nFeat) {
        for (let t = 0; t < K; t++) {
          const v = st.w[f * K + t];
          if (Math.abs(v) < threshold) continue;
          const qv = Math.round(v / scale);
          if (qv === 0) continue;
          tags.push(t);
          q.push(qv);
        }
      }
      rowStart[r + 1] = q.length;
    }
    return makeStage(rowStart, Uint8Array.from(tags), Int16Array.from(q), scale,
      Float32Array.from(st.trans), Float32Array.from(st.end));
  });
  return makeModel(keys, gazetteer, built[0], built[1] ?? null, meta, clusters);
}
