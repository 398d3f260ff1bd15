// Publishes diagnostics for the files whose findings an update may have changed (all of them
// after a card edit), only when they really changed, with the document version they were
// computed for; clears files whose findings went away.

import type { Connection } from 'vscode-languageserver';
import type { OpenDocuments } from './documents.ts';
import type { ServerState } from './state.ts';
import { URI } from './uri.ts';
import { toDiagnostic } from './convert.ts';

export class DiagnosticsPublisher {
  private readonly lastSent = new Map<string, string>();
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

  publishNow(): void {
    const changed = this.state.ws.takeChangedPaths();
    const paths = new Set(this.state.ws.reportedPaths());
    const toCheck = changed === 'all' ? paths : new Set([...changed].filter((p) => paths.has(p)));
    for (const path of toCheck) {
      const uri = URI.fromPath(path);
      const diagnostics = this.state.ws.findings(path).map((f) => toDiagnostic(f, (p) => this.state.linesOf(p)));
      const key = JSON.stringify(diagnostics);
      if (this.lastSent.get(uri) === key) continue;
      this.lastSent.set(uri, key);
      this.connection.sendDiagnostics({ uri, version: this.documents.get(uri)?.version, diagnostics });
    }
    // Files that are gone or no longer reported: clear what was shown for them.
    const gone = changed === 'all' ? [...this.lastSent.keys()] : [...changed].map((p) => URI.fromPath(p));
    for (const uri of gone) {
      const path = URI.toPath(uri);
      if (!this.lastSent.has(uri) || (path && paths.has(path))) continue;
      this.lastSent.delete(uri);
      this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}
