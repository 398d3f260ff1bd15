// Decoding a document with a runtime model: stage 1, then (if present) stage 2 with
// document-level features from the stage-1 tags.
//
// Speed: scores are integer sums of quantized weights, so they can be summed in any order, and
// anything may be pre-summed, without changing a bit. The runtime keeps, per model:
// - one combined row per feature holding both stages' weights, packed in one double per tag
//   (packedScores.ts, decodingRows.ts): every score below is both stages' at once;
// - per word form (a "slot", found by the raw token) the summed rows of its "own" features and of
//   its features as each of the 4 context neighbours (5 dense rows of NUM_TAGS doubles; the bias,
//   cluster features and the word's gazetteer membership are folded in), plus the rows of the
//   features that depend on the word alone (sentence-initial, headline, lowercase-elsewhere), and
//   its hashes with its first-word parts of the word-pair features (PairHead) in one flat array;
// - the rows of features with few possible values (gazetteer bits, document majority types), and
//   per triple of stage-1 tags the summed stage-2 row of the tag features.
// What is left per token is 5 dense row adds, a few cached feature rows, the hashes and lookups of its
// word-pair features (adjacentRows), and the rows of the features that fire. Per-document
// statistics are kept per form id in flat arrays, not in string maps.
//
// Every sentence is decoded, even one with no capital past its first word (issue #20): such
// sentences get tags too (stage 2 tags quote marks; a capitalized common noun first, "Autism
// is ...", is tagged), and skipping duc2006's 6,768 of them whose first word is lowercase or
// written lowercase elsewhere in the document changed 57 articles' names. Proving a sentence all
// O from its scores instead (O ahead of every tag by more than transitions can make up) kept
// every tag, but it skips only Viterbi, once the scores are summed, and saved no measurable CPU.
//
// The feature recipes are those of features.ts (FeatureHash); stage1Features/stage2Features there
// are the reference extraction used in training, and this file must add up the same features.

import * as features from './features.ts';
import * as word from './word.ts';
import type { WordInfo } from './word.ts';
import type { NerModel, StageWeights } from './model.ts';
import * as tags from './tags.ts';
import * as decoder from './viterbi.ts';
import { TokenSlots } from './tokenSlots.ts';
import * as decodingRows from './decodingRows.ts';
import type { DecodingRows } from './decodingRows.ts';
import * as packedScores from './packedScores.ts';
import * as hash from './hash.ts';
import { U32Table } from './hash.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Clusters } from './clusters.ts';

// Hot loops read imports through these module-local bindings: where each module is compiled to
// CommonJS on its own (tsx, the unit tests, the benchmarks), every use of an imported name is a
// getter call on the exporting module, which costs as much as the work done per token.
const { BOS, EOS, FeatureHash: F, PairHead, DOC_SEEN_CAP_MID, DOC_SEEN_LOWER, NO_TAG, CLUSTER_NONE, agreement, clusterOf, clusterPart, docStatBit, formPart, isHeadlineWithin, majorityType, shapePart, wordTakesGazBits } = features;
const { buildWordInfo } = word;
const { hashU32 } = hash;
const { NUM_TAGS, NUM_TYPES, POS_U, tagPos, tagType } = tags;
const { viterbi, regroupTransitions } = decoder;
const { STAGE2_UNIT, stage1Score, stage2Score } = packedScores;
const { buildDecodingRows, entryTag, entryWeight, rowEnd, rowFirst } = decodingRows;

const K = NUM_TAGS;
/**
 * Word-cache slots are capped (a slot is 5 rows of K doubles: 680 bytes, 45 MB at the cap),
 * unless one sentence needs more. The 1,249 duc2006 articles have 41k distinct tokens: at
 * 1 << 15 the cache was dropped once and 55k slots were filled, now 41k.
 */
const MAX_WORD_SLOTS = 1 << 16;
/** Distinct word forms (low) remembered across documents before the form ids start over. */
const MAX_FORMS = 1 << 17;
/** Slots 0..3 hold the sentence-boundary words (j = -2, -1, n, n+1) and are never evicted. */
const BOUNDARY_WORDS = [BOS[1], BOS[0], EOS[0], EOS[1]];
const FIRST_WORD_SLOT = BOUNDARY_WORDS.length;
/** Per-slot rows of word-dependent sparse features: sentence-initial, headline word, lowercase elsewhere. */
const ROW_INITIAL = 0, ROW_HEAD_LOW = 1, ROW_DOC_LOWER = 2, FEATURE_ROWS_PER_SLOT = 3;
/**
 * Per-slot hashes: the word's hLow and hShort, and its parts of the word-pair features as their
 * first word (features.ts: PairHead). Read from a flat array, not the word's object, by every token.
 */
const H_LOW = 0, H_SHORT = 1, H_BIM = 2, H_BIP = 3, H_SHORT3 = 4, H_LOW_M1_SHORT = 5, H_SHORT_LOW_P1 = 6, H_LOW_M1_LOW_P1 = 7, HASHES_PER_SLOT = 8;

