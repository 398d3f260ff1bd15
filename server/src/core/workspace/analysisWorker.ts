// A worker thread that analyzes articles exactly as the Workspace would: the same cards, the same
// tagger, the same options (see parallelAnalysis.ts). It keeps no state besides the knowledge.

import { parentPort, workerData } from 'node:worker_threads';
import { buildKnowledge, type PortableAnalysis } from './workspace.ts';
import { analyzeDocument } from './documentAnalysis.ts';
import { loadBundledTagger } from '../entities/tagger/bundled.ts';
import type { ArticleMetadata } from '../knowledge/articleMetadata.ts';

export interface WorkerSetup {
  cards: Array<[string, string]>;
  useTagger: boolean;
  fallbackPublished?: string;
}

export interface WorkerJob {
  id: number;
  articles: Array<{ path: string; text: string; metadata?: ArticleMetadata }>;
}

export type WorkerReply = { id: number; results: Array<{ path: string; analysis: PortableAnalysis }> } | { id: number; error: string };

async function main(): Promise<void> {
  const setup = workerData as WorkerSetup;
  const knowledge = buildKnowledge(setup.cards);
  const tagger = setup.useTagger ? await loadBundledTagger() : undefined;
  parentPort!.on('message', (job: WorkerJob) => {
    try {
      const results = job.articles.map(({ path, text, metadata }) => {
        const { text: _text, lines: _lines, ...analysis } = analyzeDocument(path, text, {
          ...knowledge,
          tagger,
          fallbackPublished: setup.fallbackPublished,
          metadata,
        });
        return { path, analysis };
      });
      parentPort!.postMessage({ id: job.id, results } satisfies WorkerReply);
    } catch (err) {
      parentPort!.postMessage({ id: job.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerReply);
    }
  });
  parentPort!.postMessage({ ready: true });
}

void main();
