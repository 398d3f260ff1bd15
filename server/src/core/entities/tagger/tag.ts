// Decoding a document with a runtime model: stage 1, then (if present) stage 2 with
// document-level features from the stage-1 tags.
//
// Speed: scores are integer sums of quantized weights, so they can be summed in any order without
// changing a bit. The runtime keeps, per model, one combined row per feature holding both stages'
// weights (column = tag for stage 1, NUM_TAGS + tag for stage 2), and caches per word form the
// summed rows of its "own" features and of its features as each of the 4 context neighbours
// (5 dense rows of 2*NUM_TAGS ints; cluster features live there too, so they cost nothing per token).
// A token then costs 5 dense row adds plus ~15 sparse features,
// and the stage-1 features are visited once for both stages.

import type { Stage1Sink } from './features.ts';
import { WordFeaturizer, stage1Features, stage2Features, wordAt } from './features.ts';
import type { WordInfo } from './word.ts';
import type { NerModel, StageWeights } from './model.ts';
import { NUM_TAGS } from './tags.ts';
import { viterbi } from './viterbi.ts';
import type { U32Table } from './hash.ts';

const K = NUM_TAGS;
/** Word-cache slots are capped (a slot is 5 rows of 2*K Int32: 680 bytes). */
const MAX_WORD_SLOTS = 1 << 15;

interface Runtime {
  /** Columns per accumulator row: K (one stage) or 2K. */
  S: number;
  rowStart: Int32Array;
  /** (q << 6) | column */
  packed: Int32Array;
  slotOf: Map<WordInfo, number>;
  words: WordFeaturizer;
  slab: Int32Array;
  slots: number;
}

const runtimes = new WeakMap<NerModel, Runtime>();

function runtimeOf(model: NerModel): Runtime {
  let rt = runtimes.get(model);
  if (rt) return rt;
  const stages: StageWeights[] = model.stage2 ? [model.stage1, model.stage2] : [model.stage1];
  const nFeat = model.keys.length;
  const rowStart = new Int32Array(nFeat + 1);
  for (let f = 0; f < nFeat; f++) {
    let n = 0;
    for (const st of stages) n += st.rowStart[f + 1] - st.rowStart[f];
    rowStart[f + 1] = rowStart[f] + n;
  }
  const packed = new Int32Array(rowStart[nFeat]);
  for (let f = 0, o = 0; f < nFeat; f++)
    stages.forEach((st, s) => {
      for (let k = st.rowStart[f]; k < st.rowStart[f + 1]; k++) packed[o++] = (st.q[k] << 6) | (s * K + st.tags[k]);
    });
  rt = { S: stages.length * K, rowStart, packed, slotOf: new Map(), words: new WordFeaturizer(model.clusters, 0), slab: new Int32Array(0), slots: 0 };
  runtimes.set(model, rt);
  return rt;
}

/** Adds row `id` (all columns) to acc at `base`. */
function addRow(acc: Int32Array, rowStart: Int32Array, packed: Int32Array, id: number, base: number) {
  const end = rowStart[id + 1];
  for (let k = rowStart[id]; k < end; k++) {
    const x = packed[k];
    acc[base + (x & 63)] += x >> 6;
  }
}

let acc = new Int32Array(0);

