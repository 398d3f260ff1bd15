// Worker threads that analyze articles exactly as the Workspace would (analysisWorker.ts), kept
// for as long as the caller needs them: a server opens the pool as soon as it has read the cards,
// so that the workers build their knowledge while it reads the articles; it hands over articles
// as they are read, switches the workers to the tagger for the second pass, and closes the pool
// when indexing is over, so that the workers' memory is given back.
// Ours rather than piscina's or tinypool's: those run stateless tasks, while these workers hold
// state the caller changes during their life (the cards, then the tagger switched on in every
// worker at once, the shared model) and refuse jobs made for other cards (`matches`); with a
// task pool each such change would mean a new pool and its workers' warm-up again.

import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AnalysisResult } from '../core/workspace/documentAnalysis.ts';
import type { ModelReply, WorkerJob, WorkerMessage, WorkerReply, WorkerSetup } from './workerMessages.ts';
import type { SharedNerModel } from '../core/entities/tagger/index.ts';
import type { PackedResults } from './packedMentions.ts';
import { sharedTaggerModel } from './bundledTagger.ts';
import { traced } from './turnTrace.ts';
import { inBackgroundTurn } from './backgroundTurns.ts';

export type AnalysisJob = WorkerJob['articles'];
export type { AnalysisResult } from '../core/workspace/documentAnalysis.ts';
/** What a job gives back: results, or results with their mentions packed (takeArrived in parallelAnalysis.ts unpacks them). */
export type ArrivedResults = { results: AnalysisResult[] } | { packed: PackedResults };
/** What a job of tagging only gives back: each article's tagger's names (packedSpans.ts). */
type Tagged = { spans: Int32Array[] };

/**
 * A worker keeps next to nothing from one article to the next: a young generation limited to
 * 16 MB (each worker's new space, all of it resident, goes from 32 MB to 16) costs it no
 * measurable time.
 */
const resourceLimits = { maxYoungGenerationSizeMb: 16 };

/**
 * Starts a worker from the bundle (dist/analysisWorker.js, or dist/taggingWorker.js for one that
 * only tags) or, in development, from the source.
 */
function startWorker(setup: WorkerSetup): Worker {
  const name = setup.tagOnly ? 'taggingWorker' : 'analysisWorker';
  const bundled = path.join(__dirname, `${name}.js`);
  if (existsSync(bundled)) return new Worker(bundled, { workerData: setup, resourceLimits });
  const source = path.join(__dirname, `${name}.ts`);
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true, workerData: setup, resourceLimits });
}

