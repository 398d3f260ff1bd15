// The documents open in the editor. Like vscode-languageserver's TextDocuments, but every
// notification is checked first: a malformed change is refused whole, with one line in the log,
// instead of being half applied.

import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isObject, isPosition } from './shapes.ts';
import { URI } from './uri.ts';


function validChange(c: unknown): c is TextDocumentContentChangeEvent {
  if (!isObject(c) || typeof c['text'] !== 'string') return false;
  if (c['range'] === undefined) return true;
  return isObject(c['range']) && isPosition(c['range']['start']) && isPosition(c['range']['end']);
}

export interface DocumentEvents {
  onOpen(doc: TextDocument): void;
  onChange(doc: TextDocument): void;
  onClose(doc: TextDocument): void;
}

export class OpenDocuments {
  private readonly docs = new Map<string, TextDocument>();

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  uris(): string[] {
    return [...this.docs.keys()];
  }

  listen(connection: Connection, events: DocumentEvents): void {
    const warn = (what: string) => connection.console.warn(`ignored ${what}`);
    connection.onDidOpenTextDocument((p: unknown) => {
      const td = isObject(p) ? p['textDocument'] : undefined;
      if (!isObject(td) || typeof td['uri'] !== 'string' || typeof td['text'] !== 'string') return warn('a malformed didOpen');
      const doc = TextDocument.create(td['uri'], String(td['languageId'] ?? 'plaintext'), Number(td['version']) || 0, td['text']);
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
      const updated = TextDocument.update(doc, changes, version);
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
