// Binary model format (little-endian), gzip-compressed as a whole:
//   "DLNER" u8 version | u32 metaLen | meta JSON (utf-8)
//   u32 nFeat | keys u32[nFeat] (in row order: most frequent feature first)
//   u8 nStages, per stage: f64 scale | u32 nnz | rowLen u8[nFeat] | tags u8[nnz] | q i16[nnz]
//                          | trans f32[(K+1)*K] | end f32[K]
//   u32 nGaz | gaz keys as u32 deltas | gaz bits u16[nGaz]
//   u32 nClu | cluster word keys as u32 deltas | paths u32[nClu] | path lengths u8[nClu]   (version 3)
// Output bytes depend only on the model, so a deterministic training run gives identical files.

import { gunzipSync, gzipSync } from 'node:zlib';
import { Gazetteer } from './gazetteer.ts';
import { Clusters } from './clusters.ts';
import { makeModel, makeStage, type NerModel, type StageWeights } from './model.ts';
import { NUM_TAGS } from './tags.ts';

const MAGIC = 'DLNER';
const VERSION = 3;

class Writer {
  private chunks: Uint8Array[] = [];
  private bytes(b: Uint8Array) {
    this.chunks.push(b);
  }
  u8(v: number) {
    this.bytes(Uint8Array.of(v));
  }
  u32(v: number) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v, true);
    this.bytes(b);
  }
  f64(v: number) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, v, true);
    this.bytes(b);
  }
  raw(b: Uint8Array) {
    this.bytes(b);
  }
  u32s(a: ArrayLike<number>) {
    this.packed(a, 4, (dv, at, v) => dv.setUint32(at, v, true));
  }
  i16s(a: ArrayLike<number>) {
    this.packed(a, 2, (dv, at, v) => dv.setInt16(at, v, true));
  }
  f32s(a: ArrayLike<number>) {
    this.packed(a, 4, (dv, at, v) => dv.setFloat32(at, v, true));
  }
  /** Numbers of one width, little-endian, one after another. */
  private packed(a: ArrayLike<number>, width: number, set: (dv: DataView, at: number, v: number) => void) {
    const b = new Uint8Array(a.length * width);
    const dv = new DataView(b.buffer);
    for (let i = 0; i < a.length; i++) set(dv, i * width, a[i]);
    this.bytes(b);
  }
  concat(): Uint8Array {
    return Buffer.concat(this.chunks);
  }
}

class Reader {
  private pos = 0;
  private readonly dv: DataView;
  constructor(private readonly b: Uint8Array) {
    this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }
  u8() {
    return this.dv.getUint8(this.pos++);
  }
  u32() {
    const v = this.dv.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64() {
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  raw(n: number) {
    const v = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  u32s(n: number) {
    const a = new Uint32Array(n);
    for (let i = 0; i < n; i++) a[i] = this.dv.getUint32(this.pos + i * 4, true);
    this.pos += n * 4;
    return a;
  }
  i16s(n: number) {
    const a = new Int16Array(n);
    for (let i = 0; i < n; i++) a[i] = this.dv.getInt16(this.pos + i * 2, true);
    this.pos += n * 2;
    return a;
  }
  f32s(n: number) {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = this.dv.getFloat32(this.pos + i * 4, true);
    this.pos += n * 4;
    return a;
  }
}

function deltas(sorted: Uint32Array): Uint32Array {
  const d = new Uint32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) d[i] = (sorted[i] - (i ? sorted[i - 1] : 0)) >>> 0;
  return d;
}
function undeltas(d: Uint32Array): Uint32Array {
  for (let i = 1; i < d.length; i++) d[i] = (d[i] + d[i - 1]) >>> 0;
  return d;
}

export function encodeModel(model: NerModel): Uint8Array {
  const w = new Writer();
  w.raw(new TextEncoder().encode(MAGIC));
  w.u8(VERSION);
  const meta = new TextEncoder().encode(JSON.stringify(model.meta));
  w.u32(meta.length);
  w.raw(meta);
  const nFeat = model.keys.length;
  w.u32(nFeat);
  w.u32s(model.keys);
  const stages = model.stage2 ? [model.stage1, model.stage2] : [model.stage1];
  w.u8(stages.length);
  for (const st of stages) {
    w.f64(st.scale);
    w.u32(st.q.length);
    const rowLen = new Uint8Array(nFeat);
    for (let r = 0; r < nFeat; r++) rowLen[r] = st.rowStart[r + 1] - st.rowStart[r];
    w.raw(rowLen);
    w.raw(st.tags);
    w.i16s(st.q);
    w.f32s(st.trans);
    w.f32s(st.end);
  }
  const gaz = model.gazetteer;
  w.u32(gaz ? gaz.keys.length : 0);
  if (gaz) {
    w.u32s(deltas(gaz.keys));
    w.i16s(gaz.bits);
  }
  const clu = model.clusters;
  w.u32(clu ? clu.keys.length : 0);
  if (clu) {
    w.u32s(deltas(clu.keys));
    w.u32s(clu.paths);
    w.raw(clu.lens);
  }
  return gzipSync(w.concat(), { level: 9 });
}

export function decodeModel(bytes: Uint8Array): NerModel {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const r = new Reader(raw);
  const magic = new TextDecoder().decode(r.raw(MAGIC.length));
  if (magic !== MAGIC) throw new Error('not a Dateline NER model');
  const version = r.u8();
  if (version !== VERSION) throw new Error(`unsupported NER model version ${version}`);
  const meta = JSON.parse(new TextDecoder().decode(r.raw(r.u32()))) as Record<string, unknown>;
  const nFeat = r.u32();
  const keys = r.u32s(nFeat);
  const nStages = r.u8();
  const K = NUM_TAGS;
  const stages: StageWeights[] = [];
  for (let s = 0; s < nStages; s++) {
    const scale = r.f64();
    const nnz = r.u32();
    const rowLen = r.raw(nFeat);
    const rowStart = new Int32Array(nFeat + 1);
    for (let i = 0; i < nFeat; i++) rowStart[i + 1] = rowStart[i] + rowLen[i];
    const tags = Uint8Array.from(r.raw(nnz));
    const q = r.i16s(nnz);
    const trans = r.f32s((K + 1) * K);
    const end = r.f32s(K);
    stages.push(makeStage(rowStart, tags, q, scale, trans, end));
  }
  const nGaz = r.u32();
  let gaz: Gazetteer | null = null;
  if (nGaz > 0) {
    const gk = undeltas(r.u32s(nGaz));
    gaz = new Gazetteer(gk, Uint16Array.from(r.i16s(nGaz), (v) => v & 0xffff));
  }
  const nClu = r.u32();
  let clusters: Clusters | null = null;
  if (nClu > 0) {
    const ck = undeltas(r.u32s(nClu));
    clusters = new Clusters(ck, r.u32s(nClu), Uint8Array.from(r.raw(nClu)));
  }
  return makeModel(keys, gaz, stages[0], stages[1] ?? null, meta, clusters);
}