/** How many workers: DATELINE_WORKERS when set (0 or 1 means none), else one per core, at most 4. */
export function workerCount(wanted?: number): number {
  const fromEnv = process.env['DATELINE_WORKERS'] !== undefined ? Number(process.env['DATELINE_WORKERS']) : undefined;
  return wanted ?? (Number.isInteger(fromEnv) ? fromEnv! : Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}

/** Jobs each worker holds at once. */
export const JOBS_AHEAD = 2;

interface Queued {
  job: WorkerJob;
  resolve: (arrived: ArrivedResults | Tagged) => void;
  reject: (err: Error) => void;
}

export class AnalysisPool {
  /** Workers ready for work (a worker may appear once per free place in its queue). */
  private readonly idle: Worker[] = [];
  private readonly queue: Queued[] = [];
  /** Jobs posted to each worker and not answered yet, oldest first. */
  private readonly running = new Map<Worker, Queued[]>();
  private failure: Error | undefined;
  private nextId = 0;
  private closed = false;

  private taggerOn: boolean;
  /** Per worker, who waits for the models it was asked to decode (decodeModel), oldest first. */
  private readonly decodeWaiters = new Map<Worker, Array<(model: SharedNerModel | undefined) => void>>();

  private constructor(
    private readonly workers: Worker[],
    private readonly setup: WorkerSetup,
  ) {
    this.taggerOn = setup.useTagger;
    for (const worker of workers) this.listen(worker);
  }

  private listen(worker: Worker): void {
    worker.on('message', (msg: WorkerReply | ModelReply | { ready: true }) => {
      if ('decoded' in msg || 'decodeError' in msg) {
        const waiter = this.decodeWaiters.get(worker)?.shift();
        return waiter?.('decoded' in msg ? msg.decoded : undefined);
      }
      if ('ready' in msg) {
        // Each worker gets a second job before the first is answered, so that it never waits
        // for this thread (busy reading files or taking results) to hand it the next.
        for (let i = 0; i < JOBS_AHEAD; i++) this.idle.push(worker);
        return this.dispatch();
      }
      const current = this.running.get(worker)?.shift();
      this.release(worker);
      if ('error' in msg) return current?.reject(new Error(`analysis worker failed: ${msg.error}`));
      if ('spans' in msg) return current?.resolve({ spans: msg.spans });
      // Parsed (and taken by the caller, in its continuation) in a turn of its own: messages from
      // several workers often arrive together, and a request would wait behind them all.
      void inBackgroundTurn(() => {
        try {
          if ('packed' in msg) current?.resolve({ packed: traced(`parse ${msg.packed.length}`, () => JSON.parse(msg.packed) as PackedResults) });
          else current?.resolve({ results: 'json' in msg ? traced(`parse ${msg.json.length}`, () => JSON.parse(msg.json) as AnalysisResult[]) : msg.results });
        } catch (err) {
          current?.reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });
    const fail = (err: Error) => this.fail(err);
    worker.on('error', fail);
    worker.on('exit', (code) => !this.closed && fail(new Error(`analysis worker exited with ${code}`)));
  }

  /**
   * A pool of `count` workers, or undefined when none is wanted. By default workerCount(), and
   * none unless that is at least two (one worker beside this thread only pays off when this
   * thread has its own work meanwhile; a caller that knows so asks for one).
   */
  static open(setup: WorkerSetup, count?: number): AnalysisPool | undefined {
    const n = count ?? workerCount();
    if (n < 1 || (count === undefined && n < 2)) return undefined;
    // the tagger's model as this thread decoded it, when it has: the workers tag with that one copy
    const withModel = { ...setup, model: setup.model ?? sharedTaggerModel() };
    return new AnalysisPool(Array.from({ length: n }, () => startWorker(withModel)), withModel);
  }

  /** How many workers the pool has. */
  get size(): number {
    return this.workers.length;
  }

  /** Adds workers up to `count` (a pass where this thread has nothing else to do can use one more). */
  grow(count: number): void {
    while (!this.closed && !this.failure && this.workers.length < count) {
      const worker = startWorker({ ...this.setup, useTagger: this.taggerOn, model: this.setup.model ?? sharedTaggerModel() });
      this.workers.push(worker);
      this.listen(worker);
    }
  }

  /** Whether the workers only tag (WorkerSetup.tagOnly): then `analyze` fails, and otherwise `tag` does. */
  get tagsOnly(): boolean {
    return this.setup.tagOnly === true;
  }

  /** Analyzes a batch of articles on the next free worker. */
  analyze(articles: AnalysisJob, options: { pack?: boolean } = {}): Promise<ArrivedResults> {
    return this.submit(articles, options) as Promise<ArrivedResults>;
  }

  /**
   * The tagger's names in a batch of articles (packedSpans.ts), found on the next free worker of
   * a pool opened with `tagOnly`, which must use the tagger; each article's `text` is its prose
   * (its format read).
   */
  async tag(articles: AnalysisJob): Promise<Int32Array[]> {
    const arrived = await this.submit(articles, { tagOnly: true });
    if (!('spans' in arrived)) throw new Error('analysis worker did not tag');
    return arrived.spans;
  }

  private submit(articles: AnalysisJob, options: { pack?: boolean; tagOnly?: boolean }): Promise<ArrivedResults | Tagged> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new Error('analysis pool closed'));
    if (this.tagsOnly !== (options.tagOnly === true)) return Promise.reject(new Error(this.tagsOnly ? 'these analysis workers only tag' : 'these analysis workers analyze; a pool opened with tagOnly tags'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, articles, pack: options.pack, tagOnly: options.tagOnly }, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * The tagger's model file decoded into shared memory by one of the workers, so that the thread
   * answering requests does not hold its loop for it (50-75 ms); undefined when it could not be
   * (the caller decodes it itself). Asked between two passes, when the workers are idle.
   */
  decodeModel(path: string): Promise<SharedNerModel | undefined> {
    const worker = this.workers[0];
    if (!worker || this.closed || this.failure) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiters = this.decodeWaiters.get(worker) ?? [];
      waiters.push(resolve);
      this.decodeWaiters.set(worker, waiters);
      worker.postMessage({ decodeModel: path } satisfies WorkerMessage);
    });
  }

  /** From now on the workers use the tagger too (each loads it before its next batch). */
  useTagger(): void {
    this.taggerOn = true;
    const model = this.setup.model ?? sharedTaggerModel();
    for (const w of this.workers) w.postMessage({ useTagger: true, model } satisfies WorkerMessage);
  }

  /** Whether the workers analyze as a workspace with these inputs would (same cards, tagger, options). */
  matches(inputs: { cards: Array<[string, string]>; useTagger: boolean; fallbackPublished?: string }): boolean {
    const mine = this.setup.cards;
    return (
      inputs.useTagger === this.taggerOn &&
      inputs.fallbackPublished === this.setup.fallbackPublished &&
      inputs.cards.length === mine.length &&
      inputs.cards.every(([p, t], i) => mine[i]![0] === p && mine[i]![1] === t)
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiters of this.decodeWaiters.values()) for (const resolve of waiters.splice(0)) resolve(undefined);
    for (const q of this.queue.splice(0)) q.reject(new Error('analysis pool closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift()!;
      const next = this.queue.shift()!;
      const posted = this.running.get(worker);
      if (posted) posted.push(next);
      else this.running.set(worker, [next]);
      worker.postMessage(next.job satisfies WorkerMessage);
    }
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const waiters of this.decodeWaiters.values()) for (const resolve of waiters.splice(0)) resolve(undefined);
    for (const q of [...this.queue.splice(0), ...[...this.running.values()].flat()]) q.reject(err);
    this.running.clear();
  }
}
