// Training pipeline: jackknifed gazetteer features, stage-1 perceptron, jackknifed stage-1
// predictions on the training set for the stage-2 (document consistency) perceptron.

import { type DocFeatures, WordFeaturizer, collectHashes, stage2Features } from './features.ts';
import type { Clusters } from './clusters.ts';
import { Gazetteer } from './gazetteer.ts';
import { modelFromDense, type NerModel } from './model.ts';
import { AveragedPerceptron, type DenseWeights, type Sequence, shuffleInPlace } from './perceptron.ts';
import { ENTITY_TYPES, NUM_TAGS, type Span, bilouFromSpans } from './tags.ts';
import { END_MASK, TRANSITION_MASK, viterbi } from './viterbi.ts';
import { wordInfo } from './word.ts';

export interface TrainDoc {
  sentences: string[][];
  /** Gold spans per sentence (type is one of PER, LOC, ORG, MISC). */
  spans: Span[][];
}

export interface TrainOptions {
  epochs1: number;
  epochs2: number;
  /** Folds for jackknifed stage-1 predictions (0 = no stage 2). */
  stackFolds: number;
  /** Folds for jackknifed gazetteer features (0 = no gazetteer). */
  gazFolds: number;
  /** Weights below this magnitude are dropped from the shipped model. */
  pruneThreshold: number;
  seed: number;
  /** Word clusters for cluster features (shipped inside the model); not part of meta. */
  clusters?: Clusters | null;
  log?: (msg: string) => void;
  /** Called after each stage-1 epoch of the final model with the averaged model so far. */
  onStage1Epoch?: (epoch: number, model: NerModel) => void;
  onStage2Epoch?: (epoch: number, model: NerModel) => void;
}

class FeatureIndex {
  readonly ids = new Map<number, number>();
  readonly keys: number[] = [];
  /** Occurrences of each feature in the training data (hot features are stored first). */
  readonly freq: number[] = [];
  map(f: DocFeatures): Int32Array {
    const out = new Int32Array(f.hashes.length);
    for (let i = 0; i < out.length; i++) {
      const h = f.hashes[i] >>> 0; // (the key's bits: some recipes end signed, others unsigned)
      let id = this.ids.get(h);
      if (id === undefined) {
        id = this.keys.length;
        this.ids.set(h, id);
        this.keys.push(h);
        this.freq.push(0);
      }
      this.freq[id]++;
      out[i] = id;
    }
    return out;
  }
}

interface DocData {
  ids1: Int32Array;
  offsets1: number[];
  sentLens: number[];
  gold: Int32Array[];
  ids2?: Int32Array;
  offsets2?: number[];
}

function sequences(d: DocData, stage2: boolean): Sequence[] {
  const out: Sequence[] = [];
  let tok = 0;
  for (let s = 0; s < d.sentLens.length; s++) {
    const n = d.sentLens[s];
    const feats: number[] = [];
    const offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const k = tok + i;
      for (let j = d.offsets1[k]; j < d.offsets1[k + 1]; j++) feats.push(d.ids1[j]);
      if (stage2) for (let j = d.offsets2![k]; j < d.offsets2![k + 1]; j++) feats.push(d.ids2![j]);
      offsets[i + 1] = feats.length;
    }
    if (n > 0) out.push({ feats: Int32Array.from(feats), offsets, gold: d.gold[s] });
    tok += n;
  }
  return out;
}

function trainPerceptron(
  nFeat: number, seqs: Sequence[], epochs: number, seed: number, log: (m: string) => void, label: string,
  onEpoch?: (epoch: number, w: DenseWeights) => void,
): DenseWeights {
  const p = new AveragedPerceptron(nFeat);
  const order = seqs.slice();
  for (let e = 1; e <= epochs; e++) {
    shuffleInPlace(order, seed + e);
    let errors = 0;
    let total = 0;
    const t0 = Date.now();
    for (const s of order) {
      errors += p.train(s);
      total += s.gold.length;
    }
    log(`${label} epoch ${e}: token errors ${errors}/${total} (${Date.now() - t0} ms)`);
    if (onEpoch) onEpoch(e, p.averaged());
  }
  return p.averaged();
}

