// Feature extraction. Each feature is a 32-bit FNV-1a hash of (template id, parts...), computed
// without building strings. Stage 1 uses only the text of the document; stage 2 adds features
// derived from stage-1 predictions elsewhere in the same document.

import * as hash from './hash.ts';
import type { Clusters } from './clusters.ts';
import type { Gazetteer } from './gazetteer.ts';
import * as tags from './tags.ts';
import { wordInfo, type WordInfo } from './word.ts';

// Hot loops read imports through these module-local bindings: where each module is compiled to
// CommonJS on its own (tsx, the unit tests, the benchmarks), every use of an imported name is a
// getter call on the exporting module, which costs as much as the work done per token.
const { FNV_OFFSET, hashInt, hashRange, hashStr, hashU32 } = hash;
const { NUM_TYPES, POS_U, tagPos, tagType } = tags;

/** Flat per-document feature hashes: token k owns hashes[offsets[k] .. offsets[k+1]). */
export interface DocFeatures {
  hashes: number[];
  offsets: number[];
  /** Token count of each sentence. */
  sentLens: number[];
}

const enum T {
  Bias = 1, Raw, Low, LowM1, LowP1, LowM2, LowP2, Shape, Short, ShortM1, ShortP1, ShortM2, ShortP2,
  Pre, Suf, BiM, BiP, Short3, LowM1Short, ShortLowP1, Initial, Head, HeadLow, DocLower, DocCapMid,
  Gaz, GazM1, GazP1, LowM1LowP1, GazWord, Clu, CluNone, CluM1, CluP1,
  // stage 2
  S1 = 60, S1M1, S1P1, DocType, DocMaj, DocSpan, DocMajShort, DocMajS1, DocAgree, DocFirst,
}

const TB: number[] = [];
for (let i = 0; i < 80; i++) TB.push(hashInt(FNV_OFFSET, i));


/** Document capitalization evidence per word form (low): bits of DOC_SEEN_LOWER, DOC_SEEN_CAP_MID. */
export const DOC_SEEN_LOWER = 1;
/** Seen capitalized mid-sentence in normal (non-headline) text. */
export const DOC_SEEN_CAP_MID = 2;

/** What the word at position i of a sentence says about its form's capitalization. */
export function docStatBit(w: WordInfo, i: number, headline: boolean): number {
  if (w.startsLower) return DOC_SEEN_LOWER;
  if (w.startsUpper && i > 0 && !headline) return DOC_SEEN_CAP_MID;
  return 0;
}

/** A headline: no lowercase letter anywhere, and at least two words with letters. */
export function isHeadline(words: readonly WordInfo[]): boolean {
  return isHeadlineWithin(words, 0, words.length);
}

/** isHeadline(words.slice(from, to)), without the slice. */
export function isHeadlineWithin(words: readonly WordInfo[], from: number, to: number): boolean {
  let letters = 0;
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w.hasLower) return false;
    if (w.hasLetter) letters++;
  }
  return letters >= 2;
}

function pushDocWordStats(doc: string[][], infos: WordInfo[][], headline: boolean[]) {
  // form -> bit 1: seen starting lowercase; bit 2: seen capitalized mid-sentence in normal text
  const stats = new Map<string, number>();
  for (let s = 0; s < doc.length; s++) {
    const inf = infos[s];
    for (let i = 0; i < inf.length; i++) {
      const w = inf[i];
      const bit = docStatBit(w, i, headline[s]);
      if (bit) stats.set(w.low, (stats.get(w.low) ?? 0) | bit);
    }
  }
  return stats;
}

/** Receives stage-1 features; lets the runtime cache per-word feature sums. */
export interface Stage1Sink {
  /** A sentence starts; window(i) then refers to its words (neighbours outside it are BOS/EOS). */
  beginSentence(words: readonly WordInfo[]): void;
  /** Word features of token i: its own features and the context features of its 4 neighbours. */
  window(i: number): void;
  hash(h: number): void;
  endToken(): void;
}

