// Feature extraction. Each feature is a 32-bit FNV-1a hash of (template id, parts...), computed
// without building strings. Stage 1 uses only the text of the document; stage 2 adds features
// derived from stage-1 predictions elsewhere in the same document.

import { FNV_OFFSET, hashInt, hashStr } from './hash.ts';
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
  Gaz, GazM1, GazP1, LowM1LowP1, GazWord,
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

/** Receives stage-1 features; lets the runtime cache per-word feature ids. */
export interface Stage1Sink {
  /** The word's own features: wordHashes(w).own. */
  own(w: WordInfo): void;
  /** The word as the neighbour in `role` (0: -1, 1: +1, 2: -2, 3: +2): wordHashes(w).ctx[2*role..2*role+1]. */
  ctx(w: WordInfo, role: number): void;
  hash(h: number): void;
  endToken(): void;
}

export interface WordHashes {
  own: number[];
  ctx: number[];
}
const wordHashCache = new WeakMap<WordInfo, WordHashes>();
const CTX_LOW = [T.LowM1, T.LowP1, T.LowM2, T.LowP2];
const CTX_SHORT = [T.ShortM1, T.ShortP1, T.ShortM2, T.ShortP2];

/** Per-word feature hashes (own features, and as a context word in each of the 4 roles). */
export function wordHashes(w: WordInfo): WordHashes {
  let h = wordHashCache.get(w);
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
  const ctx: number[] = [];
  for (let r = 0; r < 4; r++) ctx.push(hashStr(TB[CTX_LOW[r]], l0), hashStr(TB[CTX_SHORT[r]], w.short));
  h = { own, ctx };
  wordHashCache.set(w, h);
  return h;
}

function sentinel(s: string): WordInfo {
  return { raw: s, low: s, shape: s, short: s, startsUpper: false, startsLower: false, hasLower: false, hasLetter: false };
}
const BOS = [sentinel('<s1>'), sentinel('<s2>')];
const EOS = [sentinel('</s1>'), sentinel('</s2>')];

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
  const extra: number[] = [];

  for (let s = 0; s < doc.length; s++) {
    const inf = infos[s];
    const n = inf.length;
    if (gaz) {
      if (gazBits.length < n) gazBits = new Uint16Array(n * 2);
      gaz.mark(inf, gazBits);
    }
    const at = (j: number) => (j < 0 ? BOS[-j - 1] : j >= n ? EOS[j - n] : inf[j]);
    const head = headline[s];
    for (let i = 0; i < n; i++) {
      const w = inf[i];
      const l0 = w.low;
      const wm1 = at(i - 1), wp1 = at(i + 1);
      const lm1 = wm1.low, lp1 = wp1.low;
      const sm1 = wm1.short, sp1 = wp1.short;
      sink.hash(TB[T.Bias]);
      sink.own(w);
      sink.ctx(wm1, 0);
      sink.ctx(wp1, 1);
      sink.ctx(at(i - 2), 2);
      sink.ctx(at(i + 2), 3);
      extra.length = 0;
      extra.push(
        hashStr(hashStr(TB[T.BiM], lm1), l0),
        hashStr(hashStr(TB[T.BiP], l0), lp1),
        hashStr(hashStr(hashStr(TB[T.Short3], sm1), w.short), sp1),
        hashStr(hashStr(TB[T.LowM1Short], lm1), w.short),
        hashStr(hashStr(TB[T.ShortLowP1], w.short), lp1),
        hashStr(hashStr(TB[T.LowM1LowP1], lm1), lp1),
      );
      if (i === 0) extra.push(hashStr(TB[T.Initial], w.short));
      if (head) {
        extra.push(TB[T.Head], hashStr(TB[T.HeadLow], l0));
      }
      if (!w.startsLower && w.hasLetter) {
        const st = stats.get(l0) ?? 0;
        if (st & 1) extra.push(hashStr(TB[T.DocLower], w.short));
        if ((st & 2) && (i === 0 || head)) extra.push(TB[T.DocCapMid]);
      }
      if (gaz) {
        pushBits(extra, TB[T.Gaz], gazBits[i]);
        if (i > 0) pushBits(extra, TB[T.GazM1], gazBits[i - 1]);
        if (i + 1 < n) pushBits(extra, TB[T.GazP1], gazBits[i + 1]);
        if (!w.startsLower && w.hasLetter) pushBits(extra, TB[T.GazWord], gaz.wordBits(l0));
      }
      for (let e = 0; e < extra.length; e++) sink.hash(extra[e]);
      sink.endToken();
    }
  }
  return infos;
}

/** A sink that collects plain hashes (used in training). */
export function collectHashes(doc: string[][], gaz: Gazetteer | null): DocFeatures {
  const hashes: number[] = [];
  const offsets: number[] = [0];
  stage1Features(doc, gaz, {
    own: (w) => {
      for (const h of wordHashes(w).own) hashes.push(h);
    },
    ctx: (w, r) => {
      const c = wordHashes(w).ctx;
      hashes.push(c[2 * r], c[2 * r + 1]);
    },
    hash: (h) => hashes.push(h),
    endToken: () => offsets.push(hashes.length),
  });
  return { hashes, offsets, sentLens: doc.map((s) => s.length) };
}

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
        hashes.push(hashStr(hashInt(TB[T.DocMajShort], best), sent[i].short));
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
