// Analyzes many articles on worker threads (analysisPool.ts), for cold starts and whole-corpus
// runs, and takes the results into the Workspace, which accepts each only if nothing changed
// meanwhile (importAnalysis). On one core, or for a few articles, it does nothing and the
// Workspace analyzes on demand as usual.

import type { AnalysisInputs, Workspace } from '../core/workspace/workspace.ts';
import { AnalysisPool, JOBS_AHEAD, workerCount, type AnalysisResult, type ArrivedResults } from './analysisPool.ts';
import { unpackResults } from './packedMentions.ts';
import { unpackSpans } from './packedSpans.ts';
import { traced } from './turnTrace.ts';
import { backgroundTurn } from './backgroundTurns.ts';
import { tagHereToo, type SplitProgress } from './tagHereToo.ts';
import { formatFor } from '../core/formats/index.ts';

/** Below this many articles, worker threads cost more than they save (measured: 100 articles are done sooner on one thread). */
export const MIN_PARALLEL = 250;

export interface ParallelOptions {
  /** Only these articles (default: every article not analyzed yet). */
  paths?: readonly string[];
  /** Number of worker threads (default: workerCount()); with `hereToo`, of threads, this one included. */
  workers?: number;
  /**
   * This thread analyzes articles too, beside one worker fewer (a caller with nothing else to do
   * meanwhile: the CLI). Each worker costs CPU of its own (its start-up, its compiling the same
   * code again, its own caches, and its results' trip back), which this thread's share does not.
   */
  hereToo?: boolean;
  /** Articles per message. */
  batch?: number;
  /** Fewer articles than this are left to this thread (default MIN_PARALLEL). */
  minArticles?: number;
  /** Called as results come in. */
  onProgress?: (done: number, total: number) => void;
  /** Results are taken into the workspace this many at a time (default: a tenth of the total, at least 200). */
  importEvery?: number;
  /** Called after each group is taken (a server brings its index up to date while the workers go on). */
  onImported?: () => void;
  /**
   * A server answering requests meanwhile: results are taken (and indexed) a few at a time, for at
   * most this long per turn of the event loop, so that a request waits at most about this long
   * behind them. Results not taken yet are invisible to requests, which read the older state.
   */
  importSliceMs?: number;
  /**
   * Workers started ahead (poolAhead), used when they are set up as these inputs need and as many
   * as wanted; closed when the call returns, used or not.
   */
  pool?: AnalysisPool;
}

/** How many workers analyzeInParallel opens for `total` articles (0: none). */
function workersFor(total: number, options: Pick<ParallelOptions, 'workers' | 'batch' | 'minArticles' | 'hereToo'>): number {
  const count = Math.min(workerCount(options.workers), Math.ceil(total / (options.batch ?? 8)));
  if (total < (options.minArticles ?? MIN_PARALLEL) || count < 2) return 0;
  return options.hereToo ? count - 1 : count;
}

/** Whether analyzeInParallel splits by stage (tagThereAnalyzeHere): its one worker then only tags. */
function splitsByStage(workers: number, inputs: Pick<AnalysisInputs, 'useTagger'>, options: Pick<ParallelOptions, 'hereToo'>): boolean {
  return options.hereToo === true && workers === 1 && inputs.useTagger;
}

/**
 * The workers analyzeInParallel will want for `total` articles, started now, with the cards this
 * workspace has: a caller that still has the articles to read hands them over as `pool`, and their
 * start-up (some 50 ms each, node's and the bundle's) runs meanwhile on another core.
 */
export function poolAhead(ws: Workspace, total: number, options: Pick<ParallelOptions, 'workers' | 'batch' | 'minArticles' | 'hereToo'> = {}): AnalysisPool | undefined {
  const n = workersFor(total, options);
  const inputs = ws.analysisInputs([]);
  return n > 0 ? openPoolFor(ws, inputs, n, splitsByStage(n, inputs, options)) : undefined;
}