interface Runtime {
  /** Stages of the model (1 or 2). */
  stages: number;
  /** The decoding rows' entries (decodingRows.ts). */
  rowEntry: Float64Array;
  table: U32Table;
  gaz: Gazetteer | null;
  clusters: Clusters | null;
  biasRow: number;
  /**
   * Per word shape, the summed rows (5 of K) of the features that depend on the shape alone, and
   * the rows of the shape's sentence-initial and lowercase-elsewhere features; per cluster
   * (clusterOf), the summed rows (own, role 0, role 1) of the cluster features. A new word's
   * slot starts from these: a few thousand shapes and clusters make the rows of 55k words.
   */
  shapeRows: Map<string, ShapeRows>;
  /** [c + 1], CLUSTER_UNKNOWN at 0: made at full length, as an array written at scattered indexes turns into a dictionary. */
  clusterRows: (Float64Array | undefined)[];
  /** Raw token -> slot; a slot's rows live at slab[slot * 5K ..). */
  slotOf: TokenSlots;
  slotWord: WordInfo[];
  /** Id of the slot word's low form (formOf). */
  slotForm: Int32Array;
  slotFeatureRows: Int32Array;
  /** HASHES_PER_SLOT per slot. */
  slotHashes: Int32Array;
  slab: Float64Array;
  slots: number;
  /** Bumped whenever slots are reused, so a document knows its remembered slots are stale. */
  epoch: number;
  /**
   * Low form -> dense id, for per-document statistics in flat arrays instead of string maps; a
   * flat table probed by the word's hLow (the hash it takes), not a Map that hashes the form again.
   */
  formOf: TokenSlots;
  constantRows: ConstantRows;
  /**
   * Stage-2 parts of the summed rows of S1M1, S1, S1P1 for each (previous, own, next) stage-1
   * tag, K standing for "no neighbour", less those of (O, O, O); filled on first use (tagContextDone).
   */
  tagContext: Float64Array;
  /**
   * Stage-2 parts of the rows of (O, O, O), the tags around most tokens (null with one stage):
   * folded into every word's own row, so a token in O context adds no tag-context row at all.
   */
  allOutContext: Float64Array | null;
  tagContextDone: Uint8Array;
  /** Per stage, the transition scores regrouped for viterbi. */
  regrouped: Map<StageWeights, Float64Array>;
}

interface ShapeRows {
  rows: Float64Array;
  initial: number;
  docLower: number;
}

/** Order of the rows of an adjacent pair (a, b): features of a's token, then of b's. */
const PAIR_BIP = 0, PAIR_SHORT_LOW_P1 = 1, PAIR_BIM = 2, PAIR_LOW_M1_SHORT = 3;

/** Rows (or -1) of the features with few possible values. */
interface ConstantRows {
  head: number;
  docCapMid: number;
  /** [rel + 1][bit] for gazetteer bits of the token and its neighbours. */
  gaz: Int32Array[];
  s1: Int32Array;
  s1M1: Int32Array;
  s1P1: Int32Array;
  docType: Int32Array;
  docMaj: Int32Array;
  /** [type * (NUM_TAGS) + tag] */
  docMajS1: Int32Array;
  /** [type * 3 + agreement] */
  docAgree: Int32Array;
  docFirst: Int32Array;
  docSpan: Int32Array;
}

const runtimes = new WeakMap<NerModel, Runtime>();

/**
 * Builds the decoding layout of a model now rather than at its first document (part of loading
 * it). rows: the model's decoding rows, when another thread made them (sharedModel.ts).
 */
export function prepareTagging(model: NerModel, rows?: DecodingRows): void {
  runtimeOf(model, rows);
}

function runtimeOf(model: NerModel, given?: DecodingRows): Runtime {
  let rt = runtimes.get(model);
  if (rt) return rt;
  const stages: StageWeights[] = model.stage2 ? [model.stage1, model.stage2] : [model.stage1];
  const rows = given ?? buildDecodingRows(model.keys, model.stage1, model.stage2);
  // feature hash -> its row (decodingRows.ts); every feature row below is such a row index, or -1 (not in the model)
  const table = U32Table.restore(rows.table);
  rt = {
    stages: stages.length, rowEntry: rows.entries, table, gaz: model.gazetteer,
    clusters: model.clusters, biasRow: table.get(F.bias()), shapeRows: new Map(), clusterRows: new Array<Float64Array | undefined>((model.clusters?.keys.length ?? 0) + 1).fill(undefined),
    slotOf: new TokenSlots(), slotWord: [], slotForm: new Int32Array(0), slotFeatureRows: new Int32Array(0), slotHashes: new Int32Array(0), slab: new Float64Array(0),
    slots: 0, epoch: 0, formOf: new TokenSlots(), constantRows: constantRows(table),
    tagContext: new Float64Array((K + 1) ** 3 * K), tagContextDone: new Uint8Array((K + 1) ** 3), allOutContext: null,
    regrouped: new Map(stages.map((st) => [st, regroupTransitions(st.transMasked)])),
  };
  if (model.stage2) rt.allOutContext = tagContextRow(rt, 0, 0, 0);
  for (const w of BOUNDARY_WORDS) fillSlot(rt, newSlot(rt), w);
  runtimes.set(model, rt);
  return rt;
}

