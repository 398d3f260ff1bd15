// Feature extraction. Each feature is a 32-bit FNV-1a hash of (template id, parts...), computed
// without building strings. Stage 1 uses only the text of the document; stage 2 adds features
// derived from stage-1 predictions elsewhere in the same document.

import { FNV_OFFSET, hashInt, hashStr, hashU32 } from './hash.ts';
import type { Clusters } from './clusters.ts';
import type { Gazetteer } from './gazetteer.ts';
import { NUM_TYPES, POS_U, tagPos, tagType } from './tags.ts';
import { wordInfo, type WordInfo } from './word.ts';

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


function pushDocWordStats(doc: string[][], infos: WordInfo[][], headline: boolean[]) {
  // form -> bit 1: seen starting lowercase; bit 2: seen capitalized mid-sentence in normal text
  const stats = new Map<string, number>();
  for (let s = 0; s < doc.length; s++) {
    const inf = infos[s];
    for (let i = 0; i < inf.length; i++) {
      const w = inf[i];
      let bit = 0;
      if (w.startsLower) bit = 1;
      else if (w.startsUpper && i > 0 && !headline[s]) bit = 2;
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
    const l0 = w.low;
    const own = [
      hashStr(TB[T.Raw], w.raw),
      hashStr(TB[T.Low], l0),
      hashStr(TB[T.Shape], w.shape),
      hashStr(TB[T.Short], w.short),
    ];
    const len = l0.length;
    for (let k = 1; k <= 4 && k < len; k++) {
      own.push(hashInt(hashStr(TB[T.Pre], l0.slice(0, k)), k));
      own.push(hashInt(hashStr(TB[T.Suf], l0.slice(len - k)), k));
    }
    const ctx: number[][] = [];
    for (let r = 0; r < 4; r++) ctx.push([hashStr(TB[CTX_LOW[r]], l0), hashStr(TB[CTX_SHORT[r]], w.short)]);
    const cl = this.clusters;
    if (cl !== null && w.hasLetter) {
      const c = cl.find(l0);
      if (c < 0) own.push(TB[T.CluNone]);
      else {
        const path = cl.paths[c];
        const plen = cl.lens[c];
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
    }
    h = { own, ctx };
    if (this.maxCache > 0) {
      if (this.cache.size >= this.maxCache) this.cache.clear();
      this.cache.set(w, h);
    }
    return h;
  }
}

function sentinel(s: string): WordInfo {
  const h = hashStr(FNV_OFFSET, s);
  return {
    raw: s, low: s, shape: s, short: s, startsUpper: false, startsLower: false, hasLower: false, hasLetter: false,
    hLow: h, hShort: h,
  };
}
const BOS = [sentinel('<s1>'), sentinel('<s2>')];
const EOS = [sentinel('</s1>'), sentinel('</s2>')];

const pair = (t: number, a: number, b: number) => hashU32(hashU32(TB[t], a), b);

/** Stage-1 features of one document (sentences of raw tokens). */
export function stage1Features(doc: string[][], gaz: Gazetteer | null, sink: Stage1Sink): WordInfo[][] {
  const infos = doc.map((s) => s.map(wordInfo));
  const headline = infos.map((inf) => {
    let letters = 0;
    for (const w of inf) {
      if (w.hasLower) return false;
      if (w.hasLetter) letters++;
    }
    return letters >= 2;
  });
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
      const hl = w.hLow, hs = w.hShort;
      sink.hash(TB[T.Bias]);
      sink.window(i);
      sink.hash(pair(T.BiM, wm1.hLow, hl));
      sink.hash(pair(T.BiP, hl, wp1.hLow));
      sink.hash(hashU32(pair(T.Short3, wm1.hShort, hs), wp1.hShort));
      sink.hash(pair(T.LowM1Short, wm1.hLow, hs));
      sink.hash(pair(T.ShortLowP1, hs, wp1.hLow));
      sink.hash(pair(T.LowM1LowP1, wm1.hLow, wp1.hLow));
      if (i === 0) sink.hash(hashU32(TB[T.Initial], hs));
      if (head) {
        sink.hash(TB[T.Head]);
        sink.hash(hashU32(TB[T.HeadLow], hl));
      }
      if (!w.startsLower && w.hasLetter) {
        const st = stats.get(w.low) ?? 0;
        if (st & 1) sink.hash(hashU32(TB[T.DocLower], hs));
        if ((st & 2) && (i === 0 || head)) sink.hash(TB[T.DocCapMid]);
      }
      if (gaz) {
        sinkBits(sink, TB[T.Gaz], gazBits[i]);
        if (i > 0) sinkBits(sink, TB[T.GazM1], gazBits[i - 1]);
        if (i + 1 < n) sinkBits(sink, TB[T.GazP1], gazBits[i + 1]);
        if (!w.startsLower && w.hasLetter) sinkBits(sink, TB[T.GazWord], gaz.wordBits(hl));
      }
      sink.endToken();
    }
  }
  return infos;
}

function sinkBits(sink: Stage1Sink, base: number, bits: number) {
  while (bits !== 0) {
    const b = 31 - Math.clz32(bits);
    bits &= ~(1 << b);
    sink.hash(hashInt(base, b));
  }
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

function pushBits(out: number[], base: number, bits: number) {
  while (bits !== 0) {
    const b = 31 - Math.clz32(bits);
    bits &= ~(1 << b);
    out.push(hashInt(base, b));
  }
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
      hashes.push(
        hashInt(TB[T.S1], s1[k]),
        hashInt(TB[T.S1M1], i > 0 ? s1[k - 1] : 99),
        hashInt(TB[T.S1P1], i + 1 < n ? s1[k + 1] : 99),
      );
      const c = counts.get(lows[k]);
      if (c) {
        let best = 0;
        for (let t = 0; t < NUM_TYPES; t++) {
          if (c[t] > 0) hashes.push(hashInt(TB[T.DocType], t));
          if (c[t] > c[best]) best = t;
        }
        hashes.push(hashInt(TB[T.DocMaj], best));
        hashes.push(hashU32(hashInt(TB[T.DocMajShort], best), sent[i].hShort));
        let total = 0;
        for (let t = 0; t < NUM_TYPES; t++) total += c[t];
        hashes.push(hashInt(hashInt(TB[T.DocMajS1], best), s1[k]));
        hashes.push(hashInt(hashInt(TB[T.DocAgree], best), c[best] === total ? (total > 1 ? 2 : 1) : 0));
        hashes.push(hashInt(TB[T.DocFirst], first.get(lows[k])!));
      }
      const sp = spanTypes.get(lows[k]);
      if (sp) pushBits(hashes, TB[T.DocSpan], sp);
      offsets.push(hashes.length);
    }
  }
  return { hashes, offsets, sentLens: doc.map((x) => x.length) };
}
