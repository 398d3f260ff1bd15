// Decoding a document with a runtime model: stage 1, then (if present) stage 2 with
// document-level features from the stage-1 tags.

import type { DocFeatures, Stage1Sink } from './features.ts';
import { stage1Features, stage2Features, wordHashes } from './features.ts';
import type { WordInfo } from './word.ts';
import type { NerModel, StageWeights } from './model.ts';
import { NUM_TAGS } from './tags.ts';
import { viterbi } from './viterbi.ts';
import type { U32Table } from './hash.ts';

let emit = new Float64Array(0);

interface IdSet {
  ids: Int32Array;
  offsets: Int32Array;
}

/** Feature ids of `f`, unknown features dropped. */
function lookup(table: U32Table, f: DocFeatures): IdSet {
  const ids = new Int32Array(f.hashes.length);
  const offsets = new Int32Array(f.offsets.length);
  let len = 0;
  for (let t = 0; t + 1 < f.offsets.length; t++) {
    for (let j = f.offsets[t]; j < f.offsets[t + 1]; j++) {
      const id = table.get(f.hashes[j]);
      if (id >= 0) ids[len++] = id;
    }
    offsets[t + 1] = len;
  }
  return { ids, offsets };
}

const idCaches = new WeakMap<NerModel, Map<WordInfo, Int32Array>>();

/** Collects feature ids; a word's own and context feature ids are looked up once and cached. */
class IdSink implements Stage1Sink {
  ids = new Int32Array(8192);
  len = 0;
  offsets: number[] = [0];
  constructor(private readonly table: U32Table, private readonly cache: Map<WordInfo, Int32Array>) {}
  private push(id: number) {
    if (id < 0) return;
    if (this.len === this.ids.length) {
      const bigger = new Int32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.len++] = id;
  }
  private entry(w: WordInfo): Int32Array {
    let e = this.cache.get(w);
    if (e === undefined) {
      const h = wordHashes(w);
      e = new Int32Array(1 + h.own.length + h.ctx.length);
      e[0] = h.own.length;
      for (let i = 0; i < h.own.length; i++) e[1 + i] = this.table.get(h.own[i]);
      for (let i = 0; i < h.ctx.length; i++) e[1 + h.own.length + i] = this.table.get(h.ctx[i]);
      if (this.cache.size >= 100_000) this.cache.clear();
      this.cache.set(w, e);
    }
    return e;
  }
  own(w: WordInfo) {
    const e = this.entry(w);
    for (let i = 1; i <= e[0]; i++) this.push(e[i]);
  }
  ctx(w: WordInfo, role: number) {
    const e = this.entry(w);
    const b = 1 + e[0] + 2 * role;
    this.push(e[b]);
    this.push(e[b + 1]);
  }
  hash(h: number) {
    this.push(this.table.get(h));
  }
  endToken() {
    this.offsets.push(this.len);
  }
}

let acc = new Int32Array(0);

/** Adds the quantized weights of features from..to of `ids` to accumulator row `eb`. */
function addRows(
  acc: Int32Array, rowStart: Int32Array, packed: Int32Array, ids: Int32Array, from: number, to: number, eb: number,
) {
  for (let j = from; j < to; j++) {
    const id = ids[j];
    const end = rowStart[id + 1];
    for (let k = rowStart[id]; k < end; k++) {
      const x = packed[k];
      acc[eb + (x & 31)] += x >> 5;
    }
  }
}

/** Decodes every sentence with one stage (features of a and, if given, b summed). Writes flat BILOU tags. */
function decodeStage(st: StageWeights, a: IdSet, b: IdSet | null, sentLens: number[], out: Int32Array) {
  const K = NUM_TAGS;
  const { rowStart, packed, scale } = st;
  let tok = 0;
  for (let s = 0; s < sentLens.length; s++) {
    const n = sentLens[s];
    if (emit.length < n * K) {
      emit = new Float64Array(n * K * 2);
      acc = new Int32Array(n * K * 2);
    }
    const e = emit;
    const ac = acc;
    ac.fill(0, 0, n * K);
    for (let i = 0; i < n; i++) {
      const k = tok + i;
      addRows(ac, rowStart, packed, a.ids, a.offsets[k], a.offsets[k + 1], i * K);
      if (b !== null) addRows(ac, rowStart, packed, b.ids, b.offsets[k], b.offsets[k + 1], i * K);
    }
    for (let j = 0; j < n * K; j++) e[j] = ac[j] * scale;
    viterbi(e, n, st.transMasked, st.endMasked, out.subarray(tok, tok + n));
    tok += n;
  }
}

/** BILOU tag indices for all tokens of a document (sentence after sentence). */
export function tagDocumentBilou(model: NerModel, doc: string[][]): Int32Array {
  let cache = idCaches.get(model);
  if (!cache) idCaches.set(model, (cache = new Map()));
  const sink = new IdSink(model.table, cache);
  const infos = stage1Features(doc, model.gazetteer, sink);
  const set1: IdSet = { ids: sink.ids, offsets: Int32Array.from(sink.offsets) };
  const sentLens = doc.map((s) => s.length);
  const out = new Int32Array(sink.offsets.length - 1);
  decodeStage(model.stage1, set1, null, sentLens, out);
  if (!model.stage2) return out;
  const f2 = stage2Features(infos, out);
  const set2 = lookup(model.table, f2);
  const out2 = new Int32Array(out.length);
  decodeStage(model.stage2, set1, set2, sentLens, out2);
  return out2;
}
