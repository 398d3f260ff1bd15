// Hover latency in the seconds after a card edit, over the real protocol: the server re-analyzes
// the corpus with the new card in the background and must keep answering from the old analyses
// meanwhile. A card (open in the editor, as when a user types in it) gets an alias; then a hover
// at a name in another article is sent every 10 ms for `windowMs`, each one after the last is
// answered, and their latencies are summarized. The corpus is settled first (tagger pass done).
//
//   node --import tsx scripts/bench/cardEdit.ts [articles=200] [windowMs=3000]

import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../../test/protocol/lspClient.ts';
import { generateCorpus } from './generate.ts';
import { summarize, type Summary } from './stats.ts';

export interface CardEditResult {
  articles: number;
  hover: Summary & { answered: number };
  /** Whether the server logged the re-analysis after the edit within the window. */
  refreshEnded: boolean;
}

export async function measureCardEdit(articles: number, windowMs: number, outRoot: string): Promise<CardEditResult> {
  const corpus = generateCorpus(outRoot, articles, { seed: 11 });
  const client = TestClient.start();
  try {
    await client.initialize(corpus.root);
    if (!(await client.waitForLog(/names without cards recognized|tagger model not found|tagger failed/, 300000))) throw new Error('the tagger pass did not end');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const article = corpus.articles[Math.min(3, corpus.articles.length - 1)]!;
    const text = readFileSync(article, 'utf8');
    const at = text.search(/Pashinyan|Aliyev|Putin|Karabakh|Azerbaijan/);
    if (at < 0) throw new Error('no name to hover in the generated article');
    const before = text.slice(0, at);
    const position = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
    const articleUri = pathToFileURL(article).href;
    const cardPath = path.join(corpus.corpusDir, 'entities', 'people', 'nikol-pashinyan.md');
    const cardUri = pathToFileURL(cardPath).href;
    const card = readFileSync(cardPath, 'utf8');
    await client.notify('textDocument/didOpen', { textDocument: { uri: cardUri, languageId: 'markdown', version: 1, text: card } });
    const hover = () => client.connection.sendRequest('textDocument/hover', { textDocument: { uri: articleUri }, position });
    await hover();
    const edited = card.replace(/^aliases: \[/m, 'aliases: [Nikol Vovayi Pashinyan, ');
    if (edited === card) throw new Error('the card has no aliases list to edit');
    const logsBefore = client.logs.length;
    await client.notify('textDocument/didChange', { textDocument: { uri: cardUri, version: 2 }, contentChanges: [{ text: edited }] });
    const latencies: number[] = [];
    const end = performance.now() + windowMs;
    while (performance.now() < end) {
      const t = performance.now();
      await hover();
      latencies.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const refreshEnded = client.logs.slice(logsBefore).some((m) => /re-analy/.test(m));
    console.error(client.logs.slice(logsBefore).join("\n"));
    return { articles, hover: { ...summarize(latencies), answered: latencies.length }, refreshEnded };
  } finally {
    await client.shutdown();
  }
}

if (import.meta.filename === process.argv[1]) {
  const articles = Number(process.argv[2] ?? 200);
  const windowMs = Number(process.argv[3] ?? 3000);
  const out = mkdtempSync(path.join(os.tmpdir(), 'dateline-card-edit-'));
  measureCardEdit(articles, windowMs, out)
    .then((r) => console.log(JSON.stringify(r)))
    .finally(() => rmSync(out, { recursive: true, force: true }));
}
