// A worker thread that reads and decodes the tagger's model file into shared memory and hands
// the decoded arrays back (bundledTagger.ts: loadBundledTagger with offThread): decoding takes
// 50-75 ms of CPU, which the thread answering requests would spend in one turn of its loop,
// right when the tagger's pass starts and a user who just opened a folder hovers. The arrays are
// SharedArrayBuffers: posting them back copies nothing.

import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { decodeSharedNerModel, type SharedNerModel } from '../core/entities/tagger/index.ts';

export type ModelReply = { model: SharedNerModel } | { error: string };

try {
  const model = decodeSharedNerModel(readFileSync((workerData as { path: string }).path));
  parentPort!.postMessage({ model } satisfies ModelReply);
} catch (err) {
  parentPort!.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies ModelReply);
}
