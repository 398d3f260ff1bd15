// The indexer: all of the server's background work, one job at a time, in the manner of a main
// loop that accepts a closed set of events. It reads the folders, loads the tagger and re-analyzes
// the corpus with it, and re-analyzes after card and settings changes, while requests are answered
// between its slices from what the workspace holds ("stale answers, never a freeze").
//
// Events (accept):   start, reconfigure, cardsChanged.
// Jobs, in order:     index (read the folders) -> tagger (load it once, then its pass) -> refresh
//                     (re-analyze stale articles). A job asked for again while it runs runs again
//                     after it; a refresh under way is interrupted by a newer card or settings change
//                     (its results would be refused anyway) and starts over.
// Workers:            one pool, owned here, opened by a job that has enough articles for it and
//                     closed when no job is left; only one job uses it at a time, so a settings
//                     change during a cold start can no longer close it under the tagger's pass.
// Never here:         the editor's own edits (synced at once by the server), and LSP types.

import type { EntityTagger } from '../core/entities/tagger.ts';
import type { SharedNerModel } from '../core/entities/tagger/index.ts';
import { applyRead, type CorpusFileKind } from '../core/workspace/fileRead.ts';
import { findCorpusFiles, readTextFileSync } from '../host/files.ts';
import { analyzeWithPool, MIN_PARALLEL, openPoolFor } from '../host/parallelAnalysis.ts';
import { workerCount, type AnalysisPool } from '../host/analysisPool.ts';
import type { ServerState } from './state.ts';
import { endPhase, traced } from '../host/turnTrace.ts';
import { backgroundTurn, urgentTurn } from '../host/backgroundTurns.ts';

/** What the indexer is doing; `starting` until the first index is read (requests wait for it). */
export type IndexerState = 'starting' | 'indexing' | 'tagging' | 'refreshing' | 'idle';

/** The events the indexer accepts: nothing else starts background work. */
export type IndexerEvent =
  | { kind: 'start' }
  /** Settings, a `.dateline.yaml` or the workspace folders changed: read the folders again. */
  | { kind: 'reconfigure' }
  /** A card was written, changed or removed: re-analyze once the edits pause. */
  | { kind: 'cardsChanged' };

export interface Progress {
  report(percent: number, message: string): void;
  done(): void;
}

/** What the indexer needs from the server around it (the connection, the open documents). */
export interface IndexerHost {
  readonly state: ServerState;
  log(level: 'info' | 'warn' | 'error', message: string): void;
  beginProgress(title: string): Promise<Progress>;
  /** Asks the editor for each folder's settings and configures the state with them. */
  loadSettings(): Promise<void>;
  /** The paths of the articles open in the editor (analyzed first, on this thread). */
  openArticlePaths(): string[];
  isOpen(path: string): boolean;
  /** Loads the tagger; `decode`, when given, decodes its model file off this thread (a worker). */
  loadTagger(decode?: (path: string) => Promise<SharedNerModel | undefined>): Promise<EntityTagger | undefined>;
  /** Diagnostics: now (the first answers), soon (what changed), or all of them (levels changed). */
  publish(how: 'now' | 'schedule' | 'all'): void;
  /** Resolves once every diagnostic changed so far has been published. */
  published(): Promise<void>;
  refreshSemanticTokens(): void;
  /** After a reconfigure: the open documents the globs now take (or no longer take) are synced again. */
  resyncOpenDocuments(): void;
  /** Tells the editor what each folder holds. */
  sendStatus(): void;
  /** An open article is analyzed once more when idle, so its first edit is fast (Workspace.prepareForEditing). */
  prepareForEditing(path: string): void;
}

/** Files read at a time while indexing, the event loop free between slices. */
const READ_SLICE = 64;
/** The main thread re-analyzes for at most this long before it answers what waits. */
const SLICE_MS = 8;
/**
 * A re-analysis of this many articles or more goes to worker threads even below MIN_PARALLEL: it
 * runs while the user works, and an article with the tagger holds this thread 10-70 ms, which a
 * hover would wait behind (measured at 200 articles after a card edit: hover p95 107-129 ms on
 * this thread). The workers' start costs about a third of a second of CPU, off this thread.
 */