/** The word at j of a sentence of n words, or a BOS/EOS sentinel. */
export function wordAt(words: readonly WordInfo[], j: number): WordInfo {
  const n = words.length;
  return j < 0 ? BOS[-j - 1] : j >= n ? EOS[j - n] : words[j];
}

export interface WordHashes {
  own: number[];
  /** Features of the word as the neighbour in role r (0: -1, 1: +1, 2: -2, 3: +2). */
  ctx: number[][];
}
const CTX_LOW = [T.LowM1, T.LowP1, T.LowM2, T.LowP2];
const CTX_SHORT = [T.ShortM1, T.ShortP1, T.ShortM2, T.ShortP2];
const CTX_CLU = [T.CluM1, T.CluP1];
const CLU_PREFIXES = [4, 6, 10, 20];

/** Per-word feature hashes (own, and as a context word in each role), cached per word. */
export class WordFeaturizer {
  private readonly cache = new Map<WordInfo, WordHashes>();
  /** maxCache = 0: no caching (the runtime caches summed weights instead). */
  constructor(readonly clusters: Clusters | null, private readonly maxCache = 200_000) {}

  get(w: WordInfo): WordHashes {
    let h = this.cache.get(w);
    if (h) return h;
    // The parts a decoder sums separately, in the order training has always read them: the
    // form's raw and lowercase features, the shape's, the form's prefixes and suffixes, the cluster's.
    const form = formPart(w), shape = shapePart(w), cluster = clusterPart(this.clusters, clusterOf(this.clusters, w));
    const own = [form.own[0]!, form.own[1]!, ...shape.own, ...form.own.slice(2), ...cluster.own];
    const ctx = form.ctx.map((c, r) => [...c, ...shape.ctx[r]!, ...cluster.ctx[r]!]);
    h = { own, ctx };
    if (this.maxCache > 0) {
      if (this.cache.size >= this.maxCache) this.cache.clear();
      this.cache.set(w, h);
    }
    return h;
  }
}

/**
 * A word's features (WordFeaturizer.get) split by what they depend on, so that a decoder can sum
 * the weights of the parts shared by many words once: `form` (the raw and lowercased form, its
 * prefixes and suffixes), `shape` (the long and short shape: a function of the shape alone) and
 * `cluster` (the word's cluster path prefixes, or "no cluster": a function of clusterOf alone).
 * Together, exactly get()'s features (test/unit/ner-tagger.test.ts checks it).
 */
export function formPart(w: WordInfo): WordHashes {
  const l0 = w.low;
  const own = [hashStr(TB[T.Raw], w.raw), hashStr(TB[T.Low], l0)];
  const len = l0.length;
  for (let k = 1; k <= 4 && k < len; k++) {
    own.push(hashInt(hashRange(TB[T.Pre], l0, 0, k), k));
    own.push(hashInt(hashRange(TB[T.Suf], l0, len - k, len), k));
  }
  const ctx: number[][] = [];
  for (let r = 0; r < 4; r++) ctx.push([hashStr(TB[CTX_LOW[r]], l0)]);
  return { own, ctx };
}

export function shapePart(w: WordInfo): WordHashes {
  const ctx: number[][] = [];
  for (let r = 0; r < 4; r++) ctx.push([hashStr(TB[CTX_SHORT[r]], w.short)]);
  return { own: [hashStr(TB[T.Shape], w.shape), hashStr(TB[T.Short], w.short)], ctx };
}

/** The cluster a word's cluster features depend on: CLUSTER_NONE without clusters or letters, CLUSTER_UNKNOWN for a form no cluster has, else its index. */
export function clusterOf(clusters: Clusters | null, w: WordInfo): number {
  if (clusters === null || !w.hasLetter) return CLUSTER_NONE;
  const c = clusters.find(w.low);
  return c < 0 ? CLUSTER_UNKNOWN : c;
}
export const CLUSTER_NONE = -2;
export const CLUSTER_UNKNOWN = -1;