function decodeDense(w: DenseWeights, seq: Sequence, out: Int32Array) {
  const K = NUM_TAGS;
  const n = seq.gold.length;
  const emit = new Float64Array(n * K);
  for (let i = 0; i < n; i++)
    for (let j = seq.offsets[i]; j < seq.offsets[i + 1]; j++) {
      const f = seq.feats[j];
      if (f >= w.nFeat) continue;
      for (let t = 0; t < K; t++) emit[i * K + t] += w.w[f * K + t];
    }
  const trans = new Float64Array(w.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = w.trans[i] + TRANSITION_MASK[i];
  const end = new Float64Array(K);
  for (let i = 0; i < K; i++) end[i] = w.end[i] + END_MASK[i];
  viterbi(emit, n, trans, end, out);
}

function gazEntries(docs: TrainDoc[]) {
  const out: { lows: string[]; type: number }[] = [];
  for (const d of docs)
    d.sentences.forEach((sent, s) => {
      for (const sp of d.spans[s]) {
        const type = (ENTITY_TYPES as readonly string[]).indexOf(sp.type);
        if (type >= 0) out.push({ lows: sent.slice(sp.start, sp.end).map((w) => wordInfo(w).low), type });
      }
    });
  return out;
}

export function trainNer(docs: TrainDoc[], opts: TrainOptions): NerModel {
  const log = opts.log ?? (() => {});
  const index = new FeatureIndex();
  const clusters = opts.clusters ?? null;
  const words = new WordFeaturizer(clusters);
  const G = opts.gazFolds;
  const foldGaz: Gazetteer[] = [];
  for (let k = 0; k < G; k++) foldGaz.push(Gazetteer.fromEntries(gazEntries(docs.filter((_, i) => i % G !== k))));
  const fullGaz = G > 0 ? Gazetteer.fromEntries(gazEntries(docs)) : null;

  const data: DocData[] = docs.map((d, i) => {
    const f1 = collectHashes(d.sentences, G > 0 ? foldGaz[i % G] : null, words);
    return {
      ids1: index.map(f1),
      offsets1: f1.offsets,
      sentLens: f1.sentLens,
      gold: d.sentences.map((s, j) => bilouFromSpans(s.length, d.spans[j])),
    };
  });
  const nFeat1 = index.keys.length;
  log(`stage 1: ${nFeat1} features`);
  const meta: Record<string, unknown> = {
    ...opts, clusters: clusters ? clusters.keys.length : 0, log: undefined, onStage1Epoch: undefined, onStage2Epoch: undefined,
  };
  const modelOf = (stages: DenseWeights[]) =>
    modelFromDense(Uint32Array.from(index.keys), index.freq, stages, fullGaz, opts.pruneThreshold, meta, clusters);

  const J = opts.stackFolds;
  if (J > 0) {
    // Jackknife: stage-1 tags for each training document from a model that never saw it.
    for (let j = 0; j < J; j++) {
      const train = data.filter((_, i) => i % J !== j).flatMap((d) => sequences(d, false));
      const w = trainPerceptron(nFeat1, train, opts.epochs1, opts.seed, log, `jackknife ${j + 1}/${J}`);
      data.forEach((d, i) => {
        if (i % J !== j) return;
        const s1 = new Int32Array(d.offsets1.length - 1);
        let tok = 0;
        for (const seq of sequences(d, false)) {
          decodeDense(w, seq, s1.subarray(tok, tok + seq.gold.length));
          tok += seq.gold.length;
        }
        const f2 = stage2Features(docs[i].sentences.map((s) => s.map(wordInfo)), s1);
        d.ids2 = index.map(f2);
        d.offsets2 = f2.offsets;
      });
    }
  }
  const seqs1 = data.flatMap((d) => sequences(d, false));
  const w1 = trainPerceptron(nFeat1, seqs1, opts.epochs1, opts.seed, log, 'stage 1',
    opts.onStage1Epoch ? (e, w) => opts.onStage1Epoch!(e, modelOf([w])) : undefined);
  if (J === 0) return modelOf([w1]);
  const nFeat = index.keys.length;
  log(`stage 2: ${nFeat} features`);
  const seqs2 = data.flatMap((d) => sequences(d, true));
  const w2 = trainPerceptron(nFeat, seqs2, opts.epochs2, opts.seed + 1000, log, 'stage 2',
    opts.onStage2Epoch ? (e, w) => opts.onStage2Epoch!(e, modelOf([w1, w])) : undefined);
  return modelOf([w1, w2]);
}
