// Publishes diagnostics for the files whose findings an update may have changed (all of them
// after a card edit), only when they really changed, with the document version they were
// computed for; clears files whose findings went away. Open documents go first; the rest of
// the corpus follows in slices, so that an edit's own diagnostics, and requests, never wait for
// a thousand other files. After an edit, the other files wait until typing pauses: an edit to
// an article that a hub event's warnings point at moves those locations in every warned file,
// and republishing them all per keystroke would be work thrown away at the next one. While
// background work runs (the tagger's pass, a re-analysis after a card edit), the files not open
// take at most one slice every BUSY_GAP_MS: each group of results the workers send changes the
// findings of every article a hub event dates, and republishing the corpus per group held this
// thread for most of the pass (measured at 1,000 articles: 6.8 s of a 16 s pass, every hover
// waiting behind it); what is still queued when the work ends goes at full speed. Every 200 ms
// rather than 40: the editor's process parses each publication too, and a hover's reply waits
// there behind the ones that came before it (measured over the tagger's pass at 1,000 articles:
// 982 publications -> 207).

import { createHash } from 'node:crypto';
import type { Connection } from 'vscode-languageserver';
import type { OpenDocuments } from './documents.ts';
import type { ServerState } from './state.ts';
import { URI } from './uri.ts';
import { toDiagnostic } from './convert.ts';
import { withCheckLevels } from '../core/checks/levels.ts';
import { traced } from '../host/turnTrace.ts';
import { backgroundTurn } from '../host/backgroundTurns.ts';

/** Time spent publishing between two chances to answer requests (a request waits at most this). */
const SLICE_MS = 2;
/** After an edit, files not open wait for this long a pause in the edits... */
const QUIET_MS = 300;
/** ...but never longer than this after the first edit that queued them. */
const MAX_DEFER_MS = 2000;
/** While background work runs, a slice of the backlog at most every this many milliseconds. */
const BUSY_GAP_MS = 200;

export class DiagnosticsPublisher {
  /** A digest of what was last sent per URI (the JSON itself would cost megabytes on a large corpus). */
  private readonly lastSent = new Map<string, string>();
  /** Files to publish that are not open in the editor, waiting for their slice. */
  private readonly backlog = new Set<string>();
  /**
   * Files not open that an edit changed, held until typing pauses; then they join the backlog.
   * Apart from it, so that a drain already under way (a cold start's) does not publish them
   * between two keystrokes.
   */
  private readonly held = new Set<string>();
  private draining = false;
  private timer: NodeJS.Timeout | undefined;
  private backlogTimer: NodeJS.Timeout | undefined;
  private deferredSince: number | undefined;
  /** Documents opened while their analysis was under way: sent when it is in, even if unchanged. */
  private readonly sendWhenAnalyzed = new Set<string>();
  /** Whether background work is running (the indexer says so: setBusy). */
  private busy: () => boolean = () => false;

  constructor(
    private readonly connection: Connection,
    private readonly state: ServerState,
    private readonly documents: OpenDocuments,
    // Coalesces the notifications that arrive together; anything longer is felt as lag.
    private readonly delayMs = 0,
  ) {}

  /** Tells the publisher how to know that background work runs (its backlog then drains slowly). */
  setBusy(busy: () => boolean): void {
    this.busy = busy;
  }

  /** Files queued and not published yet (not open in the editor). */
  get pending(): number {
    return this.backlog.size + this.held.size;
  }