/** Accumulates stage-1 features straight into per-token score rows (both stages' columns). */
class AccSink implements Stage1Sink {
  tok = 0;
  private base = 0;
  constructor(private readonly rt: Runtime, private readonly table: U32Table) {}
  private slot(w: WordInfo): number {
    const rt = this.rt;
    let s = rt.slotOf.get(w);
    if (s !== undefined) return s;
    const S = rt.S;
    const stride = 5 * S;
    if (rt.slots >= MAX_WORD_SLOTS) {
      rt.slotOf.clear();
      rt.slots = 0;
    }
    s = rt.slots++;
    if (rt.slab.length < rt.slots * stride) {
      const bigger = new Int32Array(Math.min(MAX_WORD_SLOTS, Math.max(1024, rt.slots * 2)) * stride);
      bigger.set(rt.slab);
      rt.slab = bigger;
    }
    const slab = rt.slab;
    const b = s * stride;
    slab.fill(0, b, b + stride);
    const h = rt.words.get(w);
    const { table } = this;
    for (let i = 0; i < h.own.length; i++) {
      const id = table.get(h.own[i]);
      if (id >= 0) addRow(slab, rt.rowStart, rt.packed, id, b);
    }
    for (let r = 0; r < 4; r++) {
      const c = h.ctx[r];
      for (let i = 0; i < c.length; i++) {
        const id = table.get(c[i]);
        if (id >= 0) addRow(slab, rt.rowStart, rt.packed, id, b + S * (1 + r));
      }
    }
    rt.slotOf.set(w, s);
    return s;
  }
  begin(tokens: number) {
    const need = tokens * this.rt.S;
    if (acc.length < need) acc = new Int32Array(need * 2);
    acc.fill(0, 0, need);
  }
  private slots = new Int32Array(64);
  private sentSlots = 0;
  beginSentence(words: readonly WordInfo[]) {
    const n = words.length;
    if (this.slots.length < n + 4) this.slots = new Int32Array(2 * n + 4);
    // a cache reset inside slot() would invalidate earlier slots of this sentence: reset first
    if (this.rt.slots + n + 4 > MAX_WORD_SLOTS) {
      this.rt.slotOf.clear();
      this.rt.slots = 0;
    }
    for (let j = -2; j < n + 2; j++) this.slots[j + 2] = this.slot(wordAt(words, j));
  }
  window(i: number) {
    const S = this.rt.S;
    const slab = this.rt.slab;
    const a = acc;
    const b = this.base;
    const st = 5 * S;
    const sl = this.slots;
    const o0 = sl[i + 2] * st;
    const o1 = sl[i + 1] * st + S; // word at i-1 in role 0
    const o2 = sl[i + 3] * st + 2 * S; // i+1, role 1
    const o3 = sl[i] * st + 3 * S; // i-2, role 2
    const o4 = sl[i + 4] * st + 4 * S; // i+2, role 3
    for (let c = 0; c < S; c++) a[b + c] += slab[o0 + c] + slab[o1 + c] + slab[o2 + c] + slab[o3 + c] + slab[o4 + c];
  }
  hash(h: number) {
    const id = this.table.get(h);
    if (id >= 0) addRow(acc, this.rt.rowStart, this.rt.packed, id, this.base);
  }
  endToken() {
    this.tok++;
    this.base += this.rt.S;
  }
}

let emit = new Float64Array(0);

/** Viterbi over each sentence using accumulator columns col0..col0+K, scaled. */
function decodeStage(st: StageWeights, S: number, col0: number, sentLens: number[], out: Int32Array) {
  const scale = st.scale;
  let tok = 0;
  for (let s = 0; s < sentLens.length; s++) {
    const n = sentLens[s];
    if (emit.length < n * K) emit = new Float64Array(n * K * 2);
    const e = emit;
    for (let i = 0; i < n; i++) {
      const ab = (tok + i) * S + col0;
      const eb = i * K;
      for (let c = 0; c < K; c++) e[eb + c] = acc[ab + c] * scale;
    }
    viterbi(e, n, st.transMasked, st.endMasked, out.subarray(tok, tok + n));
    tok += n;
  }
}

/** BILOU tag indices for all tokens of a document (sentence after sentence). */
export function tagDocumentBilou(model: NerModel, doc: string[][]): Int32Array {
  const rt = runtimeOf(model);
  const S = rt.S;
  let total = 0;
  for (const s of doc) total += s.length;
  const sink = new AccSink(rt, model.table);
  sink.begin(total);
  const infos = stage1Features(doc, model.gazetteer, sink);
  const sentLens = doc.map((s) => s.length);
  const out = new Int32Array(total);
  decodeStage(model.stage1, S, 0, sentLens, out);
  if (!model.stage2) return out;
  const f2 = stage2Features(infos, out);
  const { rowStart, packed } = rt;
  const table = model.table;
  for (let t = 0; t < total; t++) {
    const base = t * S;
    for (let j = f2.offsets[t]; j < f2.offsets[t + 1]; j++) {
      const id = table.get(f2.hashes[j]);
      // Adds stage-1 columns too; they are no longer needed.
      if (id >= 0) addRow(acc, rowStart, packed, id, base);
    }
  }
  const out2 = new Int32Array(total);
  decodeStage(model.stage2, S, K, sentLens, out2);
  return out2;
}
