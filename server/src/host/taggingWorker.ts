// A worker thread that only tags (the CLI's split by stage, parallelAnalysis.ts: it tags, the
// opening thread analyzes with its names). Its bundle holds the tokenizer and the tagger, not the
// rest of the analysis (analysisWorker.ts) nor the readers of the formats (it is handed the
// articles' prose): a worker compiles its bundle and runs every module's top level at its start,
// and this one would never run the rest.
// It answers the same messages as analysisWorker.ts; a job that asks for more than names fails.

import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { lowerThisThread } from './threadPriority.ts';
import { taggerSpansOfProse } from '../core/entities/taggedSpans.ts';
import { packSpans } from './packedSpans.ts';
import { loadBundledTagger, taggerOf } from './bundledTagger.ts';
import { decodeSharedNerModel } from '../core/entities/tagger/index.ts';
import type { EntityTagger } from '../core/entities/tagger.ts';
import type { ModelReply, WorkerJob, WorkerMessage, WorkerReply, WorkerSetup } from './analysisWorker.ts';

async function main(): Promise<void> {
  lowerThisThread();
  const setup = workerData as WorkerSetup;
  let tagger: EntityTagger | undefined;
  // Without the model every article would come back without names: refuse the jobs instead.
  let taggerProblem: string | undefined = 'this worker was started without the tagger';
  const loadTagger = async (model = setup.model) => {
    try {
      tagger ??= model ? taggerOf(model) : await loadBundledTagger();
      taggerProblem = tagger ? undefined : 'the tagger model was not found';
    } catch (err) {
      taggerProblem = `the tagger model could not be loaded: ${String(err)}`;
    }
  };
  if (setup.useTagger) await loadTagger();
  const tag = (job: WorkerJob): WorkerReply => {
    if (!job.tagOnly) return { id: job.id, error: 'this worker only tags' };
    try {
      return { id: job.id, spans: job.articles.map(({ text }) => packSpans(taggerSpansOfProse(text, tagger!))) };
    } catch (err) {
      return { id: job.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
  };
  // Messages are handled one after the other: a job after the switch waits for the model.
  let previous = Promise.resolve();
  parentPort!.on('message', (msg: WorkerMessage) => {
    previous = previous.then(async () => {
      if ('decodeModel' in msg) {
        try {
          parentPort!.postMessage({ decoded: decodeSharedNerModel(readFileSync(msg.decodeModel)) } satisfies ModelReply);
        } catch (err) {
          parentPort!.postMessage({ decodeError: String(err) } satisfies ModelReply);
        }
      } else if ('useTagger' in msg) await loadTagger(msg.model ?? setup.model);
      else {
        const reply = taggerProblem ? { id: msg.id, error: taggerProblem } : tag(msg);
        parentPort!.postMessage(reply satisfies WorkerReply, 'spans' in reply ? reply.spans.map((a) => a.buffer as ArrayBuffer) : []);
      }
    });
  });
  parentPort!.postMessage({ ready: true });
}

void main();
