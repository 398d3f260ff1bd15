// "Not a name": the quick fix puts the form on the ignore list beside the cards (creating the
// list), and once the editor has applied it the form is no name, at once and after a restart.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

const repoCorpus = path.join(import.meta.dirname, '../../corpus');
const TEXT = 'YEREVAN — Lilit Makunts, the ambassador, met John Smithfield on Monday.\nMakunts later left.\n';

const hintsAbout = (client: TestClient, uri: string, name: string) =>
  (client.diagnostics.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'entity-without-card' && d.message.includes(name));

async function openArticle(client: TestClient, uri: string): Promise<void> {
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: TEXT } });
  // The tagger has run once the other name shows.
  await client.waitFor(() => hintsAbout(client, uri, 'John Smithfield').length > 0, 20000);
}

test('Not a name records the form in entities/ignore.txt; the form is no name at once and after a restart', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-notaname-'));
  cpSync(repoCorpus, path.join(root, 'corpus'), { recursive: true });
  const listPath = path.join(root, 'corpus', 'entities', 'ignore.txt');
  assert.ok(!existsSync(listPath));
  const uri = pathToFileURL(path.join(root, 'corpus', 'new-article.txt')).href;
  let client = TestClient.start();
  try {
    await client.initialize(root);
    await openArticle(client, uri);
    const hints = hintsAbout(client, uri, 'Lilit Makunts');
    assert.ok(hints.length >= 1);
    const actions: Array<{ title: string; edit: { documentChanges: any[] } }> = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 12 }, end: { line: 0, character: 12 } }, context: { diagnostics: hints },
    });
    const notAName = actions.find((a) => a.title.startsWith('Not a name: "Lilit Makunts"'));
    assert.ok(notAName, actions.map((a) => a.title).join(', '));
    const [create, insert] = notAName!.edit.documentChanges;
    assert.equal(create.kind, 'create');
    assert.equal(create.uri, pathToFileURL(listPath).href);
    assert.equal(insert.textDocument.uri, create.uri);
    // The editor applies the edit (writes the file) and reports it.
    writeFileSync(listPath, insert.edits[0].newText);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: create.uri, type: 1 }] });
    await client.waitFor(() => hintsAbout(client, uri, 'Lilit Makunts').length === 0 && hintsAbout(client, uri, 'John Smithfield').length > 0, 20000);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
    assert.equal(hover, null, 'no name there any more');
    // A second form goes on the existing list, after what is there.
    const more: Array<{ title: string; edit: { documentChanges: any[] } }> = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 48 }, end: { line: 0, character: 48 } }, context: { diagnostics: [] },
    });
    const second = more.find((a) => a.title.startsWith('Not a name: "John Smithfield"'));
    assert.equal(second?.edit.documentChanges.length, 1, 'no create: the list exists');
    assert.deepEqual(second!.edit.documentChanges[0].edits[0].range.start, { line: 2, character: 0 });
    assert.equal(await client.shutdown(), 0);

    client = TestClient.start();
    await client.initialize(root);
    await openArticle(client, uri);
    assert.deepEqual(hintsAbout(client, uri, 'Makunts'), [], 'read back after a restart');
    assert.match(readFileSync(listPath, 'utf8'), /^Lilit Makunts$/m);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
