// Publishes diagnostics for every file with findings, only when they changed, with the
// document version they were computed for, and clears files whose findings went away.

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
    private readonly delayMs = 80,
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
    const paths = new Set(this.state.ws.reportedPaths());
    for (const path of paths) {
      const uri = URI.fromPath(path);
      const diagnostics = this.state.ws.findings(path).map((f) => toDiagnostic(f, (p) => this.state.linesOf(p)));
      const key = JSON.stringify(diagnostics);
      if (this.lastSent.get(uri) === key) continue;
      this.lastSent.set(uri, key);
      this.connection.sendDiagnostics({ uri, version: this.documents.get(uri)?.version, diagnostics });
    }
    for (const uri of [...this.lastSent.keys()]) {
      const path = URI.toPath(uri);
      if (path && paths.has(path)) continue;
      this.lastSent.delete(uri);
      this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }
}
