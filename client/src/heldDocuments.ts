// Documents kept off the wire: one longer (in UTF-16 units) than dateline.files.maxSizeKB allows
// in bytes is over the limit whatever its encoding, and the server would not analyze it; sent, it
// would cost the server seconds to receive and parse (Node's IPC parses each message on the
// thread that answers) and its size in memory. Instead the server is told it is held
// (HELD_DOCUMENT_NOTIFICATION) and reports it; when it shrinks under the limit (or the limit is
// raised), it is opened on the server with its text as any other; when it grows over it, closed
// there and held. No `vscode` import, so that it is unit-tested (test/unit/heldDocuments.test.ts);
// extension.ts wires it into the language client's middleware.

import { HELD_DOCUMENT_NOTIFICATION, type HeldDocumentParams } from '../../server/src/lsp/protocol.ts';

export interface HeldDocument {
  readonly uri: { toString(): string };
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export interface HeldHost<D extends HeldDocument> {
  /** The document's length in UTF-16 units, counted without joining its text. */
  lengthOf(doc: D): number;
  /** files.maxSizeKB for the document, in bytes. */
  limitOf(doc: D): number;
  notify(method: string, params: unknown): Promise<void>;
}

export class HeldDocuments<D extends HeldDocument> {
  /** Held documents by URI. */
  private readonly held = new Map<string, D>();

  constructor(private readonly host: HeldHost<D>) {}

  isHeld(uri: string): boolean {
    return this.held.has(uri);
  }

  private over(doc: D): number | undefined {
    const length = this.host.lengthOf(doc);
    return length > this.host.limitOf(doc) ? length : undefined;
  }

  private hold(doc: D, length: number): Promise<void> {
    this.held.set(doc.uri.toString(), doc);
    return this.host.notify(HELD_DOCUMENT_NOTIFICATION, { uri: doc.uri.toString(), held: true, length } satisfies HeldDocumentParams);
  }

  private async release(doc: D): Promise<void> {
    const uri = doc.uri.toString();
    this.held.delete(uri);
    await this.host.notify(HELD_DOCUMENT_NOTIFICATION, { uri, held: false } satisfies HeldDocumentParams);
    await this.host.notify('textDocument/didOpen', { textDocument: { uri, languageId: doc.languageId, version: doc.version, text: doc.getText() } });
  }

  /** Middleware of didOpen: sent unless over the limit. */
  didOpen(doc: D, next: (doc: D) => Promise<void>): Promise<void> {
    const length = this.over(doc);
    return length === undefined ? next(doc) : this.hold(doc, length);
  }

  /** Middleware of didChange: a held document under the limit again is opened; one over it is closed and held. */
  async didChange<E extends { document: D }>(event: E, next: (event: E) => Promise<void>): Promise<void> {
    const doc = event.document;
    const uri = doc.uri.toString();
    const length = this.over(doc);
    if (this.held.has(uri)) {
      // Its text now is what the didOpen carries: the change is in it.
      if (length === undefined) return this.release(doc);
      return this.hold(doc, length);
    }
    if (length === undefined) return next(event);
    await this.host.notify('textDocument/didClose', { textDocument: { uri } });
    return this.hold(doc, length);
  }

  /** Middleware of didClose. */
  didClose(doc: D, next: (doc: D) => Promise<void>): Promise<void> {
    const uri = doc.uri.toString();
    if (!this.held.delete(uri)) return next(doc);
    return this.host.notify(HELD_DOCUMENT_NOTIFICATION, { uri, held: false } satisfies HeldDocumentParams);
  }

  /** The limit may have changed: held documents now under it are opened on the server. */
  async limitChanged(): Promise<void> {
    for (const doc of [...this.held.values()]) if (this.over(doc) === undefined) await this.release(doc);
  }
}
