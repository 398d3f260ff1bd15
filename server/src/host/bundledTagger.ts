// Loads the shipped model file (server/models/ner-conll.bin) for the CLI / language server.
// The only file I/O of the tagger lives here, inside the function, so importing is free;
// callers load it once, when first needed. Returns undefined when the file is missing.
// The model is decoded into shared memory: worker threads are handed it (sharedTaggerModel,
// analysisPool.ts) and tag with it as it is, instead of each decoding the file again. A server
// with workers has one of them decode it (`decode`), so that the thread answering requests does
// not hold its loop for it.

import { readFile, access } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityTagger } from '../core/entities/tagger.ts';
import { traced } from './turnTrace.ts';
import { mapPacked } from '../core/text/packed.ts';
import { decodeSharedNerModel, loadSharedNerModel, tagEntitySpans, tagTokens, TaggingMemo, type SharedNerModel } from '../core/entities/tagger/index.ts';

/** Where the model may sit: next to the bundle (dist/ -> ../server/models) or in the source tree. */
function candidates(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  return [
    join(here, '../server/models/ner-conll.bin'),
    join(here, '../models/ner-conll.bin'),
    join(here, '../../models/ner-conll.bin'),
    join(process.cwd(), 'server/models/ner-conll.bin'),
  ];
}

/** The shipped model as this thread last decoded it (loadBundledTagger without a path), for workers. */
let shippedModel: SharedNerModel | undefined;

export function sharedTaggerModel(): SharedNerModel | undefined {
  return shippedModel;
}

/**
 * The shipped model (or the one at `path`) as a tagger. With `decode`, the file is decoded by it
 * (a server's worker thread: AnalysisPool.decodeModel), and this thread only builds its tagging
 * tables from the arrays; when it gives nothing, the file is decoded here.
 */
export async function loadBundledTagger(path?: string, options: { decode?: (path: string) => Promise<SharedNerModel | undefined> } = {}): Promise<EntityTagger | undefined> {
  for (const p of path ? [path] : candidates()) {
    let shared: SharedNerModel | undefined;
    if (options.decode) {
      try {
        await access(p);
      } catch {
        continue;
      }
      shared = await options.decode(p);
    }
    if (!shared) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(p);
      } catch {
        continue;
      }
      shared = decodeSharedNerModel(bytes);
    }
    if (!path) shippedModel = shared;
    return traced('tagger tables', () => taggerOf(shared!));
  }
  return undefined;
}

/** The tagger over a model another thread decoded (sharedTaggerModel there). */
export function taggerOf(shared: SharedNerModel): EntityTagger {
  const model = loadSharedNerModel(shared);
  return {
    tagDocument: (sentences) => tagTokens(model, sentences),
    tagEntities: (sentences, memo) =>
      mapPacked(tagEntitySpans(model, sentences, memo instanceof TaggingMemo ? memo : undefined), (s) => ({ first: s.first, end: s.end, label: s.type })),
    newMemo: () => new TaggingMemo(),
  };
}