function constantRows(table: U32Table): ConstantRows {
  const rows = (n: number, hashOf: (i: number) => number) => Int32Array.from({ length: n }, (_, i) => table.get(hashOf(i)));
  const tagOrNone = (i: number) => (i === K ? NO_TAG : i);
  return {
    head: table.get(F.head()),
    docCapMid: table.get(F.docCapMid()),
    gaz: ([-1, 0, 1] as const).map((rel) => rows(16, (b) => F.gaz(rel, b))),
    s1: rows(K, F.s1),
    s1M1: rows(K + 1, (i) => F.s1M1(tagOrNone(i))),
    s1P1: rows(K + 1, (i) => F.s1P1(tagOrNone(i))),
    docType: rows(NUM_TYPES, F.docType),
    docMaj: rows(NUM_TYPES, F.docMaj),
    docMajS1: rows(NUM_TYPES * K, (i) => F.docMajS1(Math.floor(i / K), i % K)),
    docAgree: rows(NUM_TYPES * 3, (i) => F.docAgree(Math.floor(i / 3), i % 3)),
    docFirst: rows(NUM_TYPES, F.docFirst),
    docSpan: rows(NUM_TYPES, F.docSpan),
  };
}

/** Adds `row` (both stages) to acc at `base`; row -1 (feature not in the model) adds nothing. */
function addRow(acc: Float64Array, rowEntry: Float64Array, row: number, base: number) {
  if (row < 0) return;
  const end = rowEnd(row);
  for (let k = rowFirst(row); k < end; k++) {
    const e = rowEntry[k];
    const t = entryTag(e);
    acc[base + t] += entryWeight(e, t);
  }
}

// ---- word slots

/** Reserves the next slot, growing the per-slot arrays. */
function newSlot(rt: Runtime): number {
  const s = rt.slots++;
  const stride = 5 * K;
  if (rt.slab.length < rt.slots * stride) {
    // Made at the cap at once (past it, for a huge sentence, by half): a big zeroed array is
    // mapped lazily, so pages never written cost no memory, and growing by steps copied the
    // slab again and again (28 MB for duc2006's 41k words, some 70 MB written in all).
    const cap = rt.slots <= MAX_WORD_SLOTS ? MAX_WORD_SLOTS : Math.ceil(rt.slots * 1.5);
    const slab = new Float64Array(cap * stride);
    slab.set(rt.slab);
    rt.slab = slab;
    rt.slotForm = grown(rt.slotForm, cap);
    rt.slotFeatureRows = grown(rt.slotFeatureRows, cap * FEATURE_ROWS_PER_SLOT);
    rt.slotHashes = grown(rt.slotHashes, cap * HASHES_PER_SLOT);
  }
  return s;
}

