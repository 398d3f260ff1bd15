// A decoded model whose arrays live in SharedArrayBuffers, so that worker threads tag with the
// one copy the first thread decoded instead of each reading, unpacking and decoding the file
// again (some 100 ms of CPU and a few MB per worker). Shared: the model, read-only once decoded,
// and the decoder's weight table made from it (decodingRows.ts: 15-25 ms and 4.4 MB per thread);
// what tagging keeps per thread (the word cache, tag.ts) stays per thread.
//
//   const shared = shareModel(model);         // in the thread that decoded it
//   worker.postMessage(shared);               // typed arrays over SharedArrayBuffers: not copied
//   const model = modelFromShared(shared);    // in the worker: views, no decoding
//   prepareTagging(model, shared.decodingRows);

import { U32Table, type U32TableState } from './hash.ts';
import { Gazetteer } from './gazetteer.ts';
import { Clusters } from './clusters.ts';
import type { NerModel, StageWeights } from './model.ts';
import { buildDecodingRows, type DecodingRows } from './decodingRows.ts';

type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array | Int16Array | Float32Array | Float64Array;

export interface SharedNerModel {
  keys: Uint32Array;
  table: U32TableState;
  gazetteer: { keys: Uint32Array; bits: Uint16Array; table: U32TableState } | null;
  clusters: { keys: Uint32Array; paths: Uint32Array; lens: Uint8Array; table: U32TableState } | null;
  stage1: StageWeights;
  stage2: StageWeights | null;
  meta: Record<string, unknown>;
  /** The decoder's weight table of the model, made once for every thread. */
  decodingRows: DecodingRows;
}

/** The same numbers in a SharedArrayBuffer (already shared arrays are kept). */
function shared<T extends Typed>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const Ctor = a.constructor as new (buffer: SharedArrayBuffer) => T;
  const b = new Ctor(new SharedArrayBuffer(a.byteLength));
  b.set(a as never);
  return b;
}

function sharedTable(s: U32TableState): U32TableState {
  return { ...s, slots: shared(s.slots), filter: shared(s.filter) };
}

function sharedStage(st: StageWeights): StageWeights {
  const out = { ...st };
  for (const [k, v] of Object.entries(st)) if (ArrayBuffer.isView(v)) (out as Record<string, unknown>)[k] = shared(v as Typed);
  return out;
}

/** The model's arrays and its decoding rows, each moved into shared memory once. */
export function shareModel(model: NerModel): SharedNerModel {
  const rows = buildDecodingRows(model.keys, model.stage1, model.stage2);
  const gaz = model.gazetteer;
  const clu = model.clusters;
  return {
    keys: shared(model.keys),
    table: sharedTable(model.table.state()),
    gazetteer: gaz ? { keys: shared(gaz.keys), bits: shared(gaz.bits), table: sharedTable(gaz.tableState()) } : null,
    clusters: clu ? { keys: shared(clu.keys), paths: shared(clu.paths), lens: shared(clu.lens), table: sharedTable(clu.tableState()) } : null,
    stage1: sharedStage(model.stage1),
    stage2: model.stage2 ? sharedStage(model.stage2) : null,
    meta: model.meta,
    decodingRows: { table: sharedTable(rows.table), entries: shared(rows.entries) },
  };
}

/** A model over the shared arrays (no copy, no decoding). */
export function modelFromShared(s: SharedNerModel): NerModel {
  return {
    keys: s.keys,
    table: U32Table.restore(s.table),
    gazetteer: s.gazetteer ? Gazetteer.restore(s.gazetteer.keys, s.gazetteer.bits, U32Table.restore(s.gazetteer.table)) : null,
    clusters: s.clusters ? Clusters.restore(s.clusters.keys, s.clusters.paths, s.clusters.lens, U32Table.restore(s.clusters.table)) : null,
    stage1: s.stage1,
    stage2: s.stage2,
    meta: s.meta,
  };
}
