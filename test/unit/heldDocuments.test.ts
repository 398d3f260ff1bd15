// The extension keeps a document longer than files.maxSizeKB off the wire (client/src/heldDocuments.ts):
// the language client's middleware sends what the server is to hear. Here with a fake client
// recording every notification, the library's own (`next`) and the raw ones alike.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HeldDocuments, type HeldDocument } from '../../client/src/heldDocuments.ts';
import { HELD_DOCUMENT_NOTIFICATION } from '../../server/src/lsp/protocol.ts';

class Doc implements HeldDocument {
  version = 1;
  constructor(readonly uri: string, public text: string) {}
  readonly languageId = 'plaintext';
  getText() {
    return this.text;
  }
}

function setup(limit: number) {
  const sent: Array<[string, any]> = [];
  const held = new HeldDocuments<Doc>({
    lengthOf: (d) => d.text.length,
    limitOf: () => limit,
    notify: async (method, params) => {
      sent.push([method, params]);
    },
  });
  const next = (method: string) => async (x: any) => {
    sent.push([method, x]);
  };
  return { sent, held, next, limit: (n: number) => (limit = n) };
}

test('a document over the limit is held, never sent; under it, it goes through the library', async () => {
  const { sent, held, next } = setup(10);
  const small = new Doc('file:///a.txt', 'short');
  const big = new Doc('file:///b%20c.txt', 'x'.repeat(11));
  await held.didOpen(small, next('library didOpen'));
  await held.didOpen(big, next('library didOpen'));
  assert.deepEqual(sent, [
    ['library didOpen', small],
    [HELD_DOCUMENT_NOTIFICATION, { uri: 'file:///b%20c.txt', held: true, length: 11 }],
  ]);
  assert.ok(held.isHeld('file:///b%20c.txt') && !held.isHeld('file:///a.txt'));
  sent.length = 0;
  big.text += 'y';
  big.version = 2;
  await held.didChange({ document: big, contentChanges: [] }, next('library didChange'));
  assert.deepEqual(sent, [[HELD_DOCUMENT_NOTIFICATION, { uri: 'file:///b%20c.txt', held: true, length: 12 }]], 'its changes are not sent');
  sent.length = 0;
  await held.didClose(big, next('library didClose'));
  assert.deepEqual(sent, [[HELD_DOCUMENT_NOTIFICATION, { uri: 'file:///b%20c.txt', held: false }]]);
  assert.ok(!held.isHeld('file:///b%20c.txt'));
});

test('shrunk under the limit, a held document is opened on the server with its text; grown over it, closed there and held', async () => {
  const { sent, held, next } = setup(10);
  const doc = new Doc('file:///a.txt', 'x'.repeat(20));
  await held.didOpen(doc, next('library didOpen'));
  sent.length = 0;
  doc.text = 'cut';
  doc.version = 2;
  const event = { document: doc, contentChanges: [] };
  await held.didChange(event, next('library didChange'));
  assert.deepEqual(sent, [
    [HELD_DOCUMENT_NOTIFICATION, { uri: 'file:///a.txt', held: false }],
    ['textDocument/didOpen', { textDocument: { uri: 'file:///a.txt', languageId: 'plaintext', version: 2, text: 'cut' } }],
  ]);
  sent.length = 0;
  doc.text = 'cut!';
  await held.didChange(event, next('library didChange'));
  assert.deepEqual(sent, [['library didChange', event]], 'then its changes go through the library');
  sent.length = 0;
  doc.text = 'a paste of many megabytes';
  await held.didChange(event, next('library didChange'));
  assert.deepEqual(sent, [
    ['textDocument/didClose', { textDocument: { uri: 'file:///a.txt' } }],
    [HELD_DOCUMENT_NOTIFICATION, { uri: 'file:///a.txt', held: true, length: 25 }],
  ]);
});

test('a raised limit opens the held documents now under it', async () => {
  const s = setup(10);
  const doc = new Doc('file:///a.txt', 'x'.repeat(20));
  await s.held.didOpen(doc, s.next('library didOpen'));
  s.sent.length = 0;
  await s.held.limitChanged();
  assert.equal(s.sent.length, 0, 'still over');
  s.limit(100);
  await s.held.limitChanged();
  assert.deepEqual(s.sent.map(([m]) => m), [HELD_DOCUMENT_NOTIFICATION, 'textDocument/didOpen']);
  assert.ok(!s.held.isHeld('file:///a.txt'));
});