/** The cluster features of words of cluster c (clusterOf). */
export function clusterPart(clusters: Clusters | null, c: number): WordHashes {
  const own: number[] = [];
  const ctx: number[][] = [[], [], [], []];
  if (c === CLUSTER_UNKNOWN) own.push(TB[T.CluNone]);
  else if (c >= 0 && clusters !== null) {
    const path = clusters.paths[c];
    const plen = clusters.lens[c];
    let last = -1;
    for (const p of CLU_PREFIXES) {
      const m = Math.min(p, plen);
      if (m === last) break;
      last = m;
      const bits = m >= 32 ? path : path & ((1 << m) - 1);
      own.push(hashU32(hashInt(TB[T.Clu], m), bits));
      for (let r = 0; r < CTX_CLU.length; r++) ctx[r].push(hashU32(hashInt(TB[CTX_CLU[r]], m), bits));
    }
  }
  return { own, ctx };
}

function sentinel(s: string): WordInfo {
  const h = hashStr(FNV_OFFSET, s);
  return {
    raw: s, low: s, shape: s, short: s, startsUpper: false, startsLower: false, hasLower: false, hasLetter: false,
    hLow: h, hShort: h,
  };
}
/** Sentence-boundary words: BOS[0] at -1, BOS[1] at -2, EOS[0] at n, EOS[1] at n+1. */
export const BOS = [sentinel('<s1>'), sentinel('<s2>')];
export const EOS = [sentinel('</s1>'), sentinel('</s2>')];

/**
 * The first word's part of each word-pair feature's hash (the template and that word's hLow or
 * hShort); FeatureHash continues it with the second word's. The decoder keeps these per word, so
 * a token's pair features cost one hash step each (tag.ts).
 */
export const PairHead = {
  biM: (m1: WordInfo) => hashU32(TB[T.BiM], m1.hLow),
  biP: (w: WordInfo) => hashU32(TB[T.BiP], w.hLow),
  short3: (m1: WordInfo) => hashU32(TB[T.Short3], m1.hShort),
  lowM1Short: (m1: WordInfo) => hashU32(TB[T.LowM1Short], m1.hLow),
  shortLowP1: (w: WordInfo) => hashU32(TB[T.ShortLowP1], w.hShort),
  lowM1LowP1: (m1: WordInfo) => hashU32(TB[T.LowM1LowP1], m1.hLow),
};
const H = PairHead;

/**
 * The hash of every feature that is not a word feature, one recipe each. The reference extraction
 * below (training) and the decoder's fast path (tag.ts) both build hashes only through these, so
 * the two cannot drift apart.
 */
export const FeatureHash = {
  bias: () => TB[T.Bias],
  // (the second word's part of these: tag.ts's adjacentRows, skipRow and short3Row continue PairHead the same way)
  biM: (m1: WordInfo, w: WordInfo) => hashU32(H.biM(m1), w.hLow),
  biP: (w: WordInfo, p1: WordInfo) => hashU32(H.biP(w), p1.hLow),
  short3: (m1: WordInfo, w: WordInfo, p1: WordInfo) => hashU32(hashU32(H.short3(m1), w.hShort), p1.hShort),
  lowM1Short: (m1: WordInfo, w: WordInfo) => hashU32(H.lowM1Short(m1), w.hShort),
  shortLowP1: (w: WordInfo, p1: WordInfo) => hashU32(H.shortLowP1(w), p1.hLow),
  lowM1LowP1: (m1: WordInfo, p1: WordInfo) => hashU32(H.lowM1LowP1(m1), p1.hLow),
  initial: (w: WordInfo) => hashU32(TB[T.Initial], w.hShort),
  head: () => TB[T.Head],
  headLow: (w: WordInfo) => hashU32(TB[T.HeadLow], w.hLow),
  docLower: (w: WordInfo) => hashU32(TB[T.DocLower], w.hShort),
  docCapMid: () => TB[T.DocCapMid],
  /** Gazetteer bit b (type*4 + position) of the token (0), its left (-1) or right (+1) neighbour. */
  gaz: (rel: -1 | 0 | 1, b: number) => hashInt(TB[rel === 0 ? T.Gaz : rel < 0 ? T.GazM1 : T.GazP1], b),
  /** Bit b of the positions the word itself takes in gazetteer entries. */
  gazWord: (b: number) => hashInt(TB[T.GazWord], b),
  // stage 2; a stage-1 tag of 99 stands for "no neighbour"
  s1: (tag: number) => hashInt(TB[T.S1], tag),
  s1M1: (tag: number) => hashInt(TB[T.S1M1], tag),
  s1P1: (tag: number) => hashInt(TB[T.S1P1], tag),
  docType: (type: number) => hashInt(TB[T.DocType], type),
  docMaj: (type: number) => hashInt(TB[T.DocMaj], type),
  docMajShort: (type: number, w: WordInfo) => hashU32(hashInt(TB[T.DocMajShort], type), w.hShort),
  docMajS1: (type: number, tag: number) => hashInt(hashInt(TB[T.DocMajS1], type), tag),
  docAgree: (type: number, agree: number) => hashInt(hashInt(TB[T.DocAgree], type), agree),
  docFirst: (type: number) => hashInt(TB[T.DocFirst], type),
  docSpan: (type: number) => hashInt(TB[T.DocSpan], type),
};
const F = FeatureHash;

