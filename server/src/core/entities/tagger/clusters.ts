// Word clusters: a binary hierarchy over word forms (lowercased, digits -> 0), each word carrying
// its path from the root as a bit string; features use path prefixes (lengths 4, 6, 10, 20), in the
// spirit of Brown clusters (Ratinov & Roth 2009). Stored in the model as hashes of the form only.
//
// buildClusters() derives the hierarchy from raw running text (scripts/ner/train.ts gives it the
// tokens of eng.train + eng.testa; never eng.testb): each frequent word is a vector of its left and
// right neighbours among the most frequent words (log counts, L2-normalized), and the vocabulary is
// split recursively in two by the sign of the projection on the top principal direction, refined
// by a few rounds of 2-means (cosine). Deterministic: no randomness, fixed iteration counts.

import { FNV_OFFSET, U32Table, hashInt, hashStr, type U32TableState } from './hash.ts';

const SALT = hashInt(FNV_OFFSET, 0xc1c1);
export const MAX_DEPTH = 20;

export class Clusters {
  private readonly table: U32Table;
  /** keys: hashes of the word forms (sorted); paths: bit path (bit i = step i), lens: path length. */
  constructor(readonly keys: Uint32Array, readonly paths: Uint32Array, readonly lens: Uint8Array) {
    const idx = new Int32Array(keys.length);
    for (let i = 0; i < idx.length; i++) idx[i] = i;
    this.table = new U32Table(keys, idx);
  }

  tableState(): U32TableState {
    return this.table.state();
  }

  /** Clusters over arrays and a table made by another (sharedModel.ts). */
  static restore(keys: Uint32Array, paths: Uint32Array, lens: Uint8Array, table: U32Table): Clusters {
    return Object.assign(Object.create(Clusters.prototype) as Clusters, { keys, paths, lens, table });
  }
  static keyOf(low: string): number {
    return hashStr(SALT, low);
  }
  /** Index of the word's entry, or -1. */
  find(low: string): number {
    return this.table.get(Clusters.keyOf(low));
  }
}

export interface ClusterOptions {
  minFreq: number;
  contextWords: number;
}

