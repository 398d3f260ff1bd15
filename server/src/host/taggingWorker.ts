// A worker thread that only tags (the CLI's split by stage, parallelAnalysis.ts: it tags, the
// opening thread analyzes with its names). Its bundle holds the tokenizer and the tagger, not the
// rest of the analysis (analysisWorker.ts) nor the readers of the formats (it is handed the
// articles' prose): a worker compiles its bundle and runs every module's top level at its start,
// and this one would never run the rest.
// It answers the same messages as analysisWorker.ts; a job that asks for more than names fails.

import { workerData } from 'node:worker_threads';
import { lowerThisThread } from './threadPriority.ts';
import { taggerSpansOfProse } from '../core/entities/taggedSpans.ts';
import { packSpans } from './packedSpans.ts';
import { serveWorker } from './workerLoop.ts';
import type { WorkerSetup } from './workerMessages.ts';

lowerThisThread();
const setup = workerData as WorkerSetup;
void serveWorker({
  useTagger: setup.useTagger,
  model: setup.model,
  // Without the model every article would come back without names: refuse the jobs instead.
  untilTagger: 'this worker was started without the tagger',
  answer: (job, tagger) => (job.tagOnly ? { id: job.id, spans: job.articles.map(({ text }) => packSpans(taggerSpansOfProse(text, tagger!))) } : { id: job.id, error: 'this worker only tags' }),
});
