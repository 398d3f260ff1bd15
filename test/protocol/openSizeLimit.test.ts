// files.maxSizeKB holds for a document open in the editor as for a file on disk: a 6 MB paste
// once made every next answer take minutes. Over the limit it is reported, not analyzed, and
// hovers say why; back under it, it is analyzed again. The extension keeps a document longer
// than the limit off the wire and says so (dateline/heldDocument): the server reports it the same
// way, to the URI as the editor spells it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';
import { HELD_DOCUMENT_NOTIFICATION } from '../../server/src/lsp/protocol.ts';

test('an open document over files.maxSizeKB is reported and not analyzed; under it again, analyzed', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-opensize-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  const client = TestClient.start();
  client.settings = { files: { maxSizeKB: 64 } };
  try {
    await client.initialize(root);
    const warned = pathToFileURL(path.join(root, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt')).href;
    await client.waitFor(() => client.diagnostics.get(warned)?.diagnostics.some((d) => d.code === 'date-conflict') === true, 30000);
    const uri = pathToFileURL(path.join(root, 'corpus/pasted.txt')).href;
    const line = 'Nikol Pashinyan met Ilham Aliyev in Moscow on November 9, 2020, and talks went on.\n';
    const big = line.repeat(2000); // 166 KB
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: big } });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.some((d) => d.code === 'file-too-large') === true, 10000);
    assert.match(client.diagnostics.get(uri)!.diagnostics[0]!.message, /over the limit of 64.0 KB; not analyzed/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match(hover.contents.value, /not analyzed.*over the limit of 64\.0 KB/, 'the hover says why');
    assert.doesNotMatch(hover.contents.value, /Nikol Pashinyan/, 'no analysis');

    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: line }] });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.every((d) => d.code !== 'file-too-large') === true, 10000);
    const again = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match(again.contents.value, /Nikol Pashinyan/);
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a didOpen of many megabytes is parsed off the thread that answers: the changes after it keep their order, requests meanwhile are answered', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-openlarge-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  const client = TestClient.start();
  try {
    await client.initialize(root);
    const other = pathToFileURL(path.join(root, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt')).href;
    await client.waitFor(() => client.diagnostics.get(other)?.diagnostics.some((d) => d.code === 'date-conflict') === true, 30000);
    const uri = pathToFileURL(path.join(root, 'corpus/pasted.txt')).href;
    const line = 'Nikol Pashinyan met Ilham Aliyev in Moscow on November 9, 2020, and talks went on.\n';
    const huge = line.repeat(80000); // 6.6 MB: over the default limit, and a message parsed on the worker
    void client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: huge } });
    // Sent after it, these notifications must be applied after it: the document ends small, and analyzed.
    void client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 80000, character: 0 } }, text: line }] });
    const hover = await client.request('textDocument/hover', { textDocument: { uri: other }, position: { line: 0, character: 0 } });
    assert.ok(hover === null || typeof hover === 'object', 'another document is answered');
    await client.waitFor(() => client.diagnostics.get(uri)?.version === 2, 30000);
    assert.ok(client.diagnostics.get(uri)!.diagnostics.every((d) => d.code !== 'file-too-large'), 'the edit came after the open');
    const again = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match(again.contents.value, /Nikol Pashinyan/);
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a document the editor holds (over the limit, its text not sent) is reported at the top under its URI, hovers say why; released, the file on disk is analyzed', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-held-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  const client = TestClient.start();
  client.settings = { files: { maxSizeKB: 64 } };
  try {
    await client.initialize(root);
    const file = path.join(root, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt');
    const plain = pathToFileURL(file).href;
    await client.waitFor(() => client.diagnostics.get(plain)?.diagnostics.some((d) => d.code === 'date-conflict') === true, 30000);
    // The editor's spelling of the URI (as VS Code writes a colon of a Windows drive, or a space).
    const uri = plain.replace('azerbaijan-warns', 'azerbaijan%2Dwarns');
    assert.notEqual(uri, plain);
    await client.notify(HELD_DOCUMENT_NOTIFICATION, { uri, held: true, length: 70000000 });
    await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.some((d) => d.code === 'file-too-large') === true, 10000);
    const diagnostics = client.diagnostics.get(uri)!.diagnostics;
    assert.equal(diagnostics.length, 1, 'nothing but the limit');
    assert.deepEqual(diagnostics[0]!.range.start, { line: 0, character: 0 });
    assert.match(diagnostics[0]!.message, /the open document is at least 66\.8 MB, over the limit of 64\.0 KB; not analyzed/);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
    assert.match(hover.contents.value, /not analyzed.*over the limit/);

    await client.notify(HELD_DOCUMENT_NOTIFICATION, { uri, held: false });
    // Released, the file on disk is read again and analyzed (its diagnostics may be those the
    // editor already has under the other spelling, so not sent again): its hovers say so.
    let again: any;
    for (const until = Date.now() + 20000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
      again = await client.request('textDocument/hover', { textDocument: { uri: plain }, position: { line: 0, character: 2 } });
      if (again && !/not analyzed/.test(again.contents.value)) break;
    }
    assert.doesNotMatch(again?.contents.value ?? 'no hover', /not analyzed|no hover/);
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});