/** Builds clusters from sentences of normalized (lowercased) tokens. */
export function buildClusters(sentences: readonly (readonly string[])[], opts: ClusterOptions): Clusters {
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const N = opts.contextWords;
  const ctxIdx = new Map<string, number>();
  byFreq.slice(0, N).forEach(([w], i) => ctxIdx.set(w, i));
  // context ids: 0..N-1 frequent words, N = other, N+1 = sentence boundary; left block then right block
  const D = 2 * (N + 2);
  const vocab = byFreq.filter(([, c]) => c >= opts.minFreq).map(([w]) => w);
  const vid = new Map<string, number>();
  vocab.forEach((w, i) => vid.set(w, i));
  const counts: Map<number, number>[] = vocab.map(() => new Map());
  const ctxOf = (w: string | undefined) => (w === undefined ? N + 1 : ctxIdx.get(w) ?? N);
  for (const s of sentences)
    for (let i = 0; i < s.length; i++) {
      const v = vid.get(s[i]);
      if (v === undefined) continue;
      const m = counts[v];
      const l = ctxOf(s[i - 1]);
      const r = N + 2 + ctxOf(s[i + 1]);
      m.set(l, (m.get(l) ?? 0) + 1);
      m.set(r, (m.get(r) ?? 0) + 1);
    }
  // sparse rows: log(1+c), L2-normalized
  const rowIdx: Int32Array[] = [];
  const rowVal: Float64Array[] = [];
  for (const m of counts) {
    const ks = [...m.keys()].sort((a, b) => a - b);
    const vals = Float64Array.from(ks, (k) => Math.log1p(m.get(k)!));
    let norm = 0;
    for (const x of vals) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < vals.length; i++) vals[i] /= norm;
    rowIdx.push(Int32Array.from(ks));
    rowVal.push(vals);
  }
  const paths = new Uint32Array(vocab.length);
  const lens = new Uint8Array(vocab.length);
  const dot = (r: number, v: Float64Array) => {
    const ix = rowIdx[r], vx = rowVal[r];
    let s = 0;
    for (let k = 0; k < ix.length; k++) s += vx[k] * v[ix[k]];
    return s;
  };
  const addTo = (r: number, v: Float64Array, a: number) => {
    const ix = rowIdx[r], vx = rowVal[r];
    for (let k = 0; k < ix.length; k++) v[ix[k]] += a * vx[k];
  };
  const split = (members: number[], depth: number) => {
    if (members.length < 2 || depth >= MAX_DEPTH) return;
    const m = members.length;
    const mu = new Float64Array(D);
    for (const r of members) addTo(r, mu, 1 / m);
    // top principal direction of the centred rows (power iteration, deterministic start)
    let v = new Float64Array(D);
    addTo(members[0], v, 1);
    for (let d = 0; d < D; d++) v[d] -= mu[d];
    let muV = 0;
    for (let it = 0; it < 12; it++) {
      muV = normalizeAndProject(v, mu, D);
      const nv = new Float64Array(D);
      let sum = 0;
      for (const r of members) {
        const p = dot(r, v) - muV;
        addTo(r, nv, p);
        sum += p;
      }
      for (let d = 0; d < D; d++) nv[d] -= sum * mu[d];
      v = nv;
    }
    muV = normalizeAndProject(v, mu, D);
    const side = new Uint8Array(m);
    members.forEach((r, i) => (side[i] = dot(r, v) - muV > 0 ? 1 : 0));
    // refine: spherical 2-means
    for (let it = 0; it < 4; it++) {
      const c = [new Float64Array(D), new Float64Array(D)];
      members.forEach((r, i) => addTo(r, c[side[i]], 1));
      let changed = 0;
      members.forEach((r, i) => {
        const s = dot(r, c[1]) / (norm2(c[1]) || 1) > dot(r, c[0]) / (norm2(c[0]) || 1) ? 1 : 0;
        if (s !== side[i]) changed++;
        side[i] = s;
      });
      if (changed === 0) break;
    }
    const a: number[] = [];
    const b: number[] = [];
    members.forEach((r, i) => (side[i] ? b : a).push(r));
    if (a.length === 0 || b.length === 0) return;
    for (const r of b) paths[r] |= 1 << depth;
    for (const r of members) lens[r] = depth + 1;
    split(a, depth + 1);
    split(b, depth + 1);
  };
  const normCache = new WeakMap<Float64Array, number>();
  function norm2(c: Float64Array) {
    let x = normCache.get(c);
    if (x === undefined) {
      x = 0;
      for (let d = 0; d < D; d++) x += c[d] * c[d];
      x = Math.sqrt(x);
      normCache.set(c, x);
    }
    return x;
  }
  split(vocab.map((_, i) => i), 0);
  const order = vocab.map((w, i) => ({ k: Clusters.keyOf(w) >>> 0, i })).sort((x, y) => x.k - y.k);
  const keys: number[] = [];
  const ps: number[] = [];
  const ls: number[] = [];
  for (const o of order) {
    if (keys.length && keys[keys.length - 1] === o.k) continue; // hash collision: keep the first
    keys.push(o.k);
    ps.push(paths[o.i]);
    ls.push(lens[o.i]);
  }
  return new Clusters(Uint32Array.from(keys), Uint32Array.from(ps), Uint8Array.from(ls));
}

/** Scales v to unit length in place and returns mu · v (the mean's projection on it). */
function normalizeAndProject(v: Float64Array, mu: Float64Array, D: number): number {
  let n = 0;
  for (let d = 0; d < D; d++) n += v[d] * v[d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < D; d++) v[d] /= n;
  let muV = 0;
  for (let d = 0; d < D; d++) muV += mu[d] * v[d];
  return muV;
}
