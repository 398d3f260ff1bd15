// Averaged structured perceptron (Collins 2002) over first-order BILOU sequences.
// Weights are dense rows (feature id x tag) during training; averaging uses the
// "accumulate c * delta" trick so each update is O(1).

import { NUM_TAGS } from './tags.ts';
import { END_MASK, TRANSITION_MASK, viterbi } from './viterbi.ts';

/** A training sequence: token k owns feature ids feats[offsets[k] .. offsets[k+1]). */
export interface Sequence {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

export interface DenseWeights {
  nFeat: number;
  /** nFeat * NUM_TAGS */
  w: Float32Array;
  /** (NUM_TAGS+1) * NUM_TAGS, row 0 = start; without the constraint mask. */
  trans: Float64Array;
  end: Float64Array;
}

export class AveragedPerceptron {
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly trans: Float64Array;
  private readonly transU: Float64Array;
  private readonly end: Float64Array;
  private readonly endU: Float64Array;
  private c = 1;
  private emit = new Float64Array(0);
  private pred = new Int32Array(0);
  private readonly transMasked: Float64Array;
  private readonly endMasked: Float64Array;

  constructor(readonly nFeat: number) {
    const K = NUM_TAGS;
    this.w = new Float32Array(nFeat * K);
    this.u = new Float64Array(nFeat * K);
    this.trans = new Float64Array((K + 1) * K);
    this.transU = new Float64Array((K + 1) * K);
    this.end = new Float64Array(K);
    this.endU = new Float64Array(K);
    this.transMasked = new Float64Array((K + 1) * K);
    this.endMasked = new Float64Array(K);
  }

  /** Decodes with the current (non-averaged) weights; returns the number of wrong tags. */
  train(seq: Sequence): number {
    const K = NUM_TAGS;
    const n = seq.gold.length;
    if (n === 0) return 0;
    if (this.emit.length < n * K) {
      this.emit = new Float64Array(n * K * 2);
      this.pred = new Int32Array(n * 2);
    }
    const { emit, pred, w } = this;
    emit.fill(0, 0, n * K);
    for (let i = 0; i < n; i++) {
      const eb = i * K;
      for (let j = seq.offsets[i]; j < seq.offsets[i + 1]; j++) {
        const fb = seq.feats[j] * K;
        for (let t = 0; t < K; t++) emit[eb + t] += w[fb + t];
      }
    }
    for (let i = 0; i < this.trans.length; i++) this.transMasked[i] = this.trans[i] + TRANSITION_MASK[i];
    for (let i = 0; i < K; i++) this.endMasked[i] = this.end[i] + END_MASK[i];
    viterbi(emit, n, this.transMasked, this.endMasked, pred);

    let errors = 0;
    const c = this.c;
    const gold = seq.gold;
    for (let i = 0; i < n; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g !== p) {
        errors++;
        for (let j = seq.offsets[i]; j < seq.offsets[i + 1]; j++) {
          const fb = seq.feats[j] * K;
          w[fb + g] += 1;
          this.u[fb + g] += c;
          w[fb + p] -= 1;
          this.u[fb + p] -= c;
        }
      }
      const gp = i === 0 ? -1 : gold[i - 1];
      const pp = i === 0 ? -1 : pred[i - 1];
      if (g !== p || gp !== pp) {
        this.trans[(gp + 1) * K + g] += 1;
        this.transU[(gp + 1) * K + g] += c;
        this.trans[(pp + 1) * K + p] -= 1;
        this.transU[(pp + 1) * K + p] -= c;
      }
    }
    if (gold[n - 1] !== pred[n - 1]) {
      this.end[gold[n - 1]] += 1;
      this.endU[gold[n - 1]] += c;
      this.end[pred[n - 1]] -= 1;
      this.endU[pred[n - 1]] -= c;
    }
    this.c++;
    return errors;
  }

  /** The averaged weights (a fresh copy; training may continue). */
  averaged(): DenseWeights {
    const c = this.c;
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i] - this.u[i] / c;
    const trans = new Float64Array(this.trans.length);
    for (let i = 0; i < trans.length; i++) trans[i] = this.trans[i] - this.transU[i] / c;
    const end = new Float64Array(this.end.length);
    for (let i = 0; i < end.length; i++) end[i] = this.end[i] - this.endU[i] / c;
    return { nFeat: this.nFeat, w, trans, end };
  }
}

/** Deterministic Fisher-Yates shuffle with a 32-bit LCG. */
export function shuffleInPlace<T>(arr: T[], seed: number): void {
  let s = seed >>> 0;
  for (let i = arr.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    const tmp = arr[i];
    arr[i] = arr[j];
    arr[j] = tmp;
  }
}