/** Stage-1 tag value standing for "no neighbour" in stage-2 features. */
export const NO_TAG = 99;

/** Stage-1 features of one document (sentences of raw tokens). */
export function stage1Features(doc: string[][], gaz: Gazetteer | null, sink: Stage1Sink): WordInfo[][] {
  const infos = doc.map((s) => s.map(wordInfo));
  const headline = infos.map(isHeadline);
  const stats = pushDocWordStats(doc, infos, headline);
  let gazBits = new Uint16Array(64);

  for (let s = 0; s < doc.length; s++) {
    const inf = infos[s];
    const n = inf.length;
    if (gaz) {
      if (gazBits.length < n) gazBits = new Uint16Array(n * 2);
      gaz.mark(inf, gazBits);
    }
    sink.beginSentence(inf);
    const head = headline[s];
    for (let i = 0; i < n; i++) {
      const w = inf[i];
      const wm1 = wordAt(inf, i - 1), wp1 = wordAt(inf, i + 1);
      sink.hash(F.bias());
      sink.window(i);
      sink.hash(F.biM(wm1, w));
      sink.hash(F.biP(w, wp1));
      sink.hash(F.short3(wm1, w, wp1));
      sink.hash(F.lowM1Short(wm1, w));
      sink.hash(F.shortLowP1(w, wp1));
      sink.hash(F.lowM1LowP1(wm1, wp1));
      if (i === 0) sink.hash(F.initial(w));
      if (head) {
        sink.hash(F.head());
        sink.hash(F.headLow(w));
      }
      if (!w.startsLower && w.hasLetter) {
        const st = stats.get(w.low) ?? 0;
        if (st & DOC_SEEN_LOWER) sink.hash(F.docLower(w));
        if ((st & DOC_SEEN_CAP_MID) && (i === 0 || head)) sink.hash(F.docCapMid());
      }
      if (gaz) {
        sinkBits(sink, (b) => F.gaz(0, b), gazBits[i]);
        if (i > 0) sinkBits(sink, (b) => F.gaz(-1, b), gazBits[i - 1]);
        if (i + 1 < n) sinkBits(sink, (b) => F.gaz(1, b), gazBits[i + 1]);
        if (wordTakesGazBits(w)) sinkBits(sink, F.gazWord, gaz.wordBits(w.hLow));
      }
      sink.endToken();
    }
  }
  return infos;
}

function sinkBits(sink: Stage1Sink, hashOf: (bit: number) => number, bits: number) {
  while (bits !== 0) {
    const b = 31 - Math.clz32(bits);
    bits &= ~(1 << b);
    sink.hash(hashOf(b));
  }
}

/** Whether the word gets its own gazetteer-membership features (capitalized-ish words only). */
export function wordTakesGazBits(w: WordInfo): boolean {
  return !w.startsLower && w.hasLetter;
}

