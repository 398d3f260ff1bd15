// Articles the editor has open but keeps off the wire, over files.maxSizeKB (the extension's
// client/src/heldDocuments.ts sends HELD_DOCUMENT_NOTIFICATION instead of their text). Each is
// reported over the limit, with the length the editor gave, and never read from disk meanwhile:
// the editor's buffer is the truth, and the file on disk again once it is released.

import type { Connection } from 'vscode-languageserver';
import { isObject } from './shapes.ts';
import { URI } from './uri.ts';
import { HELD_DOCUMENT_NOTIFICATION } from './protocol.ts';
import type { OpenDocuments } from './documents.ts';
import type { ServerState } from './state.ts';
import type { Finding } from '../core/checks/finding.ts';

export interface HeldDocumentsHost {
  state: ServerState;
  documents: OpenDocuments;
  /** The finding of an open article over the limit (as the server reports one sent in full). */
  tooLarge: (path: string, over: { bytes: number; atLeast: boolean }) => Finding;
  /** Diagnostics to be published soon; `opened` marks the path as open in the editor. */
  schedule: () => void;
  opened: (path: string) => void;
  /** A released article is read from disk again (queued with the other file events). */
  reloadFromDisk: (path: string) => void;
  /** Wraps a handler so that its failure is logged, not thrown. */
  guard: <P, R>(name: string, fallback: R, fn: (params: P) => R) => (params: P) => R;
  /** Settles when the server has its first index (a problem set before it would be lost). */
  firstIndex: Promise<unknown>;
}

export class HeldDocuments {
  /** By path: the URI as the editor spells it, and the document's length. */
  private readonly held = new Map<string, { uri: string; length: number }>();

  constructor(private readonly host: HeldDocumentsHost) {}

  has(path: string): boolean {
    return this.held.has(path);
  }

  paths(): string[] {
    return [...this.held.keys()];
  }

  /** Reports a held article over the limit (unless the editor has since sent it, or it is no article). */
  report(path: string): void {
    const h = this.held.get(path);
    const { state, documents } = this.host;
    if (!h || documents.get(h.uri) || state.kindOf(path) !== 'article') return;
    state.ws.setFileProblem(path, this.host.tooLarge(path, { bytes: h.length, atLeast: true }));
    this.host.schedule();
  }

  /** Takes the editor's HELD_DOCUMENT_NOTIFICATION, and reports what it holds once the first index is there. */
  listen(connection: Connection): void {
    const { guard } = this.host;
    connection.onNotification(
      HELD_DOCUMENT_NOTIFICATION,
      guard('heldDocument', undefined, (p: unknown) => {
        const uri = isObject(p) && typeof p['uri'] === 'string' ? p['uri'] : undefined;
        const path = uri ? URI.toPath(uri) : undefined;
        if (!uri || !path || !isObject(p) || typeof p['held'] !== 'boolean') return connection.console.warn('ignored a malformed dateline/heldDocument');
        if (p['held']) {
          this.held.set(path, { uri, length: Math.max(0, Number(p['length']) || 0) });
          URI.remember(uri);
          this.report(path);
          this.host.opened(path);
        } else if (this.held.delete(path)) {
          // Closed, or under the limit again (its didOpen follows): the file on disk until then.
          if (!this.host.documents.get(uri)) URI.forget(uri);
          this.host.reloadFromDisk(path);
        }
      }),
    );
    void this.host.firstIndex.then(() => {
      for (const path of this.held.keys()) guard('heldDocument', undefined, (p: string) => this.report(p))(path);
    });
  }
}
