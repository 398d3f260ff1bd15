// The documents open in the editor. Like vscode-languageserver's TextDocuments, but every
// notification is checked first: a malformed change is refused whole, with one line in the log,
// instead of being half applied.

import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isObject, isPosition } from './shapes.ts';
import { URI } from './uri.ts';
import { LARGE_DOCUMENT, LargeDocument } from './largeDocument.ts';

/** An open document: a text of many megabytes is kept in chunks (largeDocument.ts). */
export type EditorDocument = TextDocument | LargeDocument;

/** A document's length in UTF-16 units, without flattening it. */
export const textLength = (doc: EditorDocument): number => (doc instanceof LargeDocument ? doc.length : doc.getText().length);

/** A document's size in UTF-8 bytes. */
export const utf8Bytes = (doc: EditorDocument): number => (doc instanceof LargeDocument ? doc.utf8Bytes() : Buffer.byteLength(doc.getText(), 'utf8'));


function validChange(c: unknown): c is TextDocumentContentChangeEvent {
  if (!isObject(c) || typeof c['text'] !== 'string') return false;
  if (c['range'] === undefined) return true;
  return isObject(c['range']) && isPosition(c['range']['start']) && isPosition(c['range']['end']);
}

export interface DocumentEvents {
  onOpen(doc: EditorDocument): void;
  onChange(doc: EditorDocument): void;
  onClose(doc: EditorDocument): void;
}

/** Line starts of a large document are counted in idle slices of this long after it opens. */
const COUNT_SLICE_MS = 4;

export class OpenDocuments {
  private readonly docs = new Map<string, EditorDocument>();

  get(uri: string): EditorDocument | undefined {
    return this.docs.get(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }

  private create(uri: string, languageId: string, version: number, text: string): EditorDocument {
    if (text.length < LARGE_DOCUMENT) return TextDocument.create(uri, languageId, version, text);
    const doc = LargeDocument.create(uri, languageId, version, text);
    // Its line starts are counted when nothing else waits, so that the first edit does not count them all.
    const count = () => {
      if (this.docs.get(uri) === doc && !doc.countSome(COUNT_SLICE_MS)) setImmediate(count);
    };
    setImmediate(count);
    return doc;
  }

  listen(connection: Connection, events: DocumentEvents): void {
    const warn = (what: string) => connection.console.warn(`ignored ${what}`);
    connection.onDidOpenTextDocument((p: unknown) => {
      const td = isObject(p) ? p['textDocument'] : undefined;
      if (!isObject(td) || typeof td['uri'] !== 'string' || typeof td['text'] !== 'string') return warn('a malformed didOpen');
      const doc = this.create(td['uri'], String(td['languageId'] ?? 'plaintext'), Number(td['version']) || 0, td['text']);
      this.docs.set(doc.uri, doc);
      URI.remember(doc.uri);
      events.onOpen(doc);
    });
    connection.onDidChangeTextDocument((p: unknown) => {
      const td = isObject(p) ? p['textDocument'] : undefined;
      const changes = isObject(p) ? p['contentChanges'] : undefined;
      if (!isObject(td) || typeof td['uri'] !== 'string') return warn('a didChange without a document');
      const doc = this.docs.get(td['uri']);
      if (!doc) return warn(`a didChange for ${td['uri']}, which is not open`);
      if (!Array.isArray(changes) || !changes.every(validChange)) return warn(`a malformed didChange for ${td['uri']}`);
      const version = Number.isInteger(td['version']) ? (td['version'] as number) : doc.version + 1;
      let updated: EditorDocument;
      if (doc instanceof LargeDocument) {
        doc.update(changes, version);
        updated = doc;
      } else {
        updated = TextDocument.update(doc, changes, version);
        // Grown past many megabytes (a paste): kept in chunks from now on.
        if (updated.getText().length >= LARGE_DOCUMENT) updated = this.create(updated.uri, updated.languageId, version, updated.getText());
      }
      this.docs.set(updated.uri, updated);
      events.onChange(updated);
    });
    connection.onDidCloseTextDocument((p: unknown) => {
      const td = isObject(p) ? p['textDocument'] : undefined;
      const doc = isObject(td) && typeof td['uri'] === 'string' ? this.docs.get(td['uri']) : undefined;
      if (!doc) return;
      this.docs.delete(doc.uri);
      events.onClose(doc);
      URI.forget(doc.uri);
    });
  }
}
