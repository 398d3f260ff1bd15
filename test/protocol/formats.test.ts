// Markdown and HTML articles in the server: found in the folder, opened and edited in the editor,
// answered at the file's own positions (a hover on a name after an entity, a warning on a date
// inside markup).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

function positionOf(text: string, word: string) {
  const index = text.indexOf(word);
  assert.ok(index >= 0, `"${word}" not found`);
  const lines = text.slice(0, index + 1).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}

test('an HTML and a Markdown article: hovers and date warnings at positions in the file as written', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-formats-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  // The article that dates the trilateral statement November 10, as a saved web page instead of text.
  const txt = path.join(root, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt');
  const paras = readFileSync(txt, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  rmSync(txt);
  const page = `<html><head><meta property="article:published_time" content="2021-11-16"></head><body><article>\n${paras
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/'/g, '&rsquo;').replace(/</g, '&lt;')}</p>`)
    .join('\n')}\n</article></body></html>\n`;
  const htmlPath = path.join(root, 'corpus/azerbaijan-warns.html');
  writeFileSync(htmlPath, page);
  const mdPath = path.join(root, 'corpus/notes-on-talks.md');
  const md = '---\ndate: 2020-11-21\n---\n# Talks\n\nArmenian Prime Minister **Nikol Pashinyan** met [Sergei Shoigu](https://example.org) in Yerevan.\n';
  writeFileSync(mdPath, md);
  const client = TestClient.start();
  try {
    await client.initialize(root);
    const htmlUri = pathToFileURL(htmlPath).href;
    const conflict = () => client.diagnostics.get(htmlUri)?.diagnostics.find((d) => d.code === 'date-conflict');
    await client.waitFor(() => conflict() !== undefined, 30000);
    const { start, end } = conflict()!.range;
    const line = page.split('\n')[start.line]!;
    assert.equal(start.line, end.line);
    assert.equal(line.slice(start.character, end.character), 'November 10, 2020');

    const mdUri = pathToFileURL(mdPath).href;
    await client.notify('textDocument/didOpen', { textDocument: { uri: mdUri, languageId: 'markdown', version: 1, text: md } });
    const hover = await client.request('textDocument/hover', { textDocument: { uri: mdUri }, position: positionOf(md, 'Pashinyan') });
    assert.match(hover.contents.value, /\*\*Nikol Pashinyan\*\* · person/);
    // Markup typed around a name keeps the name: the edit is answered at the new positions.
    const edited = md.replace('Sergei Shoigu', '*Sergei Shoigu*');
    await client.notify('textDocument/didChange', { textDocument: { uri: mdUri, version: 2 }, contentChanges: [{ text: edited }] });
    const shoigu = await client.request('textDocument/hover', { textDocument: { uri: mdUri }, position: positionOf(edited, 'Shoigu') });
    assert.match(shoigu.contents.value, /Sergei Shoigu/);
    const link = await client.request('textDocument/hover', { textDocument: { uri: mdUri }, position: positionOf(edited, 'example.org') });
    assert.equal(link, null, 'a link target is not prose');
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});
