// files.maxSizeKB holds for a document open in the editor as for a file on disk: a 6 MB paste
// once made every next answer take minutes. Over the limit it is reported, not analyzed; back
// under it, it is analyzed again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

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
    assert.equal(hover, null, 'no analysis');

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
