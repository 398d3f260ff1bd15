// When the tagger arrives after the first index, the articles open in the editor get its names
// before the rest of the corpus: a corpus of more articles than one slice of the tagger's pass,
// with the open article the last in order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

const repoCorpus = path.join(import.meta.dirname, '../../corpus');

test('the articles open in the editor get the names without cards first', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-open-first-'));
  const corpus = path.join(root, 'corpus');
  cpSync(path.join(repoCorpus, 'entities'), path.join(corpus, 'entities'), { recursive: true });
  const sources = readdirSync(repoCorpus).filter((f) => f.endsWith('.txt')).sort();
  // 40 articles: more than one slice (25) of the pass on this thread.
  for (let i = 0; i < 40; i++) writeFileSync(path.join(corpus, `a${String(i).padStart(2, '0')}.txt`), readFileSync(path.join(repoCorpus, sources[i % sources.length]!), 'utf8'));
  const openPath = path.join(corpus, 'zz-open.txt');
  const text = 'YEREVAN — Lilit Makunts, the ambassador, met Nikol Pashinyan on Monday.\nMakunts later left for Washington.\n';
  writeFileSync(openPath, text);
  const uri = pathToFileURL(openPath).href;
  const client = TestClient.start();
  try {
    await client.initialize(root);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    // Names without cards come only from the tagger: the first publication with one is the open article's.
    const withTaggerNamesNow = () => client.published.filter((p) => p.diagnostics.some((d) => d.code === 'entity-without-card'));
    // The log line can come before the other articles' diagnostics are sent (on a busy machine): wait for both.
    await client.waitFor(() => client.logs.some((m) => /names without cards recognized/.test(m)) && withTaggerNamesNow().length > 1, 30000);
    const withTaggerNames = withTaggerNamesNow();
    assert.ok(withTaggerNames.length > 1, 'the other articles have names without cards too');
    assert.equal(withTaggerNames[0]!.uri, uri, `first: ${withTaggerNames.map((p) => path.basename(p.uri)).slice(0, 5).join(', ')}`);
    assert.ok(withTaggerNames[0]!.diagnostics.some((d) => /Lilit Makunts/.test(d.message)));
  } finally {
    const code = await client.shutdown();
    rmSync(root, { recursive: true, force: true });
    assert.equal(code, 0, `server exits cleanly; stderr: ${client.stderr}`);
  }
});
