// A file opened from outside the workspace folders is read against the corpus (its names link to
// the cards, its own checks run) but is no source of the corpus's findings, and is forgotten when
// closed: before, it joined the corpus ("(2 sources)") and stayed after didClose.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

test('an outside article: hovers against the corpus, no vote in its conflicts, forgotten on close', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-outside-'));
  const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'dateline-elsewhere-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  const warnedFile = path.join(root, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt');
  // The same November 10 article, saved somewhere else.
  const outside = path.join(elsewhere, 'copy.txt');
  const text = readFileSync(warnedFile, 'utf8');
  writeFileSync(outside, text);
  const warned = pathToFileURL(warnedFile).href;
  const outsideUri = pathToFileURL(outside).href;
  const client = TestClient.start();
  try {
    await client.initialize(root);
    const message = () => client.diagnostics.get(warned)?.diagnostics.find((d) => d.code === 'date-conflict')?.message;
    await client.waitFor(() => /\(1 source\)/.test(message() ?? ''), 30000);

    await client.notify('textDocument/didOpen', { textDocument: { uri: outsideUri, languageId: 'plaintext', version: 1, text } });
    const offset = text.indexOf('Baku');
    assert.ok(offset > 0);
    const before = text.slice(0, offset + 1).split('\n');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: outsideUri }, position: { line: before.length - 1, character: before[before.length - 1]!.length } });
    assert.match(hover.contents.value, /\*\*Baku\*\* · place/, 'names link to the cards');
    await new Promise((r) => setTimeout(r, 1500));
    assert.match(message() ?? '', /\(1 source\)/, 'the outside copy does not vote');

    await client.notify('textDocument/didClose', { textDocument: { uri: outsideUri } });
    await client.waitFor(() => (client.diagnostics.get(outsideUri)?.diagnostics.length ?? 0) === 0, 10000);
    const after = await client.request('textDocument/references', { textDocument: { uri: warned }, position: { line: 0, character: 0 }, context: { includeDeclaration: true } });
    assert.ok(!JSON.stringify(after ?? []).includes(outsideUri), 'forgotten after close');
    const timeline = await client.request('dateline/timeline', {});
    assert.ok(!JSON.stringify(timeline).includes(outsideUri));
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
