// What both worker threads share (analysisWorker.ts, taggingWorker.ts): loading the tagger when
// told, decoding the model for the opening thread, and answering messages one after the other,
// so that a job posted after the switch to the tagger waits for the model. A job is refused, not
// answered without names, while the tagger it needs is missing.

import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { loadBundledTagger, taggerOf } from './bundledTagger.ts';
import { decodeSharedNerModel, type SharedNerModel } from '../core/entities/tagger/index.ts';
import type { EntityTagger } from '../core/entities/tagger.ts';
import type { ModelReply, WorkerJob, WorkerMessage, WorkerReply } from './workerMessages.ts';

export interface WorkerLoop {
  /** Whether to load the tagger before the first message, and the model the opener decoded. */
  useTagger: boolean;
  model?: SharedNerModel;
  /** Why jobs are refused until the tagger is loaded (undefined: they are answered without it). */
  untilTagger?: string;
  answer(job: WorkerJob, tagger: EntityTagger | undefined): WorkerReply;
}

export async function serveWorker(loop: WorkerLoop): Promise<void> {
  let tagger: EntityTagger | undefined;
  let taggerProblem = loop.untilTagger;
  const loadTagger = async (model = loop.model) => {
    try {
      tagger ??= model ? taggerOf(model) : await loadBundledTagger();
      taggerProblem = tagger ? undefined : 'the tagger model was not found';
    } catch (err) {
      taggerProblem = `the tagger model could not be loaded: ${String(err)}`;
    }
  };
  if (loop.useTagger) await loadTagger();
  let previous = Promise.resolve();
  parentPort!.on('message', (msg: WorkerMessage) => {
    previous = previous.then(async () => {
      if ('decodeModel' in msg) {
        try {
          parentPort!.postMessage({ decoded: decodeSharedNerModel(readFileSync(msg.decodeModel)) } satisfies ModelReply);
        } catch (err) {
          parentPort!.postMessage({ decodeError: String(err) } satisfies ModelReply);
        }
      } else if ('useTagger' in msg) await loadTagger(msg.model ?? loop.model);
      else {
        let reply: WorkerReply;
        try {
          reply = taggerProblem ? { id: msg.id, error: taggerProblem } : loop.answer(msg, tagger);
        } catch (err) {
          reply = { id: msg.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
        }
        parentPort!.postMessage(reply satisfies WorkerReply, 'spans' in reply ? reply.spans.map((a) => a.buffer as ArrayBuffer) : []);
      }
    });
  });
  parentPort!.postMessage({ ready: true });
}
