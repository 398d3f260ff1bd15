// Latency while the server works in the background, over the real protocol: a hover at a name is
// sent every 10 ms, each one after the last is answered, and their latencies summarized.
//   - during the cold start's tagger pass: from the first index read until the server reports
//     every article analyzed with the tagger (the workers analyze, this thread takes their results),
//     hover and definition at the name in turn, and every third turn an edit of an article open in
//     the editor (opened once the index is read, as a user does), timed to its diagnostics; and
//     the server's own event-loop delay over the pass (monitorEventLoopDelay: max, p99), which is
//     what any request waits behind, measured in its process (DATELINE_LOOP_DELAY, turnTrace.ts),
//     with its main thread's CPU time and wait for a core over the pass (Linux);
//   - once the server is idle after the pass: the same hovers, the floor this machine, the
//     protocol and this client give;
//   - in the `windowMs` after a card edit: the card (open in the editor, as when a user types in
//     it) gets an alias, and the server re-analyzes the corpus with it while answering from the
//     old analyses. The corpus is settled first.
//
// DATELINE_BENCH_THREADS=1 adds every thread's CPU time and wait for a core over the pass, the
// server's and this client's (threadTimes.ts).
//
//   node --import tsx scripts/bench/backgroundLatency.ts [articles=1000] [windowMs=3000]

import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../../test/protocol/lspClient.ts';
import { generateCorpus } from './generate.ts';
import { summarize, type Summary } from './stats.ts';
import { sampleThreads, type ThreadTimes } from './threadTimes.ts';

export interface BackgroundLatencyResult {
  articles: number;
  /** Hovers sent between the first index and the end of the tagger's pass. */
  duringTaggerPass: Summary & { answered: number };
  /** Definitions at the same name, in turn with the hovers. */
  definitionDuringPass: Summary;
  /** didChange of the open article -> its diagnostics with that version. */
  editDuringPass: Summary;
  /** The server's event-loop delay over the tagger's pass, in ms, as it measured it. */
  loopDelayDuringPass?: { max: number; p99: number; p50: number };
  /**
   * The server's main thread over the pass (Linux): its CPU time, the time it waited for a core
   * (the machine's load), and the pass's length, in ms. The CPU time is the work requests wait
   * behind, whatever the load.
   */
  mainThreadDuringPass?: { cpuMs: number; waitedMs: number; passMs: number };
  /**
   * With DATELINE_BENCH_THREADS=1 (Linux): every thread of the server and of this client over
   * the pass, its CPU time, wait for a core and times put on one (threadTimes.ts).
   */
  threadsDuringPass?: ThreadTimes[];
  /** Hovers once the server is idle (the pass over, its diagnostics out): what the machine and the protocol alone give. */
  hoverIdle: Summary;
  /** Hovers in the window after the card edit. */
  hover: Summary & { answered: number };
  /** Whether the server logged the re-analysis after the edit within the window. */
  refreshEnded: boolean;
}

const TAGGED = /names without cards recognized|tagger model not found|tagger failed/;

