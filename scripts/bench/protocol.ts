// Measures the language server over its real protocol: `node dist/server.js --stdio`, spoken to
// as an editor does. Cold index = from sending `initialized` until the first hover is answered
// (the server holds requests until its first index, and the hover itself needs the linked corpus);
// also the time to the first publishDiagnostics and to diagnostics for every article. Then hover
// and definition latency at names in several articles, edit-to-diagnostics latency on the
// 1,500-word article, and the server's peak RSS (VmHWM).

import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from '../../test/protocol/lspClient.ts';
import { REPO, type GeneratedCorpus } from './generate.ts';
import { msSince, summarize, type Summary } from './stats.ts';


export interface ProtocolOptions {
  /** Hover and definition requests each (0 skips them). */
  requests: number;
  /** Edits of the 1,500-word article (0 skips them). */
  edits: number;
  /** Give up on the cold index after this long. */
  coldTimeoutMs: number;
  /** Stop a latency series when it has run this long (the rest of the series is skipped). */
  phaseBudgetMs: number;
  /** Extra node flags for the server (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface ProtocolResult {
  coldIndexMs?: number;
  /** From `initialized` until the server reports every article analyzed with the tagger too (it
   * answers first from the cards alone, then loads the tagger and re-analyzes every article),
   * checked by a hover answered after that report. Latencies are measured after this point. */
  fullIndexMs?: number;
  /**
   * From `initialized` until an article opened in the editor once the first answer came (the
   * last article, with a sentence naming someone no card knows typed at its end) shows that
   * name found by the tagger (a hint that it has no card): the server does the open articles
   * before the pass over the corpus.
   */
  openArticleTaggedMs?: number;
  firstDiagnosticsMs?: number;
  allDiagnosticsMs?: number;
  /** Articles whose diagnostics had arrived when we stopped waiting. */
  diagnosedArticles: number;
  hover?: Summary & { answered: number };
  definition?: Summary & { answered: number };
  /** Hovers on a file the server does not know: the JSON-RPC round trip alone, the floor of the two above. */
  noop?: Summary & { answered: number };
  /** `first`: the first edit after opening, not in the summary (nor are the other warm-up edits). */
  edit?: Summary & { missed: number; insertLine: number; diagnosticsPerEdit: number; first?: number; warmUp: number };
  /** How long the diagnostics kept coming after the full index (waited out before the latencies). */
  quietAfterMs?: number;
  peakRssMB?: number;
  rssAtEndMB?: number;
  /** CPU seconds (user + system, all threads: workers included) of the server when the cold index and the full index were done. */
  coldIndexCpuS?: number;
  fullIndexCpuS?: number;
  timedOut?: string;
  serverLog: string[];
}

type Published = PublishedDiagnostics;

/** The test client, with what timing needs: waits on publications and quiet, memory, a close that never hangs. */
class BenchClient extends TestClient {
  /** Server messages and stderr lines, in order. */
  readonly log: string[] = [];

  constructor(readonly child: ChildProcess) {
    super(child);
    child.stderr!.on('data', (d) => this.log.push(String(d).trim()));
    this.onLog((m) => this.log.push(m));
  }