function grown(a: Int32Array, length: number): Int32Array {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

/** Makes room for `n` new slots: when the cache would overflow, all word slots are dropped. */
function reserveSlots(rt: Runtime, n: number): void {
  if (rt.slots + n > Math.max(MAX_WORD_SLOTS, FIRST_WORD_SLOT + n)) resetSlots(rt);
}

function resetSlots(rt: Runtime): void {
  rt.slotOf.clear();
  rt.slotWord.length = FIRST_WORD_SLOT;
  rt.slots = FIRST_WORD_SLOT;
  rt.epoch++;
}

/** Slot of a raw token; reserveSlots must have made room. */
function slotFor(rt: Runtime, raw: string): number {
  let s = rt.slotOf.get(raw);
  if (s >= 0) return s;
  s = newSlot(rt);
  // (not wordInfo: the slots are the cache, and its own would hash every new token once more)
  fillSlot(rt, s, buildWordInfo(raw));
  rt.slotOf.set(raw, s);
  return s;
}

/**
 * Computes a slot's dense rows and word-feature rows: the rows of its shape and of its cluster
 * (summed once per shape and per cluster), plus the rows of the features of its form.
 */
function fillSlot(rt: Runtime, s: number, w: WordInfo): void {
  const { slab, table, rowEntry } = rt;
  const b = s * 5 * K;
  const shape = shapeRowsOf(rt, w);
  slab.set(shape.rows, b);
  const c = clusterOf(rt.clusters, w);
  if (c !== CLUSTER_NONE) {
    const rows = clusterRowsOf(rt, c);
    for (let i = 0; i < rows.length; i++) slab[b + i] += rows[i];
  }
  const h = formPart(w);
  for (let i = 0; i < h.own.length; i++) addRow(slab, rowEntry, table.get(h.own[i]), b);
  for (let r = 0; r < 4; r++) {
    const ctx = h.ctx[r];
    for (let i = 0; i < ctx.length; i++) addRow(slab, rowEntry, table.get(ctx[i]), b + K * (1 + r));
  }
  const isWord = s >= FIRST_WORD_SLOT;
  if (isWord) {
    // every token has the bias feature and its word's gazetteer membership: fold them into "own"
    addRow(slab, rowEntry, rt.biasRow, b);
    const allOut = rt.allOutContext;
    if (allOut !== null) for (let c = 0; c < K; c++) slab[b + c] += allOut[c];
    if (rt.gaz && wordTakesGazBits(w)) {
      for (let bits = rt.gaz.wordBits(w.hLow); bits !== 0; bits &= bits - 1) {
        addRow(slab, rowEntry, table.get(F.gazWord(31 - Math.clz32(bits & -bits))), b);
      }
    }
  }
  rt.slotWord[s] = w;
  rt.slotForm[s] = isWord ? formId(rt, w) : -1;
  const o = s * FEATURE_ROWS_PER_SLOT;
  rt.slotFeatureRows[o + ROW_INITIAL] = shape.initial;
  rt.slotFeatureRows[o + ROW_HEAD_LOW] = table.get(F.headLow(w));
  rt.slotFeatureRows[o + ROW_DOC_LOWER] = shape.docLower;
  const hs = rt.slotHashes, ho = s * HASHES_PER_SLOT;
  hs[ho + H_LOW] = w.hLow;
  hs[ho + H_SHORT] = w.hShort;
  hs[ho + H_BIM] = PairHead.biM(w);
  hs[ho + H_BIP] = PairHead.biP(w);
  hs[ho + H_SHORT3] = PairHead.short3(w);
  hs[ho + H_LOW_M1_SHORT] = PairHead.lowM1Short(w);
  hs[ho + H_SHORT_LOW_P1] = PairHead.shortLowP1(w);
  hs[ho + H_LOW_M1_LOW_P1] = PairHead.lowM1LowP1(w);
}

/** The summed rows of the features a word's shape gives it (features.ts: shapePart), and the feature rows that depend on the shape. */
function shapeRowsOf(rt: Runtime, w: WordInfo): ShapeRows {
  let entry = rt.shapeRows.get(w.shape);
  if (entry !== undefined) return entry;
  const { table, rowEntry } = rt;
  const rows = new Float64Array(5 * K);
  const h = shapePart(w);
  for (let i = 0; i < h.own.length; i++) addRow(rows, rowEntry, table.get(h.own[i]), 0);
  for (let r = 0; r < 4; r++) for (const f of h.ctx[r]) addRow(rows, rowEntry, table.get(f), K * (1 + r));
  entry = { rows, initial: table.get(F.initial(w)), docLower: table.get(F.docLower(w)) };
  rt.shapeRows.set(w.shape, entry);
  return entry;
}

/** The summed rows (own, as the word before, as the word after) of the cluster features of cluster c (features.ts: clusterPart). */
function clusterRowsOf(rt: Runtime, c: number): Float64Array {
  let rows = rt.clusterRows[c + 1];
  if (rows !== undefined) return rows;
  const { table, rowEntry } = rt;
  rows = new Float64Array(3 * K);
  const h = clusterPart(rt.clusters, c);
  for (let i = 0; i < h.own.length; i++) addRow(rows, rowEntry, table.get(h.own[i]), 0);
  // (only the neighbours at -1 and +1 have cluster features)
  for (let r = 0; r < 2; r++) for (const f of h.ctx[r]) addRow(rows, rowEntry, table.get(f), K * (1 + r));
  rt.clusterRows[c + 1] = rows;
  return rows;
}

function formId(rt: Runtime, w: WordInfo): number {
  let f = rt.formOf.getHashed(w.low, w.hLow);
  if (f < 0) rt.formOf.setHashed(w.low, (f = rt.formOf.size), w.hLow);
  return f;
}

// ---- per-document scratch (module-level, reused: decoding is synchronous)

/** Per token, K packed scores (packedScores.ts). */
let acc: Float64Array = new Float64Array(0);
/** Per token: slot (valid while the runtime's epoch is unchanged) and form id. */
let tokSlot: Int32Array = new Int32Array(0);
let tokForm: Int32Array = new Int32Array(0);
/** Per form id, stamped with the document number so nothing needs clearing between documents. */
let formStamp: Int32Array = new Int32Array(0);
let formStats: Int32Array = new Int32Array(0);
/** Stage 2: per form id, NUM_TYPES counts, span-type bits, type of the first entity occurrence. */
let formCounts: Int32Array = new Int32Array(0);
let formSpans: Int32Array = new Int32Array(0);
let formFirst: Int32Array = new Int32Array(0);
/** Stage 2, per form with entity predictions: majority type and agreement (features.ts). */
let formBest: Int32Array = new Int32Array(0);
let formAgree: Int32Array = new Int32Array(0);
let docNumber = 0;
let sentSlots: Int32Array = new Int32Array(0);
/**
 * Per token: its word. Written over, never emptied: an array given length 0 drops its storage,
 * and pushing grows it again, a new array per document.
 */
const tokWord: WordInfo[] = [];
let gazBits = new Uint16Array(64);

/** (acc needs no clearing: every token's scores are first written whole, by addWindow or from the memo.) */
function ensureDocScratch(tokens: number): void {
  if (acc.length < tokens * K) acc = new Float64Array(tokens * K * 2);
  if (tokSlot.length < tokens) {
    tokSlot = new Int32Array(tokens * 2);
    tokForm = new Int32Array(tokens * 2);
  }
}

/** Makes the per-form arrays cover every form id made so far. */
function ensureFormScratch(rt: Runtime): void {
  const n = rt.formOf.size;
  if (formStamp.length >= n) return;
  const cap = n * 2;
  formStamp = grown(formStamp, cap);
  formStats = grown(formStats, cap);
  formCounts = grown(formCounts, cap * NUM_TYPES);
  formSpans = grown(formSpans, cap);
  formFirst = grown(formFirst, cap);
  formBest = grown(formBest, cap);
  formAgree = grown(formAgree, cap);
}

// ---- stage 1

/**
 * Resolves every token to a slot, records its word and form, and collects the document's
 * capitalization evidence per form (what pushDocWordStats computes). Returns which sentences are
 * headlines, and whether the slots in tokSlot are all still valid (no cache reset in between).
 */
function scanDocument(rt: Runtime, doc: string[][]): { headline: boolean[]; slotsValid: boolean } {
  if (rt.formOf.size > MAX_FORMS) {
    // slots remember form ids: drop both together, between documents
    rt.formOf.clear();
    resetSlots(rt);
  }
  const epoch = rt.epoch;
  const headline: boolean[] = [];
  docNumber++;
  let k = 0;
  for (const sent of doc) {
    reserveSlots(rt, sent.length);
    const first = k;
    for (const raw of sent) {
      const s = slotFor(rt, raw);
      tokSlot[k] = s;
      tokForm[k] = rt.slotForm[s];
      tokWord[k++] = rt.slotWord[s];
    }
    const head = isHeadlineWithin(tokWord, first, k);
    headline.push(head);
    // the sentence's evidence while its words are in the CPU's cache, not in a second pass over the document
    ensureFormScratch(rt);
    for (let j = first; j < k; j++) {
      const bit = docStatBit(tokWord[j], j - first, head);
      if (bit === 0) continue;
      const f = tokForm[j];
      touchForm(f);
      formStats[f] |= bit;
    }
  }
  return { headline, slotsValid: rt.epoch === epoch };
}

/** Resets the per-form entries of form f when this document first touches them. */
function touchForm(f: number): void {
  if (formStamp[f] === docNumber) return;
  formStamp[f] = docNumber;
  formStats[f] = 0;
  formCounts.fill(0, f * NUM_TYPES, (f + 1) * NUM_TYPES);
  formSpans[f] = 0;
  formFirst[f] = -1;
}

/** Slots of sentence words j = -2 .. n+1 into sentSlots[j + 2]; re-resolved unless tokSlot is still valid. */
function sentenceSlots(rt: Runtime, sent: readonly string[], first: number, slotsValid: boolean): void {
  const n = sent.length;
  if (sentSlots.length < n + 4) sentSlots = new Int32Array(2 * n + 4);
  sentSlots[0] = 0;
  sentSlots[1] = 1;
  sentSlots[n + 2] = 2;
  sentSlots[n + 3] = 3;
  if (slotsValid) {
    for (let i = 0; i < n; i++) sentSlots[i + 2] = tokSlot[first + i];
    return;
  }
  reserveSlots(rt, n);
  for (let i = 0; i < n; i++) sentSlots[i + 2] = slotFor(rt, sent[i]);
}

/** Bits of docEvidence. */
const EVIDENCE_LOWER = 1, EVIDENCE_CAP_MID = 2;

/**
 * The document's capitalization evidence that stage 1 reads for token k (number i of its
 * sentence, the sentence a headline or not): whether its form is seen lowercase elsewhere, and
 * whether it is seen capitalized mid-sentence (read only sentence-initially or in a headline).
 * The stage-1 memo key is made of these bits, so features and key cannot drift apart.
 */
function docEvidence(w: WordInfo, k: number, i: number, head: boolean): number {
  if (w.startsLower || !w.hasLetter) return 0;
  const f = tokForm[k];
  const st = formStamp[f] === docNumber ? formStats[f] : 0;
  return (st & DOC_SEEN_LOWER ? EVIDENCE_LOWER : 0) | ((st & DOC_SEEN_CAP_MID) && (i === 0 || head) ? EVIDENCE_CAP_MID : 0);
}

/**
 * Stage-1 features of the tokens of one sentence (its first token is number k of the document),
 * summed into acc (both stages' columns). Mirrors stage1Features. scanDocument must have run.
 */
function accumulateSentence1(rt: Runtime, sent: readonly string[], k: number, head: boolean, slotsValid: boolean): void {
  const { rowEntry, table, gaz, constantRows: constant } = rt;
  const n = sent.length;
  sentenceSlots(rt, sent, k, slotsValid);
  if (gaz) {
    if (gazBits.length < n) gazBits = new Uint16Array(n * 2);
    // (the words of the sentence's slots: re-resolved slots hold the same words)
    gaz.mark(tokWord, gazBits, k, k + n);
  }
  let leftPair = pairRowsA, rightPair = pairRowsB;
  for (let i = 0; i < n; i++, k++) {
    const base = k * K;
    setWindow(rt, i, base);
    const sm1 = sentSlots[i + 1], s0 = sentSlots[i + 2], sp1 = sentSlots[i + 3];
    const w = tokWord[k];
    // the pair (i-1, i) was the right-hand pair of the previous token: the two buffers swap
    if (i === 0) adjacentRows(rt, sm1, s0, leftPair);
    else {
      const t = leftPair;
      leftPair = rightPair;
      rightPair = t;
    }
    adjacentRows(rt, s0, sp1, rightPair);
    addRow(acc, rowEntry, leftPair[PAIR_BIM], base);
    addRow(acc, rowEntry, leftPair[PAIR_LOW_M1_SHORT], base);
    addRow(acc, rowEntry, rightPair[PAIR_BIP], base);
    addRow(acc, rowEntry, rightPair[PAIR_SHORT_LOW_P1], base);
    addRow(acc, rowEntry, skipRow(rt, sm1, sp1), base);
    addRow(acc, rowEntry, short3Row(rt, sm1, s0, sp1), base);
    const o = s0 * FEATURE_ROWS_PER_SLOT;
    if (i === 0) addRow(acc, rowEntry, rt.slotFeatureRows[o + ROW_INITIAL], base);
    if (head) {
      addRow(acc, rowEntry, constant.head, base);
      addRow(acc, rowEntry, rt.slotFeatureRows[o + ROW_HEAD_LOW], base);
    }
    const evidence = docEvidence(w, k, i, head);
    if (evidence & EVIDENCE_LOWER) addRow(acc, rowEntry, rt.slotFeatureRows[o + ROW_DOC_LOWER], base);
    if (evidence & EVIDENCE_CAP_MID) addRow(acc, rowEntry, constant.docCapMid, base);
    if (gaz) {
      addBits(rt, constant.gaz[1], gazBits[i], base);
      if (i > 0) addBits(rt, constant.gaz[0], gazBits[i - 1], base);
      if (i + 1 < n) addBits(rt, constant.gaz[2], gazBits[i + 1], base);
    }
  }
}

/** The rows of a token's left and right word pairs (adjacentRows), in turns. */
const pairRowsA = new Int32Array(4);
const pairRowsB = new Int32Array(4);

/**
 * Rows of the word-pair features of adjacent slots a, b (in PAIR_* order) into out. Not cached: a
 * cache per slot pair (64k entries, 1.25 MB) found under half of duc2006's pairs and cost more in
 * memory traffic than the hashing and the feature table's filter it saved (tagger CPU about 10%
 * less without it).
 */
function adjacentRows(rt: Runtime, a: number, b: number, out: Int32Array): void {
  const hs = rt.slotHashes, table = rt.table;
  const ha = a * HASHES_PER_SLOT, hb = b * HASHES_PER_SLOT;
  // FeatureHash.biP, shortLowP1, biM, lowM1Short of the slots' words
  const bLow = hs[hb + H_LOW];
  out[PAIR_BIP] = table.get(hashU32(hs[ha + H_BIP], bLow));
  out[PAIR_SHORT_LOW_P1] = table.get(hashU32(hs[ha + H_SHORT_LOW_P1], bLow));
  out[PAIR_BIM] = table.get(hashU32(hs[ha + H_BIM], bLow));
  out[PAIR_LOW_M1_SHORT] = table.get(hashU32(hs[ha + H_LOW_M1_SHORT], hs[hb + H_SHORT]));
}

/** Row of the feature of the words on either side of a token (slots a, b): FeatureHash.lowM1LowP1. */
function skipRow(rt: Runtime, a: number, b: number): number {
  const hs = rt.slotHashes;
  return rt.table.get(hashU32(hs[a * HASHES_PER_SLOT + H_LOW_M1_LOW_P1], hs[b * HASHES_PER_SLOT + H_LOW]));
}

/** Row of the shape triple of slots a, w, b: FeatureHash.short3. */
function short3Row(rt: Runtime, a: number, w: number, b: number): number {
  const hs = rt.slotHashes;
  return rt.table.get(hashU32(hashU32(hs[a * HASHES_PER_SLOT + H_SHORT3], hs[w * HASHES_PER_SLOT + H_SHORT]), hs[b * HASHES_PER_SLOT + H_SHORT]));
}

/** Sets token i's scores at b to its dense word rows: its own features and its 4 neighbours' context features. */
function setWindow(rt: Runtime, i: number, b: number): void {
  const slab = rt.slab;
  const a = acc;
  const st = 5 * K;
  const sl = sentSlots;
  const o0 = sl[i + 2] * st;
  const o1 = sl[i + 1] * st + K; // word at i-1 in role 0
  const o2 = sl[i + 3] * st + 2 * K; // i+1, role 1
  const o3 = sl[i] * st + 3 * K; // i-2, role 2
  const o4 = sl[i + 4] * st + 4 * K; // i+2, role 3
  for (let c = 0; c < K; c++) a[b + c] = slab[o0 + c] + slab[o1 + c] + slab[o2 + c] + slab[o3 + c] + slab[o4 + c];
}

/** Adds the rows of the features of each set bit (rows[bit]). */
function addBits(rt: Runtime, rows: Int32Array, bits: number, base: number): void {
  for (; bits !== 0; bits &= bits - 1) addRow(acc, rt.rowEntry, rows[31 - Math.clz32(bits & -bits)], base);
}

// ---- stage 2

/**
 * The document-wide part of stage 2: per form, the types stage 1 gave its occurrences (tags s1),
 * whether one was inside a longer span, the type of the first, and from these the majority type
 * and agreement (features.ts).
 */
function collectStage2Stats(s1: Int32Array): void {
  const total = s1.length;
  const entityForms: number[] = [];
  for (let k = 0; k < total; k++) {
    const t = s1[k];
    if (t === 0) continue;
    const f = tokForm[k];
    touchForm(f);
    const type = tagType(t);
    if (formFirst[f] < 0) {
      formFirst[f] = type;
      entityForms.push(f);
    }
    formCounts[f * NUM_TYPES + type]++;
    if (tagPos(t) !== POS_U) formSpans[f] |= 1 << type;
  }
  // what depends on the form only, once per form rather than per occurrence
  for (const f of entityForms) {
    formBest[f] = majorityType(formCounts, f * NUM_TYPES);
    formAgree[f] = agreement(formCounts, f * NUM_TYPES, formBest[f]);
  }
}

/** Whether stage 1 tagged any occurrence of form f in this document (collectStage2Stats). */
function formHasEntity(f: number): boolean {
  return formStamp[f] === docNumber && formFirst[f] >= 0;
}

/**
 * Stage-2 features of the n tokens of a sentence starting at token k (from stage-1 tags s1),
 * added into acc. Mirrors stage2Features; collectStage2Stats must have run.
 */
function accumulateSentence2(rt: Runtime, k: number, n: number, s1: Int32Array): void {
  const { rowEntry, table, constantRows: constant } = rt;
  for (let i = 0; i < n; i++, k++) {
    const base = k * K;
    const t = s1[k];
    addTagContext(rt, i > 0 ? s1[k - 1] : K, t, i + 1 < n ? s1[k + 1] : K, base);
    const f = tokForm[k];
    if (!formHasEntity(f)) continue; // no entity prediction for the form
    const o = f * NUM_TYPES;
    const best = formBest[f];
    for (let ty = 0; ty < NUM_TYPES; ty++) if (formCounts[o + ty] > 0) addRow(acc, rowEntry, constant.docType[ty], base);
    addRow(acc, rowEntry, constant.docMaj[best], base);
    addRow(acc, rowEntry, table.get(F.docMajShort(best, tokWord[k])), base);
    addRow(acc, rowEntry, constant.docMajS1[best * K + t], base);
    addRow(acc, rowEntry, constant.docAgree[best * 3 + formAgree[f]], base);
    addRow(acc, rowEntry, constant.docFirst[formFirst[f]], base);
    addBits(rt, constant.docSpan, formSpans[f], base);
  }
}

/**
 * Adds the stage-1-tag features of a token (its tag and its neighbours') to its stage-2 columns:
 * three sparse rows that fire on every token, summed once per tag triple. Stage-1 columns are
 * left out; they are no longer read.
 */
function addTagContext(rt: Runtime, prev: number, own: number, next: number, base: number): void {
  const r = (prev * (K + 1) + own) * (K + 1) + next;
  if (r === 0) return; // (O, O, O): in the word's own row already (allOutContext)
  const rows = rt.tagContext;
  const o = r * K;
  if (rt.tagContextDone[r] === 0) {
    const sum = tagContextRow(rt, prev, own, next);
    const allOut = rt.allOutContext!;
    for (let c = 0; c < K; c++) rows[o + c] = sum[c] - allOut[c];
    rt.tagContextDone[r] = 1;
  }
  const a = acc;
  for (let c = 0; c < K; c++) a[base + c] += rows[o + c];
}

/** Stage-2 parts (stage 1's left out) of the summed rows of the stage-1-tag features of a (previous, own, next) triple. */
function tagContextRow(rt: Runtime, prev: number, own: number, next: number): Float64Array {
  const sum = new Float64Array(K);
  addRow(sum, rt.rowEntry, rt.constantRows.s1M1[prev], 0);
  addRow(sum, rt.rowEntry, rt.constantRows.s1[own], 0);
  addRow(sum, rt.rowEntry, rt.constantRows.s1P1[next], 0);
  for (let c = 0; c < K; c++) sum[c] = stage2Score(sum[c]) * STAGE2_UNIT;
  return sum;
}

// ---- decoding

let emit = new Float64Array(0);

/** Viterbi over the n tokens of a sentence starting at token k, by the scores of stage 1 or 2 (`stage`), scaled. */
function decodeSentence(rt: Runtime, st: StageWeights, stage: 1 | 2, k: number, n: number, out: Int32Array): void {
  const scale = st.scale;
  if (emit.length < n * K) emit = new Float64Array(n * K * 2);
  const e = emit;
  const a = acc;
  const m = n * K;
  const ab = k * K;
  if (stage === 1) for (let c = 0; c < m; c++) e[c] = stage1Score(a[ab + c]) * scale;
  else for (let c = 0; c < m; c++) e[c] = stage2Score(a[ab + c]) * scale;
  viterbi(e, n, st.transMasked, st.endMasked, out, rt.regrouped.get(st)!, k);
}

/**
 * What tagging one document left, sentence by sentence, so that tagging the next version of it
 * (an edit) redoes only the sentences whose inputs changed. A sentence's stage-1 result depends
 * on its tokens and on the document's capitalization evidence for them; its stage-2 result on
 * that, its stage-1 tags and the document's stage-1 statistics of its forms. Keys hold all of it,
 * so a hit is exactly what decoding would give. Only the last document's sentences are kept.
 */
export class TaggingMemo {
  model: NerModel | null = null;
  /** Stage-1 key -> the sentence's packed scores after stage 1 (both stages) and its stage-1 tags. */
  stage1 = new Map<string, { acc: Float64Array; tags: Int32Array }>();
  /** Stage-2 key -> the sentence's final tags. */
  stage2 = new Map<string, Int32Array>();
  /** Sentences of the last document taken from the memo, per stage (for tests and benchmarks). */
  hits = { stage1: 0, stage2: 0 };
}

/** Stage-1 memo key of the n tokens of a sentence starting at token k: its tokens and, per token, the capitalization evidence that stage 1 reads. */
function stage1Key(sent: readonly string[], k: number, head: boolean): string {
  let evidence = '';
  for (let i = 0; i < sent.length; i++) evidence += String.fromCharCode(48 + docEvidence(tokWord[k + i], k + i, i, head));
  return `${sent.join('\u0000')}\u0001${evidence}`;
}

/** Stage-2 memo key: the stage-1 key, the sentence's stage-1 tags, and the stage-1 statistics of its forms. */
function stage2Key(key1: string, k: number, n: number, s1: Int32Array): string {
  let key = `${key1}\u0002`;
  for (let i = 0; i < n; i++) key += String.fromCharCode(65 + s1[k + i]);
  for (let i = 0; i < n; i++) {
    const f = tokForm[k + i];
    if (!formHasEntity(f)) {
      key += ';';
      continue;
    }
    const o = f * NUM_TYPES;
    key += `;${formFirst[f]},${formSpans[f]}`;
    for (let ty = 0; ty < NUM_TYPES; ty++) key += `,${formCounts[o + ty]}`;
  }
  return key;
}

/**
 * BILOU tag indices for all tokens of a document (sentence after sentence). With a memo, the
 * sentences it holds from the previous call are not decoded again; the result is the same.
 */
export function tagDocumentBilou(model: NerModel, doc: string[][], memo?: TaggingMemo): Int32Array {
  const rt = runtimeOf(model);
  let total = 0;
  for (const s of doc) total += s.length;
  ensureDocScratch(total);
  if (memo && memo.model !== model) {
    memo.model = model;
    memo.stage1.clear();
    memo.stage2.clear();
  }
  if (memo) memo.hits = { stage1: 0, stage2: 0 };
  // a document larger than the word cache resets it while scanning: its sentences are then re-resolved
  const { headline, slotsValid } = scanDocument(rt, doc);
  const s1 = new Int32Array(total);
  const keys1: string[] = [];
  const kept1 = new Map<string, { acc: Float64Array; tags: Int32Array }>();
  for (let si = 0, k = 0; si < doc.length; k += doc[si].length, si++) {
    const sent = doc[si];
    const n = sent.length;
    const key = memo ? stage1Key(sent, k, headline[si]) : '';
    const hit = memo ? (kept1.get(key) ?? memo.stage1.get(key)) : undefined;
    if (hit) {
      acc.set(hit.acc, k * K);
      s1.set(hit.tags, k);
      memo!.hits.stage1++;
    } else {
      accumulateSentence1(rt, sent, k, headline[si], slotsValid);
      decodeSentence(rt, model.stage1, 1, k, n, s1);
    }
    if (memo) {
      keys1.push(key);
      kept1.set(key, hit ?? { acc: acc.slice(k * K, (k + n) * K), tags: s1.slice(k, k + n) });
    }
  }
  if (memo) memo.stage1 = kept1;
  if (!model.stage2) return s1;
  // Stage 2 adds its features to all columns, stage 1's too; those are no longer needed.
  collectStage2Stats(s1);
  const out = new Int32Array(total);
  const kept2 = new Map<string, Int32Array>();
  for (let si = 0, k = 0; si < doc.length; k += doc[si].length, si++) {
    const n = doc[si].length;
    const key = memo ? stage2Key(keys1[si], k, n, s1) : '';
    const hit = memo ? (kept2.get(key) ?? memo.stage2.get(key)) : undefined;
    if (hit) {
      out.set(hit, k);
      memo!.hits.stage2++;
    } else {
      accumulateSentence2(rt, k, n, s1);
      decodeSentence(rt, model.stage2, 2, k, n, out);
    }
    if (memo) kept2.set(key, hit ?? out.slice(k, k + n));
  }
  if (memo) memo.stage2 = kept2;
  return out;
}

/**
 * For tests: the integer scores the last tagDocumentBilou summed for its first `tokens` tokens,
 * token k's at [k * S, (k + 1) * S), S = K per stage: stage 1's scores, then (with a stage 2) stage 2's.
 * Taken from memo hits as from decoding; stage 1's columns hold stage 1's features only.
 */
export function lastDocumentScores(model: NerModel, tokens: number): Int32Array {
  const S = runtimeOf(model).stages * K;
  const out = new Int32Array(tokens * S);
  for (let k = 0; k < tokens; k++)
    for (let c = 0; c < K; c++) {
      const v = acc[k * K + c];
      out[k * S + c] = stage1Score(v);
      if (S > K) out[k * S + K + c] = stage2Score(v);
    }
  return out;
}