/** Returns how many analyses were taken into the workspace. */
export async function analyzeInParallel(ws: Workspace, options: ParallelOptions = {}): Promise<number> {
  const inputs = ws.analysisInputs(options.paths);
  const n = workersFor(inputs.articles.length, options);
  const split = splitsByStage(n, inputs, options);
  const given = options.pool;
  const usable = given && given.size === n && given.tagsOnly === split && given.matches(inputs) ? given : undefined;
  if (given && !usable) await given.close();
  if (n === 0) return 0;
  const pool = usable ?? openPoolFor(ws, inputs, n, split)!;
  try {
    if (split) return await tagThereAnalyzeHere(ws, pool, inputs, options);
    return await analyzeWithPool(ws, pool, inputs, options);
  } finally {
    await pool.close();
  }
}

/**
 * A pool whose workers analyze as this workspace would for these inputs (cards handed over
 * parsed), or, `tagOnly`, only tag with its tagger.
 */
export function openPoolFor(ws: Workspace, inputs: AnalysisInputs, count?: number, tagOnly = false): AnalysisPool | undefined {
  // (a worker that only tags never reads the cards: they are not handed over parsed)
  return AnalysisPool.open({ cards: inputs.cards, parsed: tagOnly ? undefined : ws.parsedCards(), useTagger: inputs.useTagger, fallbackPublished: inputs.fallbackPublished, tagOnly }, count);
}

/**
 * Analyzes the inputs' articles with an open pool, whose workers must have been set up with the
 * same cards, tagger and options as the inputs (a mismatch analyzes nothing). Returns how many
 * analyses were taken.
 */
export async function analyzeWithPool(ws: Workspace, pool: AnalysisPool, inputs: AnalysisInputs, options: Omit<ParallelOptions, 'paths' | 'workers' | 'minArticles'> = {}): Promise<number> {
  if (!pool.matches(inputs)) return 0;
  const total = inputs.articles.length;
  const batch = options.batch ?? 8;
  const byPath = new Map(inputs.articles.map((a) => [a.path, a]));
  // Taking results in large groups: each group updates the cross-article index once (a hub event
  // dated by every article is re-summarized per group, not per message), and requests answered
  // meanwhile read a consistent, if older, state.
  const importEvery = options.importEvery ?? Math.max(200, Math.ceil(total / 10));
  let waiting: AnalysisResult[] = [];
  let imported = 0;
  let done = 0;
  const take = ({ path, analysis }: AnalysisResult) => {
    const input = byPath.get(path)!;
    if (ws.importAnalysis(inputs.generation, path, input.text, input.metadata, analysis)) imported++;
  };
  let slicing: Promise<void> = Promise.resolve();
  // Results per slice: the index takes a slice's results at once (updateIndex), after the
  // clock is last read, so the count comes from the last slice's time per result, aiming at
  // three quarters of the budget (results differ in cost) and growing by half at most, so that
  // one quick slice does not make the next one long.
  let perSlice = 1;
  const flush = () => {
    const group = waiting;
    waiting = [];
    if (group.length === 0) return;
    const sliceMs = options.importSliceMs;
    if (sliceMs === undefined) {
      group.forEach(take);
      options.onImported?.();
      return;
    }
    slicing = slicing.then(async () => {
      for (let i = 0; i < group.length; ) {
        // Each slice in a turn of its own, never in one with other background work (backgroundTurns.ts).
        await backgroundTurn();
        traced('import slice', () => {
          const start = performance.now();
          const from = i;
          const end = Math.min(group.length, i + perSlice);
          do take(group[i++]!);
          while (i < end && performance.now() < start + sliceMs);
          ws.updateIndex();
          const ms = Math.max(performance.now() - start, 0.01);
          perSlice = Math.max(1, Math.min(Math.ceil(1.5 * perSlice), Math.floor(((i - from) * 0.75 * sliceMs) / ms)));
        });
        traced('onImported', () => options.onImported?.());
      }
    });
  };
  const jobs: Array<Promise<void>> = [];
  const post = (articles: AnalysisInputs['articles']): Promise<void> => {
    // Mentions go packed for articles analyzed for the first time (a cold start), where this
    // thread keeps every object. Not for a re-analysis, which takes most of its objects from
    // the analysis it replaces: packed there, the resident memory after the tagger's pass over
    // 10,000 articles went from 0.53 to 0.66 GB (measured), for no gain in time.
    const pack = articles.every((a) => !ws.hasAnalysis(a.path));
    const job = pool.analyze(articles, { pack }).then(async (arrived) => {
      // A server answering requests interns in a turn of its own, not in the one that parsed the
      // message (the two together held its loop 2-2.5 ms, every message of the tagger's pass).
      if (options.importSliceMs !== undefined) await backgroundTurn();
      // Interned now, while the copies are young and cheap to collect: results wait for their
      // group long enough to be moved to the old generation, which is only collected in full.
      const results = traced('takeArrived', () => takeArrived(ws, arrived));
      waiting.push(...results);
      if (waiting.length >= importEvery) flush();
      done += results.length;
      options.onProgress?.(done, total);
    });
    jobs.push(job);
    return job;
  };
  const batches: Array<AnalysisInputs['articles']> = [];
  for (let i = 0; i < total; i += batch) batches.push(inputs.articles.slice(i, i + batch));
  if (!options.hereToo) batches.forEach(post);
  else imported += await shareWithPool(ws, pool, batches, post);
  await Promise.all(jobs);
  flush();
  await slicing;
  return imported;
}