  /** Resolves when `test` accepts a publishDiagnostics notification, or undefined on timeout. */
  waitForDiagnostics(test: (p: Published) => boolean, timeoutMs: number): Promise<bigint | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve(undefined);
      }, timeoutMs);
      const off = this.onDiagnostics((p, at) => {
        if (!test(p)) return;
        clearTimeout(timer);
        off();
        resolve(at);
      });
    });
  }

  /** Resolves once no diagnostics have arrived for `quietMs` (or after `maxMs`), with the time waited. */
  async quiet(quietMs: number, maxMs: number): Promise<number> {
    const t0 = process.hrtime.bigint();
    let last = process.hrtime.bigint();
    const off = this.onDiagnostics(() => (last = process.hrtime.bigint()));
    while (msSince(last) < quietMs && msSince(t0) < maxMs) await new Promise((resolve) => setTimeout(resolve, 50));
    off();
    return msSince(t0);
  }

  peakRssMB(): { peak?: number; now?: number } {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024 || undefined;
      return { peak: kb('VmHWM'), now: kb('VmRSS') };
    } catch {
      return {};
    }
  }

  /** User + system CPU seconds of the server process so far, every thread included (/proc/<pid>/stat). */
  cpuSeconds(): number | undefined {
    try {
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[11], [12]: utime, stime in clock ticks (100 per second on Linux)
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    try {
      await withTimeout(this.connection.sendRequest('shutdown', null), 5000);
      await this.connection.sendNotification('exit', null);
    } catch {
      // the server is busy or gone; killed below
    }
    if (!(await withTimeout(exited.then(() => true), 5000).catch(() => false))) this.child.kill('SIGKILL');
    await exited;
    this.connection.dispose();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

const NAME = /\b(?:Pashinyan|Pashinian|Pashinián|Aliyev|Putin|Shoigu|Grigoryan|Mirzoyan|Bayramov|Yerevan|Baku|Moscow|Armenia|Azerbaijan|Russia|Karabakh|CSTO)\b/gu;

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Positions inside names (one character in) in up to 8 articles spread over the corpus, interleaved. */
function namePositions(corpus: GeneratedCorpus, count: number) {
  const n = corpus.articles.length;
  const picked = [...new Set(Array.from({ length: Math.min(8, n) }, (_, i) => Math.floor((i * n) / Math.min(8, n))))].map((i) => corpus.articles[i]!);
  const perFile = picked.map((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(corpus.names ?? NAME)].map((m) => ({ uri: pathToFileURL(file).href, position: positionAt(text, m.index! + 1) }));
  });
  const out: Array<{ uri: string; position: { line: number; character: number } }> = [];
  for (let k = 0; out.length < count && perFile.some((l) => l.length > k); k++) for (const l of perFile) if (l[k] && out.length < count) out.push(l[k]!);
  return out;
}

async function latencies(client: BenchClient, method: string, targets: ReturnType<typeof namePositions>, budgetMs: number) {
  const times: number[] = [];
  let answered = 0;
  const started = process.hrtime.bigint();
  // A few unmeasured requests first, so the series measures the steady state, not the JIT.
  for (const t of targets.slice(0, 10)) await client.connection.sendRequest(method, { textDocument: { uri: t.uri }, position: t.position });
  for (const t of targets) {
    const t0 = process.hrtime.bigint();
    const result = await client.connection.sendRequest(method, { textDocument: { uri: t.uri }, position: t.position });
    times.push(msSince(t0));
    if (result) answered++;
    if (msSince(started) > budgetMs) break;
  }
  return { ...summarize(times), answered };
}

/** A pause between opening the edited file and typing in it (a person reads first; this is far shorter). */
const OPEN_PAUSE_MS = 200;
/** Edits made before the measured ones. */
const WARM_UP_EDITS = 5;

async function editLatency(client: BenchClient, file: string, edits: number, budgetMs: number) {
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  // Insert a short paragraph at a paragraph start near the middle: every diagnostic below it moves,
  // so the server has something new to publish for this URI after each edit.
  let insertLine = Math.floor(lines.length / 2);
  while (insertLine < lines.length - 1 && !(lines[insertLine - 1] === '' && lines[insertLine] !== '')) insertLine++;
  // As a user does: open the file, see its diagnostics, then type.
  const opened = client.waitForDiagnostics((p) => p.uri === uri && p.version === 1, Math.max(10000, budgetMs));
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  await opened;
  await new Promise((resolve) => setTimeout(resolve, OPEN_PAUSE_MS));
  let version = 1;
  const edit = async () => {
    version++;
    const arrived = client.waitForDiagnostics((p) => p.uri === uri && p.version === version, Math.max(10000, budgetMs));
    const t0 = process.hrtime.bigint();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: insertLine, character: 0 }, end: { line: insertLine, character: 0 } }, text: 'More details will follow.\n\n' }],
    });
    const at = await arrived;
    return at === undefined ? undefined : Number(at - t0) / 1e6;
  };
  // The first edits after opening run code this thread has not run yet (the cold index and the
  // tagger's pass ran on workers): reported apart, as the hover's warm-up requests are left out.
  const firstEdits: Array<number | undefined> = [];
  for (let i = 0; i < WARM_UP_EDITS; i++) firstEdits.push(await edit());
  const times: number[] = [];
  let missed = 0;
  let published = 0;
  const count = client.onDiagnostics(() => published++);
  const started = process.hrtime.bigint();
  for (let i = 0; i < edits && msSince(started) < budgetMs; i++) {
    const ms = await edit();
    if (ms === undefined) missed++;
    else times.push(ms);
  }
  count();
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const done = times.length + missed;
  return { ...summarize(times), missed, insertLine, diagnosticsPerEdit: done > 0 ? published / done : 0, first: firstEdits[0], warmUp: firstEdits.length };
}

