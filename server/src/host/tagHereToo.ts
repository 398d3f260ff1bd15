// When the CLI's two threads split by stage (parallelAnalysis.ts: tagThereAnalyzeHere), the worker
// tags and this thread analyzes with its names, and this thread is usually the quicker: on the
// 1,249 duc2006 articles some 1,450 ms CPU of analysis here against 1,700 of tagging there. It
// could tag whole batches itself while it waits, but the first it tags costs it the tagger's
// warm-up: V8 compiles the tagger's code again for this thread, and the word cache is filled
// again (the run took 200-400 ms more CPU when this thread tagged whenever it waited than when it
// never did). So it waits for the worker's names, unless waiting would cost more time than that.

export interface SplitProgress {
  /** Batches the worker has not answered yet (posted or not), up to the last one it will be given. */
  toTag: number;
  /** Batches this thread has not analyzed yet, tagged or not. */
  toAnalyze: number;
  /** Mean ms between two of the worker's answers (undefined before its second). */
  workerMsPerBatch?: number;
  /** ms since the worker's last answer, or since its first batch was posted. */
  sinceWorkerAnswered: number;
  /** Mean ms this thread took over a batch analyzed with the worker's names (undefined before its first). */
  hereMsPerBatch?: number;
  /** This thread has tagged already: its warm-up is paid. */
  taggedHere: boolean;
}

/** What this thread's first tagging costs it (see above), in ms. */
export const WARM_UP_MS = 300;

/**
 * Whether this thread should tag and analyze a batch itself rather than wait for the worker's
 * names: once it has tagged, whenever it would wait; before, when the worker's work left (the batch
 * it is on, at least as long as it has taken so far, then the others at its pace) outlasts this
 * thread's by more than the warm-up (this thread's pace unknown: taken to be the worker's), or,
 * the worker's pace unknown, when it has been silent for longer than that.
 */
export function tagHereToo(p: SplitProgress): boolean {
  if (p.taggedHere) return true;
  if (p.toTag <= 0) return false;
  const perBatch = p.workerMsPerBatch;
  if (perBatch === undefined) return p.sinceWorkerAnswered > WARM_UP_MS;
  const worker = Math.max(perBatch, p.sinceWorkerAnswered) + perBatch * (p.toTag - 1);
  const here = p.toAnalyze * (p.hereMsPerBatch ?? perBatch);
  return worker - here > WARM_UP_MS;
}