const MIN_OFF_THREAD = 50;
/** Results from the workers are taken into the index for at most this long per turn. */
const IMPORT_SLICE_MS = 2;
/** After a card edit, the re-analysis waits for this long a pause in the edits. */
const REFRESH_DELAY_MS = 400;

/** A turn of the event loop of its own for the next slice (backgroundTurns.ts). */
const nextTurn = backgroundTurn;

export class Indexer {
  private current: IndexerState = 'starting';
  private wantIndex = false;
  private wantTagger = false;
  private wantRefresh = false;
  private taggerTried = false;
  private indexRunning = false;
  /** Set by an event that makes the refresh under way pointless. */
  private interrupted = false;
  private loop: Promise<void> | undefined;
  private disposed = false;
  private pool: AnalysisPool | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly indexWaiters: Array<() => void> = [];
  private firstIndexDone!: () => void;
  /** Resolves once the folders have been read the first time: requests wait for it. */
  readonly firstIndex = new Promise<void>((resolve) => (this.firstIndexDone = resolve));
  /** Per folder, the files with an article's ending its globs did not take at the last index. */
  readonly otherArticleFiles = new Map<string, string[]>();

  constructor(private readonly host: IndexerHost) {}

  get state(): IndexerState {
    return this.current;
  }

  accept(event: IndexerEvent): void {
    switch (event.kind) {
      case 'start':
        this.wantIndex = true;
        this.wantTagger = true;
        break;
      case 'reconfigure':
        this.wantIndex = true;
        this.wantRefresh = true;
        this.interrupted = true;
        break;
      case 'cardsChanged':
        // The refresh under way analyzes with cards already gone: stop it, and start over once
        // the edits pause (typing in a card sends a change per keystroke).
        this.interrupted = true;
        if (this.refreshTimer) clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => {
          this.refreshTimer = undefined;
          this.wantRefresh = true;
          this.run();
        }, REFRESH_DELAY_MS);
        return;
    }
    this.run();
  }

  /** Resolves when the folders have been read again after the last reconfigure. */
  indexed(): Promise<void> {
    if (!this.wantIndex && !this.indexRunning) return Promise.resolve();
    return new Promise((resolve) => this.indexWaiters.push(resolve));
  }

  /** Stops background work (the connection is closing): a refresh stops at its next slice, workers end now. */
  async dispose(): Promise<void> {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.wantIndex = this.wantTagger = this.wantRefresh = false;
    this.interrupted = true;
    this.disposed = true;
    await this.closePool();
  }

  private run(): void {
    if (this.loop) return;
    const started = Date.now();
    this.loop = this.drain().finally(() => {
      this.loop = undefined;
      // An event that arrived as the loop was ending.
      if (this.wantIndex || this.wantTagger || this.wantRefresh) this.run();
      else void this.reportUpToDate(started);
    });
  }

  /**
   * Says when the background work has ended and its diagnostics are all out: a user can tell the
   * Problems panel is complete, and a test knows when to compare it.
   */
  private async reportUpToDate(started: number): Promise<void> {
    await this.host.published();
    if (this.loop || this.disposed) return;
    this.host.log('info', `up to date: ${this.host.state.ws.articlePaths().length} articles analyzed and their diagnostics published, ${Date.now() - started} ms after the work began`);
  }

  private async drain(): Promise<void> {
    try {
      while (this.wantIndex || this.wantTagger || this.wantRefresh) {
        this.interrupted = false;
        if (this.wantIndex) {
          this.wantIndex = false;
          await this.guarded('indexing', () => this.indexJob());
        } else if (this.wantTagger) {
          this.wantTagger = false;
          await this.guarded('the tagger', () => this.taggerJob());
        } else {
          this.wantRefresh = false;
          await this.guarded('re-analysis', () => this.refreshJob('Dateline: re-analyzing after a change'));
        }
      }
    } finally {
      await this.closePool();
      if (this.current !== 'starting') this.current = 'idle';
    }
  }

  private async guarded(what: string, job: () => Promise<void>): Promise<void> {
    try {
      await job();
    } catch (err) {
      this.host.log('error', `${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }

  private async closePool(): Promise<void> {
    const p = this.pool;
    this.pool = undefined;
    await p?.close();
  }

  // ---- index: settings, then cards and sidecars, then articles ----

  private async indexJob(): Promise<void> {
    const first = this.current === 'starting';
    this.current = 'indexing';
    this.indexRunning = true;
    const { state } = this.host;
    const levelsBefore = JSON.stringify([...state.settings.checks]);
    try {
      await this.host.loadSettings();
      const droppedCards = await this.readFolders();
      if (!first) this.host.resyncOpenDocuments();
      this.host.sendStatus();
      if (first) return;
      if (JSON.stringify([...state.settings.checks]) !== levelsBefore) this.host.publish('all');
      else this.host.publish('schedule');
      this.host.refreshSemanticTokens();
      if (droppedCards) this.accept({ kind: 'cardsChanged' });
    } finally {
      this.indexRunning = false;
      if (!this.wantIndex) for (const resolve of this.indexWaiters.splice(0)) resolve();
      if (first) {
        this.firstIndexDone();
        // Requests that waited for the index are answered first; the corpus's diagnostics follow.
        await nextTurn();
        this.host.publish('now');
      }
    }
  }

  /**
   * Reads the workspace's cards and metadata, then its articles, reporting progress to the
   * editor. Large corpora are analyzed on worker threads while they are read: the workers start
   * once the cards are known, and each slice of articles goes to them as soon as it is read.
   * Returns whether a card left the workspace.
   */
  private async readFolders(): Promise<boolean> {
    const { state } = this.host;
    const started = Date.now();
    const progress = await this.host.beginProgress('Dateline: indexing');
    let articles = 0;
    let cards = 0;
    let analyzed = 0;
    let total = 0;
    const analyses: Array<Promise<number>> = [];
    const report = () => progress.report(Math.round((100 * (articles + analyzed)) / Math.max(1, 2 * total)), `${articles} of ${total} articles read, ${analyzed} analyzed`);
    const readSlices = async (files: Array<{ path: string; kind: CorpusFileKind }>, onSlice?: (articles: string[]) => void) => {
      for (let i = 0; i < files.length; i += READ_SLICE) {
        const slice = files.slice(i, i + READ_SLICE);
        const read: string[] = [];
        for (const f of slice) {
          const r = readTextFileSync(f.path, state.maxBytesFor(f.path));
          if (!r.ok && r.finding.code === 'file-missing' && f.kind !== 'metadata') this.host.log('info', `${f.path} disappeared while indexing; skipped`);
          applyRead(state.ws, f.path, f.kind, r);
          if (r.ok && f.kind === 'article') read.push(f.path);
          if (f.kind === 'article') articles++;
          if (f.kind === 'card') cards++;
        }
        onSlice?.(read);
        await nextTurn();
      }
    };
    this.otherArticleFiles.clear();
    // What the globs no longer take (settings or `.dateline.yaml` changed) leaves the workspace.
    const droppedCards = this.dropUnmatched();
    for (const folder of state.folders) {
      const found = await findCorpusFiles(folder.root, folder.patterns);
      // A nested workspace folder's files are its own.
      const mine = (path: string) => state.folderOf(path) === folder;
      for (const key of ['articles', 'cards', 'metadata', 'otherArticleFiles'] as const) found[key] = found[key].filter(mine);
      for (const p of found.problems) state.ws.setFileProblem(p.path, p);
      this.otherArticleFiles.set(folder.root, found.otherArticleFiles);
      const notOpen = (path: string) => !this.host.isOpen(path);
      // Cards and metadata first: every analysis depends on them.
      await readSlices([
        ...found.cards.filter(notOpen).map((path) => ({ path, kind: 'card' as const })),
        ...found.metadata.filter(notOpen).map((path) => ({ path, kind: 'metadata' as const })),
      ]);
      // Documents the editor opened before the cards were read were analyzed without them.
      for (const path of state.ws.staleArticles()) if (this.host.isOpen(path)) state.ws.refresh(path);
      const articlePaths = found.articles.filter(notOpen);
      total += articlePaths.length;
      // Articles read again unchanged keep their analyses: workers only for those that have none.
      const unanalyzed = articlePaths.filter((path) => !state.ws.hasAnalysis(path)).length;
      if (!this.pool && unanalyzed >= MIN_PARALLEL) {
        // The cards are parsed once, here, and handed over parsed.
        this.pool = openPoolFor(state.ws, state.ws.analysisInputs([]));
      }
      await readSlices(
        articlePaths.map((path) => ({ path, kind: 'article' as const })),
        (paths) => {
          report();
          const pool = this.pool;
          const fresh = paths.filter((path) => !state.ws.hasAnalysis(path));
          if (!pool || fresh.length === 0) return;
          analyses.push(
            analyzeWithPool(state.ws, pool, state.ws.analysisInputs(fresh), { importSliceMs: IMPORT_SLICE_MS }).then((n) => {
              analyzed += paths.length;
              report();
              return n;
            }),
          );
        },
      );
    }
    try {
      const taken = (await Promise.all(analyses)).reduce((a, b) => a + b, 0);
      if (taken > 0) this.host.log('info', `analyzed ${taken} articles on worker threads`);
    } catch (err) {
      // The articles are analyzed on this thread instead, when first needed.
      this.host.log('warn', `worker threads failed, analyzing on the main thread: ${String(err)}`);
      await this.closePool();
    }
    progress.done();
    endPhase('index');
    this.host.log('info', `indexed ${articles} articles and ${cards} cards in ${Date.now() - started} ms`);
    return droppedCards;
  }

  /** Removes the articles and cards the folders' globs no longer take; returns whether a card went. */
  private dropUnmatched(): boolean {
    const { state } = this.host;
    let cards = false;
    // A file outside every folder stays only while the editor has it open (a folder was removed).
    const kindNow = (path: string) => (state.folderOf(path) || this.host.isOpen(path) ? state.kindOf(path) : undefined);
    for (const path of state.ws.articlePaths()) {
      if (kindNow(path) !== 'article') state.ws.removeArticle(path);
    }
    for (const path of state.ws.cardPaths()) {
      if (kindNow(path) === 'card') continue;
      state.ws.removeCard(path);
      cards = true;
    }
    return cards;
  }

  // ---- the tagger: loaded after the first answers, then a pass over the corpus ----

  private async taggerJob(): Promise<void> {
    if (this.taggerTried) return;
    this.taggerTried = true;
    this.current = 'tagging';
    const { state } = this.host;
    const started = Date.now();
    // The workers of the first index, idle now, decode the model: this thread's loop is not held for it.
    const pool = this.pool;
    const tagger = await this.host.loadTagger(pool ? (path) => pool.decodeModel(path) : undefined);
    if (!tagger) {
      this.host.log('warn', 'tagger model not found; only names with a card are recognized');
      return;
    }
    this.host.log('info', `tagger loaded in ${Date.now() - started} ms`);
    // Each step in a turn of its own: a request that arrived meanwhile is answered between them.
    await nextTurn();
    traced('adopt tagger', () => {
      state.ws.adoptTagger(tagger);
      this.pool?.useTagger();
      // This thread is idle during the tagger's pass: every core to the workers.
      this.pool?.grow(workerCount());
    });
    // The articles open in the editor first, on this thread while the workers load the model:
    // their names without cards show now, not somewhere in the pass over the corpus.
    // In steps, each in a turn of its own ahead of other background work, as an edit's analysis
    // (it was one turn of 100-200 ms, the tagger's code running here for the first time on a
    // whole article); answers come from its analysis before meanwhile.
    const opened = this.host.openArticlePaths();
    for (const path of opened) {
      await urgentTurn();
      if (!traced('open article re-tag', () => state.ws.reanalyzeInSteps(path))) continue;
      for (let done = false; !done; ) {
        await urgentTurn();
        done = traced('open article re-tag step', () => state.ws.analyzeEditStep(path));
      }
    }
    if (opened.length > 0) {
      await nextTurn();
      traced('open article index', () => state.ws.updateIndex());
      await nextTurn();
      this.host.publish('now');
      this.host.refreshSemanticTokens();
    }
    await nextTurn();
    const onThread = await this.refreshStale('Dateline: recognizing names without cards');
    endPhase('tagger pass');
    this.host.log('info', `names without cards recognized in ${state.ws.articlePaths().length} articles (${onThread} on the main thread) in ${Date.now() - started} ms`);
    for (const path of this.host.openArticlePaths()) this.host.prepareForEditing(path);
    this.host.refreshSemanticTokens();
  }

  // ---- refresh: what was analyzed with an older tagger or older cards ----

  private async refreshJob(title: string): Promise<void> {
    this.current = 'refreshing';
    const started = Date.now();
    const stale = this.host.state.ws.staleArticles().length;
    if (stale === 0) return;
    const onThread = await this.refreshStale(title);
    const left = this.host.state.ws.staleArticles().length;
    this.host.log('info', `re-analyzed ${stale - left} of ${stale} articles after a change (${onThread} on the main thread) in ${Date.now() - started} ms${left > 0 ? '; the rest after the next change' : ''}`);
  }

  /**
   * Re-analyzes the articles analyzed with an older tagger or older cards (answers come from
   * those analyses meanwhile): on worker threads when there are many, then on this thread for a
   * few milliseconds at a time, publishing as it goes. Stops early when interrupted (the next job
   * starts over). Returns how many articles were done on this thread.
   */
  private async refreshStale(title: string): Promise<number> {
    const { state } = this.host;
    const stale = state.ws.staleArticles();
    if (stale.length === 0) return 0;
    const progress = await this.host.beginProgress(title);
    let onThread = 0;
    try {
      if (stale.length >= MIN_OFF_THREAD) {
        const inputs = traced('refresh inputs', () => state.ws.analysisInputs(stale));
        if (this.pool && !this.pool.matches(inputs)) await this.closePool();
        this.pool ??= traced('open pool', () => openPoolFor(state.ws, inputs));
        const pool = this.pool;
        if (pool) {
          try {
            await traced('post jobs', () => analyzeWithPool(state.ws, pool, inputs, {
              importSliceMs: IMPORT_SLICE_MS,
              onProgress: (n, total) => progress.report(Math.round((100 * n) / total), `${n} of ${total} articles`),
              onImported: () => {
                if (this.interrupted) void this.closePool();
              },
            }));
          } catch (err) {
            if (!this.interrupted) this.host.log('warn', `worker threads failed, analyzing on the main thread: ${String(err)}`);
            await this.closePool();
          }
        }
      }
      const left = this.interrupted ? [] : state.ws.staleArticles();
      let i = 0;
      while (i < left.length && !this.interrupted) {
        const sliceStart = performance.now();
        // At least one article per turn; as many as fit in SLICE_MS.
        traced('refresh slice', () => {
          do state.ws.refresh(left[i++]!), state.ws.analysis(left[i - 1]!);
          while (i < left.length && performance.now() - sliceStart < SLICE_MS);
        });
        onThread = i;
        traced('publish now', () => this.host.publish('now'));
        progress.report(Math.round((100 * i) / left.length), `${i} of ${left.length} articles`);
        await nextTurn();
      }
    } finally {
      progress.done();
      this.host.publish('schedule');
    }
    return onThread;
  }
}