export async function measureProtocol(corpus: GeneratedCorpus, options: ProtocolOptions): Promise<ProtocolResult> {
  const client = new BenchClient(TestClient.spawnServer({ nodeArgs: options.nodeArgs, cwd: REPO }));
  const result: ProtocolResult = { diagnosedArticles: 0, serverLog: client.log };
  try {
    const rootUri = pathToFileURL(corpus.root).href;
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    });
    const articleUris = new Set(corpus.articles.map((f) => pathToFileURL(f).href));
    const diagnosed = new Set<string>();
    let firstAt: bigint | undefined;
    let allAt: bigint | undefined;
    let allDone: () => void = () => {};
    const all = new Promise<void>((resolve) => (allDone = resolve));
    const off = client.onDiagnostics((p, at) => {
      firstAt ??= at;
      if (articleUris.has(p.uri)) diagnosed.add(p.uri);
      if (diagnosed.size === articleUris.size && allAt === undefined) {
        allAt = at;
        allDone();
      }
    });
    const [first] = namePositions(corpus, 1);
    const t0 = process.hrtime.bigint();
    await client.connection.sendNotification('initialized', {});
    const hover = client.connection.sendRequest('textDocument/hover', { textDocument: { uri: first!.uri }, position: first!.position });
    // The article the user has open while the corpus is indexed.
    const openFile = corpus.articles[corpus.articles.length - 1]!;
    const openUri = pathToFileURL(openFile).href;
    let openTaggedAt: bigint | undefined;
    const offOpen = client.onDiagnostics((p, at) => {
      if (p.uri === openUri && p.diagnostics.some((d) => d.code === 'entity-without-card')) openTaggedAt ??= at;
    });
    try {
      await withTimeout(hover, options.coldTimeoutMs);
      result.coldIndexMs = msSince(t0);
      result.coldIndexCpuS = client.cpuSeconds();
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: openUri, languageId: 'plaintext', version: 1, text: `${readFileSync(openFile, 'utf8')}\nLilit Makunts, the ambassador, met the envoy.\n` },
      });
      await withTimeout(all, Math.max(1000, options.coldTimeoutMs - result.coldIndexMs));
      const remaining = Math.max(1000, options.coldTimeoutMs - msSince(t0));
      const tagged = await client.waitForLog(/names without cards recognized|tagger model not found|tagger failed/, remaining);
      if (tagged && /recognized/.test(tagged)) {
        await withTimeout(client.connection.sendRequest('textDocument/hover', { textDocument: { uri: first!.uri }, position: first!.position }), remaining);
        result.fullIndexMs = msSince(t0);
        result.fullIndexCpuS = client.cpuSeconds();
      }
      if (openTaggedAt !== undefined) result.openArticleTaggedMs = Number(openTaggedAt - t0) / 1e6;
      // Closed again: the latencies below are measured as before, with no other article open.
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: openUri } });
    } catch {
      result.timedOut = `index: no answer within ${options.coldTimeoutMs} ms`;
    }
    off();
    offOpen();
    result.diagnosedArticles = diagnosed.size;
    if (firstAt !== undefined) result.firstDiagnosticsMs = Number(firstAt - t0) / 1e6;
    if (allAt !== undefined) result.allDiagnosticsMs = Number(allAt - t0) / 1e6;

    if (!result.timedOut) {
      // Latencies at rest: once the diagnostics the full index changed have gone out (the time
      // that takes is the "all diagnostics" figure's business, not the hover's).
      result.quietAfterMs = await client.quiet(500, 60000);
      if (options.requests > 0) {
        const targets = namePositions(corpus, options.requests);
        result.hover = await latencies(client, 'textDocument/hover', targets, options.phaseBudgetMs);
        result.definition = await latencies(client, 'textDocument/definition', targets, options.phaseBudgetMs);
        // The floor: the same round trip for a request the server answers without any work.
        const nowhere = targets.map((t) => ({ uri: `${t.uri}.not-in-the-workspace`, position: t.position }));
        result.noop = await latencies(client, 'textDocument/hover', nowhere, options.phaseBudgetMs);
      }
      if (options.edits > 0) result.edit = await editLatency(client, corpus.editArticle, options.edits, options.phaseBudgetMs);
    }
    const rss = client.peakRssMB();
    result.peakRssMB = rss.peak;
    result.rssAtEndMB = rss.now;
  } finally {
    await client.close();
  }
  return result;
}
