// Analyzes many articles on worker threads, for cold starts and whole-corpus runs: each worker
// builds the same knowledge and tagger as the Workspace and returns plain results, which the
// Workspace takes only if nothing changed meanwhile (importAnalysis). On one core, or for a few
// articles, it does nothing and the Workspace analyzes on demand as usual.

import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PortableAnalysis, Workspace } from './workspace.ts';
import type { WorkerJob, WorkerReply, WorkerSetup } from './analysisWorker.ts';

export interface ParallelOptions {
  /** Only these articles (default: every article not analyzed yet). */
  paths?: readonly string[];
  /** Number of worker threads (default: one per core, at most 4). */
  workers?: number;
  /** Articles per message. */
  batch?: number;
  /** Below this many articles, threads cost more than they save. */
  minArticles?: number;
  /** Called as results come in. */
  onProgress?: (done: number, total: number) => void;
  /** Results are taken into the workspace this many at a time (default: a tenth of the total, at least 200). */
  importEvery?: number;
}

/** Starts a worker from the bundle (dist/analysisWorker.js) or, in development, from the source. */
function startWorker(setup: WorkerSetup): Worker {
  const bundled = path.join(__dirname, 'analysisWorker.js');
  if (existsSync(bundled)) return new Worker(bundled, { workerData: setup });
  const source = path.join(__dirname, 'analysisWorker.ts');
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, workerData: setup });
}

/** Returns how many analyses were taken into the workspace. */
export async function analyzeInParallel(ws: Workspace, options: ParallelOptions = {}): Promise<number> {
  const inputs = ws.analysisInputs(options.paths);
  const total = inputs.articles.length;
  // DATELINE_WORKERS=0 (or 1) keeps everything on this thread, e.g. on a shared machine.
  const fromEnv = process.env['DATELINE_WORKERS'] !== undefined ? Number(process.env['DATELINE_WORKERS']) : undefined;
  const wanted = options.workers ?? (Number.isInteger(fromEnv) ? fromEnv! : Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  const count = Math.min(wanted, Math.ceil(total / (options.batch ?? 8)));
  if (total < (options.minArticles ?? 40) || count < 2) return 0;
  const batch = options.batch ?? 8;
  const setup: WorkerSetup = { cards: inputs.cards, useTagger: inputs.useTagger, fallbackPublished: inputs.fallbackPublished };
  const queue: WorkerJob[] = [];
  for (let i = 0; i < total; i += batch) queue.push({ id: i, articles: inputs.articles.slice(i, i + batch) });
  const byPath = new Map(inputs.articles.map((a) => [a.path, a]));
  let imported = 0;
  let done = 0;
  // Taking results in large groups: each group updates the cross-article index once (a hub event
  // dated by every article is re-summarized per group, not per message), and requests answered
  // meanwhile read a consistent, if older, state.
  const importEvery = options.importEvery ?? Math.max(200, Math.ceil(total / 10));
  let waiting: Array<{ path: string; analysis: PortableAnalysis }> = [];
  const flush = () => {
    for (const { path: p, analysis } of waiting) {
      const input = byPath.get(p)!;
      if (ws.importAnalysis(inputs.generation, p, input.text, input.metadata, analysis)) imported++;
    }
    waiting = [];
  };
  const workers = Array.from({ length: count }, () => startWorker(setup));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (job) worker.postMessage(job);
              else resolve();
            };
            worker.on('message', (msg: WorkerReply | { ready: true }) => {
              if ('ready' in msg) return next();
              if ('error' in msg) return reject(new Error(`analysis worker failed: ${msg.error}`));
              waiting.push(...msg.results);
              if (waiting.length >= importEvery) flush();
              done += msg.results.length;
              options.onProgress?.(done, total);
              next();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`analysis worker exited with ${code}`))));
          }),
      ),
    );
    flush();
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return imported;
}
