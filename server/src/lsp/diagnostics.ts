// Publishes diagnostics for the files whose findings an update may have changed (all of them
// after a card edit), only when they really changed, with the document version they were
// computed for; clears files whose findings went away. Open documents go first; the rest of
// the corpus follows in slices, so that an edit's own diagnostics, and requests, never wait for
// a thousand other files.

import type { Connection } from 'vscode-languageserver';
import type { OpenDocuments } from './documents.ts';
import type { ServerState } from './state.ts';
import { URI } from './uri.ts';
import { toDiagnostic } from './convert.ts';

/** Files published between two chances to answer requests. */
const SLICE = 50;

export class DiagnosticsPublisher {
  private readonly lastSent = new Map<string, string>();
  /** Files to publish that are not open in the editor, waiting for their slice. */
  private readonly backlog = new Set<string>();
  private draining = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly state: ServerState,
    private readonly documents: OpenDocuments,
    // Coalesces the notifications that arrive together; anything longer is felt as lag.
    private readonly delayMs = 0,
  ) {}

  /** Publishes soon; edits in quick succession are coalesced into one pass. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.publishNow();
    }, this.delayMs);
  }

  /** Publishes the open documents at once and queues the rest of what changed. */
  publishNow(): void {
    const changed = this.state.ws.takeChangedPaths();
    const paths = new Set(this.state.ws.reportedPaths());
    const toCheck = changed === 'all' ? paths : new Set([...changed].filter((p) => paths.has(p)));
    for (const path of toCheck) {
      if (this.documents.get(URI.fromPath(path))) this.publish(path);
      else this.backlog.add(path);
    }
    // Files that are gone or no longer reported: clear what was shown for them.
    const gone = changed === 'all' ? [...this.lastSent.keys()] : [...changed].map((p) => URI.fromPath(p));
    for (const uri of gone) {
      const path = URI.toPath(uri);
      if (!this.lastSent.has(uri) || (path && paths.has(path))) continue;
      if (path) this.backlog.delete(path);
      this.lastSent.delete(uri);
      this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    this.drain();
  }

  private drain(): void {
    if (this.draining || this.backlog.size === 0) return;
    this.draining = true;
    const step = () => {
      let n = 0;
      for (const path of this.backlog) {
        this.backlog.delete(path);
        this.publish(path);
        if (++n >= SLICE) break;
      }
      if (this.backlog.size > 0) setImmediate(step);
      else this.draining = false;
    };
    setImmediate(step);
  }

  private publish(path: string): void {
    const uri = URI.fromPath(path);
    const findings = this.state.ws.findings(path);
    // The file may have stopped being reported while it waited in the backlog.
    if (!this.state.ws.hasArticle(path) && !this.state.ws.isCard(path) && findings.length === 0) {
      if (this.lastSent.has(uri)) {
        this.lastSent.delete(uri);
        this.connection.sendDiagnostics({ uri, diagnostics: [] });
      }
      return;
    }
    const diagnostics = findings.map((f) => toDiagnostic(f, (p) => this.state.linesOf(p)));
    const key = JSON.stringify(diagnostics);
    if (this.lastSent.get(uri) === key) return;
    this.lastSent.set(uri, key);
    this.connection.sendDiagnostics({ uri, version: this.documents.get(uri)?.version, diagnostics });
  }
}
