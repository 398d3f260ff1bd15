// "Draft an event card" over the protocol: on the seed articles without their cards, the November 10
// date noted as a possible conflict offers a quick fix that creates an event card in the cards
// folder (never over a file), with the date most sources give; the card reads back without problems.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

const repoCorpus = path.join(import.meta.dirname, '../../corpus');
const ARTICLE = 'azerbaijan-warns-against-deployment-to-karabakh.txt';

test('a possible date conflict offers "Draft an event card", which creates a valid event card under entities/events', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-draft-event-'));
  cpSync(repoCorpus, path.join(root, 'corpus'), { recursive: true });
  rmSync(path.join(root, 'corpus', 'entities'), { recursive: true, force: true });
  const file = path.join(root, 'corpus', ARTICLE);
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const client = TestClient.start();
  try {
    await client.initialize(root);
    // The drafts read the tagger's names: ask once its pass has ended, so that both code actions
    // below see the same names whenever the tagger arrives.
    assert.ok(await client.waitForLog(/names without cards recognized|tagger model not found|tagger failed/, 120000), 'the tagger pass ends');
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    const notes = () => (client.diagnostics.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'possible-date-conflict');
    await client.waitFor(() => notes().length > 0, 30000);
    const [note] = notes();
    const actions: Array<{ title: string; edit: { documentChanges: any[] }; command?: { command: string } }> = await client.request('textDocument/codeAction', {
      textDocument: { uri }, range: note!.range, context: { diagnostics: [note] },
    });
    const drafts = actions.filter((a) => a.title.startsWith('Draft an event card'));
    assert.equal(drafts.length, 1, actions.map((a) => a.title).join(', '));
    const [create, insert] = drafts[0]!.edit.documentChanges;
    assert.equal(create.kind, 'create');
    assert.equal(create.options.overwrite, false);
    assert.match(create.uri, /\/corpus\/entities\/events\/agreement-2020-11-09-[^/]+\.md$/);
    const card: string = insert.edits[0].newText;
    assert.match(card, /^---\ntype: event\n/);
    assert.match(card, /\ndate: 2020-11-09\n/);
    // The editor applies it; the server reads the card and finds nothing wrong with it.
    const cardPath = new URL(create.uri).pathname;
    mkdirSync(path.dirname(cardPath), { recursive: true });
    writeFileSync(cardPath, card);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: create.uri, type: 1 }] });
    await client.notify('textDocument/didOpen', { textDocument: { uri: create.uri, languageId: 'markdown', version: 1, text: card } });
    await client.waitFor(() => client.diagnostics.has(create.uri), 20000);
    assert.deepEqual(client.diagnostics.get(create.uri)!.diagnostics.filter((d) => d.severity <= 2), []);
    // Once it exists, no fix offers to create it again.
    const again: Array<{ title: string }> = await client.request('textDocument/codeAction', { textDocument: { uri }, range: note!.range, context: { diagnostics: [] } });
    assert.ok(!again.some((a) => a.title === drafts[0]!.title), 'never over a file that exists');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