  /** Resolves once nothing is queued, held or about to be: every change made so far is published. */
  async whenPublished(): Promise<void> {
    while (this.pending > 0 || this.draining || this.timer || this.backlogTimer) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  /** After an edit: publishes the open documents soon, the rest once the edits pause. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.publishNow({ deferBacklog: true });
    }, this.delayMs);
  }

  /** Publishes every file again, open documents first (the checks' settings changed). */
  publishAll(): void {
    this.publishNow({ all: true });
  }

  /** Publishes the open documents at once and queues the rest of what changed. */
  publishNow(options: { deferBacklog?: boolean; all?: boolean } = {}): void {
    traced('publishNow', () => this.publishChanged(options));
  }

  private publishChanged(options: { deferBacklog?: boolean; all?: boolean }): void {
    // (the workspace analyzes what is pending and brings its index up to date here)
    const taken = traced('takeChangedPaths', () => this.state.ws.takeChangedPaths());
    const changed = options.all ? 'all' : taken;
    const toCheck = changed === 'all' ? this.state.ws.reportedPaths() : [...changed].filter((p) => this.state.ws.isReported(p));
    for (const path of toCheck) {
      if (this.documents.get(URI.fromPath(path))) this.publish(path);
      // (queued before, its publication waits for the pause too: what it sends then is current)
      else if (options.deferBacklog) this.backlog.delete(path), this.held.add(path);
      else this.backlog.add(path);
    }
    // Files that are gone or no longer reported: clear what was shown for them. (By path, where
    // the paths are at hand: turning each changed path's URI back into a path, uncached, cost a
    // few ms per edit that touches a hub event's hundreds of warned articles.)
    const gone = changed === 'all' ? [...this.lastSent.keys()].map((uri) => [uri, URI.toPath(uri)] as const) : [...changed].map((p) => [URI.fromPath(p), p] as const);
    for (const [uri, path] of gone) {
      if (!this.lastSent.has(uri) || (path && this.state.ws.isReported(path))) continue;
      if (path) this.backlog.delete(path), this.held.delete(path);
      this.lastSent.delete(uri);
      this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    if (options.deferBacklog) this.drainWhenQuiet();
    else this.drain();
  }

  private drainWhenQuiet(): void {
    if (this.held.size === 0) return;
    const now = Date.now();
    this.deferredSince ??= now;
    if (this.backlogTimer) clearTimeout(this.backlogTimer);
    this.backlogTimer = setTimeout(() => this.drain(), Math.max(0, Math.min(QUIET_MS, this.deferredSince + MAX_DEFER_MS - now)));
  }

  private drain(): void {
    if (this.backlogTimer) clearTimeout(this.backlogTimer);
    this.backlogTimer = undefined;
    this.deferredSince = undefined;
    for (const path of this.held) this.backlog.add(path);
    this.held.clear();
    if (this.draining || this.backlog.size === 0) return;
    this.draining = true;
    const step = () => {
      const until = performance.now() + SLICE_MS;
      traced('publish slice', () => {
        for (const path of this.backlog) {
          this.backlog.delete(path);
          this.publish(path);
          if (performance.now() >= until) break;
        }
      });
      if (this.backlog.size === 0) this.draining = false;
      else if (this.busy()) setTimeout(() => void backgroundTurn().then(step), BUSY_GAP_MS);
      else void backgroundTurn().then(step);
    };
    void backgroundTurn().then(step);
  }

  /**
   * A document the editor just opened gets its diagnostics under the URI it was opened with, with
   * its version, even when its text is what the server had (nothing changed, but this URI or this
   * version was never sent: an editor that tracks versions waits for them).
   */
  opened(path: string): void {
    if (this.state.ws.awaitsAnalysis(path)) this.sendWhenAnalyzed.add(path);
    else if (this.state.ws.isReported(path)) this.publish(path, true);
  }

  private publish(path: string, evenIfSent = false): void {
    // An edited article being analyzed again: published when its analysis is in (with its version).
    if (this.state.ws.awaitsAnalysis(path)) return;
    if (this.sendWhenAnalyzed.delete(path)) evenIfSent = true;
    const uri = URI.fromPath(path);
    const findings = traced(`findings ${path.slice(-40)}`, () => this.state.ws.findings(path));
    // The file may have stopped being reported while it waited in the backlog.
    if (!this.state.ws.hasArticle(path) && !this.state.ws.isCard(path) && findings.length === 0) {
      if (this.lastSent.has(uri)) {
        this.lastSent.delete(uri);
        this.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      return;
    }
    const diagnostics = traced(`toDiagnostic ${findings.length}`, () => withCheckLevels(findings, this.state.settings.checks).map((f) => toDiagnostic(f, (p) => this.state.linesOf(p))));
    const digest = traced('digest', () => createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64'));
    if (!evenIfSent && this.lastSent.get(uri) === digest) return;
    this.lastSent.set(uri, digest);
    traced('send', () => this.connection.sendDiagnostics({ uri, version: this.documents.get(uri)?.version, diagnostics }));
  }
}
