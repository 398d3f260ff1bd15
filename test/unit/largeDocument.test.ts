// An open document of many megabytes is kept in chunks (lsp/largeDocument.ts): after any edits,
// its text, positions and offsets are those of vscode-languageserver-textdocument's TextDocument
// made from the same text. Chunks of a few units make every edit cross chunks and line breaks
// (\r\n split between two chunks included).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LargeDocument } from '../../server/src/lsp/largeDocument.ts';

const piece = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '😀'), { maxLength: 12 }).map((a) => a.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 14 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ text: piece }) },
);

function same(doc: LargeDocument, text: string): void {
  const ref = TextDocument.create('file:///a.txt', 'plaintext', 1, text);
  assert.equal(doc.getText(), text);
  assert.equal(doc.length, text.length);
  assert.equal(doc.lineCount, ref.lineCount);
  assert.equal(doc.utf8Bytes(), Buffer.byteLength(text, 'utf8'));
  for (let offset = -1; offset <= text.length + 1; offset++) assert.deepEqual(doc.positionAt(offset), ref.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= ref.lineCount; line++)
    for (let character = -1; character <= 6; character++) assert.equal(doc.offsetAt({ line, character }), ref.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
}

test('a chunked document edited at random reads as the TextDocument of its text', () => {
  fc.assert(
    fc.property(piece, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (initial, edits, chunkSize, countFirst) => {
      const doc = LargeDocument.create('file:///a.txt', 'plaintext', 1, initial, chunkSize);
      if (countFirst) while (!doc.countSome(0));
      let text = initial;
      let version = 1;
      for (const changes of edits) {
        // The reference applies each change to a document made afresh from the text so far.
        for (const c of changes) text = TextDocument.update(TextDocument.create('file:///a.txt', 'plaintext', version, text), [c], version + 1).getText();
        doc.update(changes, ++version);
        assert.equal(doc.version, version);
        same(doc, text);
      }
      same(doc, text);
    }),
    { numRuns: 400 },
  );
});

test('an edit copies one chunk: a keystroke in 50 MB leaves the other chunks as they were', () => {
  const line = 'Nikol Pashinyan met Ilham Aliyev in Moscow on November 9, 2020.\n';
  const text = line.repeat(Math.ceil(50_000_000 / line.length));
  const doc = LargeDocument.create('file:///huge.txt', 'plaintext', 1, text);
  const last = doc.lineCount - 1;
  doc.update([{ range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: 'x' }], 2);
  doc.update([{ range: { start: { line: 3, character: 6 }, end: { line: 3, character: 15 } }, text: 'Aliyev' }], 3);
  assert.equal(doc.length, text.length + 1 - 3);
  assert.equal(doc.offsetAt({ line: last, character: 1 }), text.length - 3 + 1);
  assert.deepEqual(doc.positionAt(3 * line.length + 6), { line: 3, character: 6 });
  assert.equal(doc.getText().slice(3 * line.length, 4 * line.length - 3), line.replace('Pashinyan', 'Aliyev'));
  assert.ok(doc.getText().endsWith('x'));
});