/**
 * Hands batches to the pool no faster than its workers take them (each holds JOBS_AHEAD) and
 * analyzes the next one on this thread meanwhile, a few articles at a time, so that the workers'
 * results are taken and their next batches posted in between. Returns how many articles this
 * thread analyzed; when it returns, every batch has been posted or done.
 */
async function shareWithPool(ws: Workspace, pool: AnalysisPool, batches: Array<AnalysisInputs['articles']>, post: (articles: AnalysisInputs['articles']) => Promise<void>): Promise<number> {
  let next = 0;
  let posted = 0;
  let here = 0;
  const ahead = pool.size * JOBS_AHEAD;
  const feed = (): void => {
    for (; posted < ahead && next < batches.length; posted++) {
      void post(batches[next++]!).then(() => {
        posted--;
        feed();
      }, () => undefined); // (a failure is the caller's: it waits for every job)
    }
  };
  feed();
  while (next < batches.length) {
    const articles = batches[next++]!;
    for (let i = 0; i < articles.length; i += HERE_AT_ONCE) {
      for (const a of articles.slice(i, i + HERE_AT_ONCE)) ws.analyzeOwn(a.path);
      here += Math.min(HERE_AT_ONCE, articles.length - i);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  return here;
}

/**
 * This thread and one worker, split by stage rather than by article: the worker tags the articles
 * from the first on (packedSpans.ts) and this thread analyzes each with the names it was given.
 * The tagger is some 60% of an analysis's CPU time, and the rest, with the linking and the output
 * this thread does anyway, about as much; the worker then runs (and V8 compiles, and its caches
 * hold) the tagger's code alone, and sends back three numbers a name instead of whole analyses
 * for this thread to parse and intern. While the worker's next names are not in, this thread
 * waits, or, when the worker is too far behind for that to pay (tagHereToo.ts), analyzes whole
 * articles from the last one back. Returns how many articles were analyzed (all of them, here).
 */
async function tagThereAnalyzeHere(ws: Workspace, pool: AnalysisPool, inputs: AnalysisInputs, options: Pick<ParallelOptions, 'batch' | 'onProgress'>): Promise<number> {
  if (!pool.matches(inputs)) return 0;
  const total = inputs.articles.length;
  const size = options.batch ?? 8;
  const batches: Array<AnalysisInputs['articles']> = [];
  for (let i = 0; i < total; i += size) batches.push(inputs.articles.slice(i, i + size));
  // Per batch: its names once in, null when the worker failed on it (then it is analyzed whole here).
  const tagged: Array<Int32Array[] | null | undefined> = [];
  /** Batches before `front` are analyzed; from `back` on too (whole, here); [front, posted) went to the worker. */
  let front = 0;
  let back = batches.length;
  let posted = 0;
  let outstanding = 0;
  let failed = false;
  let wake: (() => void) | undefined;
  // The two threads' paces, for tagHereToo: the worker answers its batches in order.
  const started = performance.now();
  let answers = 0;
  let firstAnswer = 0;
  let lastAnswer = 0;
  let hereBatches = 0;
  let hereMs = 0;
  let taggedHere = false;
  const feed = (): void => {
    for (; !failed && outstanding < pool.size * JOBS_AHEAD && posted < back; outstanding++) {
      const i = posted++;
      pool.tag(batches[i]!.map(({ path, text }) => ({ path, text: formatFor(path).read(text).text }))).then(
        (spans) => void (tagged[i] = spans),
        () => void ((tagged[i] = null), (failed = true)),
      ).finally(() => {
        lastAnswer = performance.now();
        if (answers++ === 0) firstAnswer = lastAnswer;
        outstanding--;
        feed();
        wake?.();
      });
    }
  };
  const progress = (): SplitProgress => ({
    toTag: back - answers,
    toAnalyze: back - front,
    workerMsPerBatch: answers >= 2 ? (lastAnswer - firstAnswer) / (answers - 1) : undefined,
    sinceWorkerAnswered: performance.now() - (answers > 0 ? lastAnswer : started),
    hereMsPerBatch: hereBatches > 0 ? hereMs / hereBatches : undefined,
    taggedHere,
  });
  let done = 0;
  const analyze = async (articles: AnalysisInputs['articles'], spans?: Int32Array[] | null): Promise<void> => {
    for (let k = 0; k < articles.length; k++) {
      const a = articles[k]!;
      ws.analyzeOwn(a.path, spans ? { text: a.text, spans: unpackSpans(spans[k]!) } : undefined);
      // (a look at the worker's messages now and then, so that its next batch is posted)
      if (k % HERE_AT_ONCE === HERE_AT_ONCE - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    done += articles.length;
    options.onProgress?.(done, total);
  };
  feed();
  while (front < back) {
    if (front === posted) {
      // (nothing posted is left to wait for: the worker failed, or its next batch is not posted yet; this one is done here)
      posted++;
      taggedHere = true;
      await analyze(batches[front++]!);
    } else if (tagged[front] !== undefined) {
      const spans = tagged[front];
      tagged[front] = undefined;
      const t0 = performance.now();
      await analyze(batches[front++]!, spans);
      if (spans) (hereBatches++, (hereMs += performance.now() - t0));
    } else if (posted < back && tagHereToo(progress())) {
      taggedHere = true;
      await analyze(batches[--back]!);
    } else {
      // (until the worker's next answer, or a while: a silent worker is looked at again)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, RECHECK_MS);
        wake = () => (clearTimeout(timer), resolve());
      });
      wake = undefined;
    }
  }
  return total;
}

/** Articles this thread analyzes between two looks at the workers' messages (a few ms each). */
const HERE_AT_ONCE = 2;

/** How long this thread waits for the tagging worker before it weighs again whether to tag too. */
const RECHECK_MS = 25;

/**
 * Results as they arrive, before the Workspace takes them (importAnalysis): their mentions
 * unpacked with the workspace's own copies of each distinct string (packedMentions.ts), and
 * every other string and object interned against the article's present analysis.
 */
export function takeArrived(ws: Workspace, arrived: ArrivedResults): AnalysisResult[] {
  const packed = 'packed' in arrived;
  const results = packed ? unpackResults(arrived.packed, (s) => ws.intern(s)) : arrived.results;
  ws.internArrived(results, packed);
  return results;
}
