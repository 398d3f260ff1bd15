// A folder of articles under any name works in one step: the server proposes a `.dateline.yaml`
// for the text files it finds, reads it once written, takes relative globs from the settings at
// once, reads each workspace folder with its own settings (folders added later too), and
// analyzes untitled plain-text buffers as articles.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type FolderStatusSeen } from './lspClient.ts';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';

const repoCorpus = path.join(import.meta.dirname, '../../corpus');
const ARTICLE = 'moscow-times-2020-11-21.txt';

/** A folder with the repository's articles (no cards) under `sub/`. */
function folderOfArticles(sub: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-start-'));
  mkdirSync(path.join(dir, sub), { recursive: true });
  for (const name of readdirSync(repoCorpus).filter((n) => n.endsWith('.txt'))) cpSync(path.join(repoCorpus, name), path.join(dir, sub, name));
  return dir;
}

const uriOf = (p: string) => pathToFileURL(p).href;
const lastStatus = (client: TestClient): FolderStatusSeen[] => client.statuses[client.statuses.length - 1] ?? [];
const statusOf = (client: TestClient, dir: string) => lastStatus(client).find((s) => s.uri === uriOf(dir));

async function hoverText(client: TestClient, file: string, word: string): Promise<string | undefined> {
  const text = (await import('node:fs')).readFileSync(file, 'utf8');
  const offset = text.indexOf(word);
  const before = text.slice(0, offset).split('\n');
  const hover = await client.request('textDocument/hover', { textDocument: { uri: uriOf(file) }, position: { line: before.length - 1, character: before[before.length - 1]!.length + 1 } });
  return hover?.contents?.value;
}

test('a folder named articles/: the server proposes a workspace file, and reads the articles once it is written', async () => {
  const dir = folderOfArticles('articles');
  const client = TestClient.start();
  try {
    await client.initialize(dir);
    await client.waitFor(() => statusOf(client, dir) !== undefined);
    const status = statusOf(client, dir)!;
    assert.equal(status.articles, 0);
    assert.equal(status.otherArticleFiles, 5);
    assert.deepEqual(status.proposal?.folders, ['articles']);
    assert.equal(status.proposal?.uri, uriOf(path.join(dir, '.dateline.yaml')));
    assert.equal(await hoverText(client, path.join(dir, 'articles', ARTICLE), 'Pashinyan'), undefined, 'nothing is an article yet');

    // The editor writes the proposed file (the user's one step) and reports the change.
    writeFileSync(path.join(dir, '.dateline.yaml'), status.proposal!.text);
    const seen = client.statuses.length;
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: status.proposal!.uri, type: 1 }] });
    await client.waitFor(() => client.statuses.length > seen && statusOf(client, dir)?.articles === 5);
    assert.equal(statusOf(client, dir)?.proposal, undefined);
    const file = path.join(dir, 'articles', ARTICLE);
    await client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'plaintext', version: 1, text: (await import('node:fs')).readFileSync(file, 'utf8') } });
    await client.waitFor(() => (client.diagnostics.get(uriOf(file))?.diagnostics ?? []).some((d) => d.code === 'entity-without-card'), 20000);
    assert.match((await hoverText(client, file, 'Pashinyan')) ?? '', /Pashinyan/);

    // Draft Cards for This Story: valid cards, into the cards folder the workspace file names.
    const { drafts } = await client.request('dateline/draftCards', { uri: uriOf(file) });
    assert.ok(drafts.length >= 10, `${drafts.length} drafts`);
    for (const d of drafts) {
      assert.ok(d.uri.startsWith(uriOf(path.join(dir, 'entities')) + '/'), d.uri);
      assert.deepEqual(parseCard(`/x/${d.name}.md`, d.text).problems, [], d.text);
    }
    assert.ok(drafts.some((d: { name: string; type: string }) => d.name === 'Nikol Pashinyan' && d.type === 'person'));
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a relative glob in the settings takes effect without a restart, and taking it back drops the articles', async () => {
  const dir = folderOfArticles('articles');
  const client = TestClient.start();
  try {
    await client.initialize(dir);
    await client.waitFor(() => statusOf(client, dir) !== undefined);
    assert.equal(statusOf(client, dir)!.articles, 0);
    const file = path.join(dir, 'articles', ARTICLE);
    await client.notify('textDocument/didOpen', { textDocument: { uri: uriOf(file), languageId: 'plaintext', version: 1, text: (await import('node:fs')).readFileSync(file, 'utf8') } });

    client.settings = { articles: { include: ['articles/**/*.txt'] } };
    let seen = client.statuses.length;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.statuses.length > seen);
    assert.equal(statusOf(client, dir)!.articles, 5);
    assert.match((await hoverText(client, file, 'Pashinyan')) ?? '', /Pashinyan/, 'the open document is an article now');

    client.settings = null;
    seen = client.statuses.length;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => client.statuses.length > seen);
    assert.equal(statusOf(client, dir)!.articles, 0);
    assert.equal(await hoverText(client, file, 'Pashinyan'), undefined, 'and is no article again');
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('multi-root: each folder with its own settings, and a folder added later is read', async () => {
  const a = folderOfArticles('corpus');
  const b = folderOfArticles('news');
  const c = folderOfArticles('stories');
  writeFileSync(path.join(c, '.dateline.yaml'), 'articles: stories\ncards: entities\n');
  const client = TestClient.start();
  client.settingsFor = (scope) => (scope === uriOf(b) ? { articles: { include: ['news/**/*.txt'] } } : null);
  try {
    await client.initialize([a, b]);
    await client.waitFor(() => statusOf(client, a) !== undefined && statusOf(client, b) !== undefined);
    assert.equal(statusOf(client, a)!.articles, 5, 'defaults: corpus/');
    assert.equal(statusOf(client, b)!.articles, 5, "the second folder's own setting");
    const seen = client.statuses.length;
    await client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(c), name: 'c' }], removed: [{ uri: uriOf(a), name: 'test' }] } });
    await client.waitFor(() => client.statuses.length > seen && statusOf(client, c) !== undefined);
    assert.equal(statusOf(client, c)!.articles, 5, 'its .dateline.yaml');
    assert.equal(statusOf(client, a), undefined);
    assert.equal(await hoverText(client, path.join(a, 'corpus', ARTICLE), 'Pashinyan'), undefined, 'the removed folder is gone');
    assert.match((await hoverText(client, path.join(c, 'stories', ARTICLE), 'Pashinyan')) ?? '', /Pashinyan/);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
    for (const d of [a, b, c]) rmSync(d, { recursive: true, force: true });
  }
});

test('an untitled plain-text buffer is analyzed as an article; an untitled Markdown one is not', async () => {
  const dir = folderOfArticles('corpus');
  const client = TestClient.start();
  try {
    await client.initialize(dir);
    const uri = 'untitled:Untitled-1';
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: 'YEREVAN — Lilit Makunts, the ambassador, met Nikol Pashinyan on Monday, Nov. 9, 2020.\n' } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-2', languageId: 'markdown', version: 1, text: '# Lilit Makunts met Nikol Pashinyan\n' } });
    await client.waitFor(() => (client.diagnostics.get(uri)?.diagnostics ?? []).some((d) => /Lilit Makunts/.test(d.message)), 20000);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 12 } });
    assert.match(hover.contents.value, /Lilit Makunts/);
    const md = await client.request('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-2' }, position: { line: 0, character: 4 } });
    assert.equal(md, null);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.process.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
