// Hover latency while the server works in the background, over the real protocol: a hover at a
// name is sent every 10 ms, each one after the last is answered, and their latencies summarized.
//   - during the cold start's tagger pass: from the first index read until the server reports
//     every article analyzed with the tagger (the workers analyze, this thread takes their results);
//   - in the `windowMs` after a card edit: the card (open in the editor, as when a user types in
//     it) gets an alias, and the server re-analyzes the corpus with it while answering from the
//     old analyses. The corpus is settled first.
//
//   node --import tsx scripts/bench/backgroundLatency.ts [articles=1000] [windowMs=3000]

import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../../test/protocol/lspClient.ts';
import { generateCorpus } from './generate.ts';
import { summarize, type Summary } from './stats.ts';

export interface BackgroundLatencyResult {
  articles: number;
  /** Hovers sent between the first index and the end of the tagger's pass. */
  duringTaggerPass: Summary & { answered: number };
  /** Hovers in the window after the card edit. */
  hover: Summary & { answered: number };
  /** Whether the server logged the re-analysis after the edit within the window. */
  refreshEnded: boolean;
}

const TAGGED = /names without cards recognized|tagger model not found|tagger failed/;

/** Hovers one after another, 10 ms apart, until `stop` says so. */
async function hoverLatencies(hover: () => Promise<unknown>, stop: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!stop()) {
    const t = performance.now();
    await hover();
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

export async function measureBackgroundLatency(articles: number, windowMs: number, outRoot: string): Promise<BackgroundLatencyResult> {
  const corpus = generateCorpus(outRoot, articles, { seed: 11 });
  const client = TestClient.start();
  try {
    await client.initialize(corpus.root);
    if (!(await client.waitForLog(/indexed \d+ articles/, 300000))) throw new Error('the first index did not end');
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
    let tagged = false;
    void client.waitForLog(TAGGED, 300000).then(() => (tagged = true));
    const duringPass = await hoverLatencies(hover, () => tagged);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await hover();
    const edited = card.replace(/^aliases: \[/m, 'aliases: [Nikol Vovayi Pashinyan, ');
    if (edited === card) throw new Error('the card has no aliases list to edit');
    const logsBefore = client.logs.length;
    await client.notify('textDocument/didChange', { textDocument: { uri: cardUri, version: 2 }, contentChanges: [{ text: edited }] });
    const end = performance.now() + windowMs;
    const latencies = await hoverLatencies(hover, () => performance.now() >= end);
    const refreshEnded = client.logs.slice(logsBefore).some((m) => /re-analy/.test(m));
    return { articles, duringTaggerPass: { ...summarize(duringPass), answered: duringPass.length }, hover: { ...summarize(latencies), answered: latencies.length }, refreshEnded };
  } finally {
    await client.shutdown();
  }
}

if (import.meta.filename === process.argv[1]) {
  const articles = Number(process.argv[2] ?? 1000);
  const windowMs = Number(process.argv[3] ?? 3000);
  const out = mkdtempSync(path.join(os.tmpdir(), 'dateline-background-'));
  measureBackgroundLatency(articles, windowMs, out)
    .then((r) => console.log(JSON.stringify(r)))
    .finally(() => rmSync(out, { recursive: true, force: true }));
}