/** Hovers one after another, 10 ms apart, until `stop` says so. */
export async function hoverLatencies(hover: () => Promise<unknown>, stop: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!stop()) {
    const t = performance.now();
    await hover();
    latencies.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

/** Hover, definition and (every third turn) an edit, one after another 10 ms apart, until `stop`. */
async function passLatencies(hover: () => Promise<unknown>, definition: () => Promise<unknown>, edit: () => Promise<number | undefined>, stop: () => boolean) {
  const hovers: number[] = [];
  const definitions: number[] = [];
  const edits: number[] = [];
  for (let turn = 0; !stop(); turn++) {
    let t = performance.now();
    await hover();
    hovers.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 10));
    t = performance.now();
    await definition();
    definitions.push(performance.now() - t);
    if (turn % 3 === 2 && !stop()) {
      const ms = await edit();
      if (ms !== undefined) edits.push(ms);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { hovers, definitions, edits };
}

export async function measureBackgroundLatency(articles: number, windowMs: number, outRoot: string): Promise<BackgroundLatencyResult> {
  const corpus = generateCorpus(outRoot, articles, { seed: 11 });
  // DATELINE_BENCH_SERVER_ARGS: Node options for the server alone (--cpu-prof, heap flags).
  const nodeArgs = process.env['DATELINE_BENCH_SERVER_ARGS']?.split(' ').filter(Boolean);
  process.env['DATELINE_LOOP_DELAY'] ??= '1';
  const client = new TestClient(TestClient.spawnServer({ nodeArgs }));
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
    const definition = () => client.connection.sendRequest('textDocument/definition', { textDocument: { uri: articleUri }, position });
    // The article a user has open and types in: another than the hovered one.
    const editedPath = corpus.articles[0]!;
    const editedUri = pathToFileURL(editedPath).href;
    const editedText = readFileSync(editedPath, 'utf8');
    const lines = editedText.split('\n');
    let insertLine = Math.floor(lines.length / 2);
    while (insertLine < lines.length - 1 && !(lines[insertLine - 1] === '' && lines[insertLine] !== '')) insertLine++;
    let version = 1;
    const diagnosed = (v: number) =>
      new Promise<number | undefined>((resolve) => {
        const t0 = performance.now();
        const timer = setTimeout(() => (off(), resolve(undefined)), 10000);
        const off = client.onDiagnostics((p) => {
          if (p.uri === editedUri && p.version === v) off(), clearTimeout(timer), resolve(performance.now() - t0);
        });
      });
    const opened = diagnosed(1);
    await client.notify('textDocument/didOpen', { textDocument: { uri: editedUri, languageId: 'plaintext', version: 1, text: editedText } });
    await opened;
    const edit = async () => {
      const v = ++version;
      const arrived = diagnosed(v);
      await client.notify('textDocument/didChange', {
        textDocument: { uri: editedUri, version: v },
        contentChanges: [{ range: { start: { line: insertLine, character: 0 }, end: { line: insertLine, character: 0 } }, text: 'More details will follow.\n\n' }],
      });
      return arrived;
    };
    let tagged = false;
    void client.waitForLog(TAGGED, 300000).then(() => (tagged = true));
    const upToDate = new Promise<void>((resolve) => client.onLog((m) => /up to date:/.test(m) && resolve()));
    const threads = process.env['DATELINE_BENCH_THREADS'] === '1' ? sampleThreads([{ pid: client.process.pid!, name: 'server' }, { pid: process.pid, name: 'client' }]) : undefined;
    const pass = await passLatencies(hover, definition, edit, () => tagged);
    const threadsDuringPass = threads?.stop();
    const duringPass = pass.hovers;
    await Promise.race([upToDate, new Promise((resolve) => setTimeout(resolve, 30000))]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The floor: the same hovers with nothing else to do, on this machine, through this client.
    const hoversIdle: number[] = [];
    for (let i = 0; i < 150; i++) {
      const t = performance.now();
      await hover();
      hoversIdle.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await hover();
    const edited = card.replace(/^aliases: \[/m, 'aliases: [Nikol Vovayi Pashinyan, ');
    if (edited === card) throw new Error('the card has no aliases list to edit');
    const logsBefore = client.logs.length;
    await client.notify('textDocument/didChange', { textDocument: { uri: cardUri, version: 2 }, contentChanges: [{ text: edited }] });
    const end = performance.now() + windowMs;
    const latencies = await hoverLatencies(hover, () => performance.now() >= end);
    const refreshEnded = client.logs.slice(logsBefore).some((m) => /re-analy/.test(m));
    // The server writes its loop delay when the pass ends (turnTrace.ts: endPhase).
    await client.waitFor(() => /\[phase\] tagger pass at/.test(client.stderr), 2000).catch(() => undefined);
    const delay = /\[phase\] tagger pass at \d+: loop delay max ([\d.]+) p99 ([\d.]+) p50 ([\d.]+)/.exec(client.stderr);
    const thread = /\[phase\] tagger pass at \d+: .*main thread cpu (\d+) waited (\d+) of (\d+) ms/.exec(client.stderr);
    return {
      articles,
      duringTaggerPass: { ...summarize(duringPass), answered: duringPass.length },
      definitionDuringPass: summarize(pass.definitions),
      editDuringPass: summarize(pass.edits),
      loopDelayDuringPass: delay ? { max: Number(delay[1]), p99: Number(delay[2]), p50: Number(delay[3]) } : undefined,
      mainThreadDuringPass: thread ? { cpuMs: Number(thread[1]), waitedMs: Number(thread[2]), passMs: Number(thread[3]) } : undefined,
      ...(threadsDuringPass ? { threadsDuringPass } : {}),
      hoverIdle: summarize(hoversIdle),
      hover: { ...summarize(latencies), answered: latencies.length },
      refreshEnded,
    };
  } finally {
    await client.shutdown();
    // The server's own account of what held its loop (server/src/host/turnTrace.ts).
    if (process.env['DATELINE_TRACE_TURNS']) process.stderr.write(client.stderr);
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
