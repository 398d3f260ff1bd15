// "This mention is not that card's entity": the quick fix on a card's mention adds the form and
// article to the card's `not:` list; applied, the mention is no longer the card's, at once and
// after a restart, and the card's other mentions stay.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

const CARD = '---\ntype: person\nname: John F. Kennedy\naliases: [Kennedy]\n---\nThe president.\n';
const A = 'DALLAS (AP) -- John F. Kennedy arrived on Friday. Kennedy waved to the crowd.\n';
const B = 'HYANNIS PORT, Mass. (AP) -- Kennedy spoke to reporters on Monday.\n';

async function hoverText(client: TestClient, uri: string, character: number): Promise<string> {
  const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character } });
  return hover?.contents?.value ?? '';
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('"Not John F. Kennedy here" records the form in the card; the mention is no longer the card\'s, also after a restart', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-notthis-'));
  const corpus = path.join(root, 'corpus');
  mkdirSync(path.join(corpus, 'entities', 'people'), { recursive: true });
  const cardPath = path.join(corpus, 'entities', 'people', 'john-f-kennedy.md');
  writeFileSync(cardPath, CARD);
  writeFileSync(path.join(corpus, 'a.txt'), A);
  writeFileSync(path.join(corpus, 'b.txt'), B);
  const a = pathToFileURL(path.join(corpus, 'a.txt')).href;
  const b = pathToFileURL(path.join(corpus, 'b.txt')).href;
  const at = B.indexOf('Kennedy') + 2;
  let client = TestClient.start();
  try {
    await client.initialize(root);
    await client.notify('textDocument/didOpen', { textDocument: { uri: b, languageId: 'plaintext', version: 1, text: B } });
    await until(async () => (await hoverText(client, b, at)).includes('John F. Kennedy'), 20000);
    const actions: Array<{ title: string; edit: { documentChanges: any[] } }> = await client.request('textDocument/codeAction', {
      textDocument: { uri: b }, range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, context: { diagnostics: [] },
    });
    const notThis = actions.find((x) => x.title.startsWith('Not John F. Kennedy here'));
    assert.ok(notThis, actions.map((x) => x.title).join(', '));
    const [change] = notThis!.edit.documentChanges;
    assert.equal(change.textDocument.uri, pathToFileURL(cardPath).href);
    // The editor applies the edit to the card (one insertion) and reports the change.
    const { range, newText } = change.edits[0];
    const lines = CARD.split('\n');
    const offset = lines.slice(0, range.start.line).reduce((n, l) => n + l.length + 1, 0) + range.start.character;
    writeFileSync(cardPath, CARD.slice(0, offset) + newText + CARD.slice(offset));
    assert.match(readFileSync(cardPath, 'utf8'), /^not: \[Kennedy in b\.txt\]$/m);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: change.textDocument.uri, type: 2 }] });
    await until(async () => !(await hoverText(client, b, at)).includes('John F. Kennedy'), 20000);
    // the card's Kennedy in a.txt is still his
    assert.match(await hoverText(client, a, A.lastIndexOf('Kennedy') + 2), /John F\. Kennedy/);
    assert.equal(await client.shutdown(), 0);

    client = TestClient.start();
    await client.initialize(root);
    await client.notify('textDocument/didOpen', { textDocument: { uri: b, languageId: 'plaintext', version: 1, text: B } });
    await until(async () => (await hoverText(client, b, at)) !== '', 20000).catch(() => undefined);
    assert.doesNotMatch(await hoverText(client, b, at), /John F\. Kennedy/, 'read back after a restart');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