/** A sink that collects plain hashes (used in training). */
export function collectHashes(doc: string[][], gaz: Gazetteer | null, words: WordFeaturizer): DocFeatures {
  const hashes: number[] = [];
  const offsets: number[] = [0];
  let sent: readonly WordInfo[] = [];
  stage1Features(doc, gaz, {
    beginSentence: (ws) => (sent = ws),
    window: (i) => {
      for (const h of words.get(sent[i]).own) hashes.push(h);
      for (let r = 0; r < 4; r++) for (const h of words.get(wordAt(sent, i + CTX_OFFSET[r])).ctx[r]) hashes.push(h);
    },
    hash: (h) => hashes.push(h),
    endToken: () => offsets.push(hashes.length),
  });
  return { hashes, offsets, sentLens: doc.map((s) => s.length) };
}

/** Offset of the neighbour in each context role. */
export const CTX_OFFSET = [-1, 1, -2, 2];

function pushBits(out: number[], hashOf: (bit: number) => number, bits: number) {
  while (bits !== 0) {
    const b = 31 - Math.clz32(bits);
    bits &= ~(1 << b);
    out.push(hashOf(b));
  }
}

/** The type stage 1 gave a form most often (counts c[o .. o+NUM_TYPES)); ties go to the lower type. */
export function majorityType(c: ArrayLike<number>, o: number): number {
  let best = 0;
  for (let t = 1; t < NUM_TYPES; t++) if (c[o + t] > c[o + best]) best = t;
  return best;
}

/** 2: every entity prediction of the form has the majority type, more than once; 1: once; 0: not all agree. */
export function agreement(c: ArrayLike<number>, o: number, best: number): number {
  let total = 0;
  for (let t = 0; t < NUM_TYPES; t++) total += c[o + t];
  return c[o + best] === total ? (total > 1 ? 2 : 1) : 0;
}

/**
 * Stage-2 features (used together with the stage-1 ones): what stage 1 predicted for this token, its neighbours,
 * and every other occurrence of the same word form in the document (label consistency).
 */
export function stage2Features(doc: readonly WordInfo[][], s1: ArrayLike<number>): DocFeatures {
  // form -> per-type counts of entity predictions, and bits of types seen in multi-token spans
  const counts = new Map<string, number[]>();
  const spanTypes = new Map<string, number>();
  const lows: string[] = [];
  for (const sent of doc) for (const w of sent) lows.push(w.low);
  for (let k = 0; k < lows.length; k++) {
    const t = s1[k];
    if (t === 0) continue;
    let c = counts.get(lows[k]);
    if (!c) counts.set(lows[k], (c = new Array(NUM_TYPES).fill(0)));
    c[tagType(t)]++;
    const p = tagPos(t);
    if (p !== POS_U) spanTypes.set(lows[k], (spanTypes.get(lows[k]) ?? 0) | (1 << tagType(t)));
  }
  // type of the first occurrence predicted as an entity
  const first = new Map<string, number>();
  for (let j = 0; j < lows.length; j++) if (s1[j] !== 0 && !first.has(lows[j])) first.set(lows[j], tagType(s1[j]));
  const hashes: number[] = [];
  const offsets: number[] = [0];
  let k = 0;
  for (const sent of doc) {
    const n = sent.length;
    for (let i = 0; i < n; i++, k++) {
      hashes.push(F.s1(s1[k]), F.s1M1(i > 0 ? s1[k - 1] : NO_TAG), F.s1P1(i + 1 < n ? s1[k + 1] : NO_TAG));
      const c = counts.get(lows[k]);
      if (c) {
        const best = majorityType(c, 0);
        for (let t = 0; t < NUM_TYPES; t++) if (c[t] > 0) hashes.push(F.docType(t));
        hashes.push(F.docMaj(best));
        hashes.push(F.docMajShort(best, sent[i]));
        hashes.push(F.docMajS1(best, s1[k]));
        hashes.push(F.docAgree(best, agreement(c, 0, best)));
        hashes.push(F.docFirst(first.get(lows[k])!));
      }
      const sp = spanTypes.get(lows[k]);
      if (sp) pushBits(hashes, F.docSpan, sp);
      offsets.push(hashes.length);
    }
  }
  return { hashes, offsets, sentLens: doc.map((x) => x.length) };
}
