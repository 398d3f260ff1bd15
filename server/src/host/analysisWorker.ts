// A worker thread that analyzes articles exactly as the Workspace would: the same cards, the same
// tagger, the same options (see analysisPool.ts). It keeps no state besides the knowledge and,
// once told to use it, the tagger.

import { workerData } from 'node:worker_threads';
import { lowerThisThread } from './threadPriority.ts';
import { buildKnowledge } from '../core/workspace/knowledge.ts';
import { analyzeDocument } from '../core/workspace/documentAnalysis.ts';
import { survivesJson } from '../core/workspace/intern.ts';
import { packResults } from './packedMentions.ts';
import { serveWorker } from './workerLoop.ts';
import type { WorkerSetup } from './workerMessages.ts';

function main(): void {
  lowerThisThread();
  const setup = workerData as WorkerSetup;
  const knowledge = buildKnowledge(setup.cards, setup.parsed ? new Map(setup.parsed) : undefined);
  void serveWorker({
    useTagger: setup.useTagger,
    model: setup.model,
    answer(job, tagger) {
      if (job.tagOnly) return { id: job.id, error: 'this worker analyzes; tagging is taggingWorker.ts\'s' };
      const results = job.articles.map(({ path, text, metadata }) => {
        const { text: _text, lines: _lines, ...analysis } = analyzeDocument(path, text, { ...knowledge, tagger, fallbackPublished: setup.fallbackPublished, metadata });
        return { path, analysis };
      });
      if (!survivesJson(results)) return { id: job.id, results };
      const packed = job.pack ? packResults(results) : undefined;
      return packed ? { id: job.id, packed: JSON.stringify(packed) } : { id: job.id, json: JSON.stringify(results) };
    },
  });
}

main();
