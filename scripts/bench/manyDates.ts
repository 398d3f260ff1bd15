// One article with very many dates, in the language server: open it, type in it, hover on its
// dates, at several sizes, to show the per-article work is linear in its dates. The article is a
// list of meetings, ten dates a sentence ("The board met on March 3, 2001, March 4, 2001, ...");
// 100,000 dates make some 1.6 MB, under the default files.maxSizeKB.
//
// open = didOpen -> publishDiagnostics for that version (the server read it from disk at its
// cold start and has re-read it with the tagger, which is waited for, so this is the editor's
// copy analyzed again); type = didChange (a sentence with a
// date inserted at the end, a weekday that does not fit it, so that every edit changes the
// diagnostics and they are published) -> its diagnostics, p50 of a few; hover = on dates spread over the
// article, p50/p95, after the typing.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../../test/protocol/lspClient.ts';
import { REPO } from './generate.ts';
import { msSince, percentile, summarize, type Summary } from './stats.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ManyDatesResult {
  dates: number;
  mb: number;
  /** initialized -> a hover on its first date answered (the server's cold index of this one article). */
  coldMs?: number;
  openMs?: number;
  typeMs?: number;
  /** The server's CPU time (user + system, every thread) from didOpen / didChange to its diagnostics: the figure the machine's load changes least. */
  openCpuMs?: number;
  typeCpuMs?: number;
  typeN: number;
  hover?: Summary;
  peakRssMB?: number;
  timedOut?: string;
}

function article(dates: number): { text: string; positions: Array<{ line: number; character: number }> } {
  const lines: string[] = ['Board meetings', '', 'WASHINGTON (AP) -- The board kept a record of its meetings.', ''];
  const positions: Array<{ line: number; character: number }> = [];
  let day = 0;
  for (let i = 0; i < dates; i += 10) {
    let line = 'The board met on ';
    const n = Math.min(10, dates - i);
    for (let j = 0; j < n; j++, day++) {
      const d = new Date(Date.UTC(1990, 0, 1 + (day % 12000)));
      const date = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
      if (j > 0) line += j === n - 1 ? ', and ' : ', ';
      if (i % 1000 === 0 && j === 0) positions.push({ line: lines.length, character: line.length + 1 });
      line += date;
    }
    lines.push(`${line}.`);
  }
  return { text: `${lines.join('\n')}\n`, positions };
}

export async function measureManyDates(outRoot: string, dates: number, timeoutMs: number): Promise<ManyDatesResult> {
  const root = path.join(outRoot, `dates-${dates}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'corpus'), { recursive: true });
  const file = path.join(root, 'corpus', `meetings-${dates}.txt`);
  const { text, positions } = article(dates);
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const result: ManyDatesResult = { dates, mb: Buffer.byteLength(text) / 1048576, typeN: 0 };
  const nodeArgs = process.env['DATELINE_BENCH_SERVER_ARGS']?.split(' ').filter(Boolean);
  const client = new TestClient(TestClient.spawnServer({ cwd: REPO, nodeArgs }));
  const timeout = <T>(p: Promise<T>, what: string) =>
    Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs))]);
  const diagnosticsFor = (version: number) =>
    new Promise<void>((resolve) => {
      const off = client.onDiagnostics((p) => {
        if (p.uri === uri && p.version === version) {
          off();
          resolve();
        }
      });
    });
  try {
    const rootUri = pathToFileURL(root).href;
    await client.connection.sendRequest('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'dates' }],
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    const t0 = process.hrtime.bigint();
    await client.connection.sendNotification('initialized', {});
    await timeout(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: positions[0]! }), 'cold index');
    result.coldMs = msSince(t0);
    // The tagger's pass over the article comes next: opening during it would time the pass.
    await client.waitForLog(/names without cards recognized|tagger model not found|tagger failed/, timeoutMs);
    const opened = diagnosticsFor(1);
    const t1 = process.hrtime.bigint();
    const c1 = cpuMs(client.process.pid);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await timeout(opened, 'open');
    result.openMs = msSince(t1);
    result.openCpuMs = cpuMs(client.process.pid) - c1;
    const lastLine = text.split('\n').length - 1;
    const typed: number[] = [];
    const typedCpu: number[] = [];
    for (let v = 2; v <= 4; v++) {
      const arrived = diagnosticsFor(v);
      const t = process.hrtime.bigint();
      const c = cpuMs(client.process.pid);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: `The board met again on Tuesday, May ${v}, 2003.\n` }],
      });
      await timeout(arrived, 'type');
      typed.push(msSince(t));
      typedCpu.push(cpuMs(client.process.pid) - c);
    }
    result.typeMs = percentile(typed, 50);
    result.typeCpuMs = percentile(typedCpu, 50);
    result.typeN = typed.length;
    const hovers: number[] = [];
    for (let r = 0; r < 3; r++)
      for (const position of positions) {
        const t = process.hrtime.bigint();
        await timeout(client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), 'hover');
        hovers.push(msSince(t));
      }
    result.hover = summarize(hovers);
  } catch (err) {
    result.timedOut = err instanceof Error ? err.message : String(err);
  } finally {
    try {
      const status = readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
      result.peakRssMB = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]) / 1024 || undefined;
    } catch {
      // no /proc: no memory figure
    }
    // A profiled server (--cpu-prof) writes its profile only when it exits on its own.
    if (nodeArgs?.length) await Promise.race([client.shutdown(), new Promise((resolve) => setTimeout(resolve, 10000))]).catch(() => undefined);
    client.process.kill('SIGKILL');
    client.connection.dispose();
  }
  return result;
}

/** User + system CPU ms of a process so far, every thread (/proc/<pid>/stat, in 10 ms ticks); NaN without /proc. */
function cpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

if (import.meta.filename === process.argv[1]) {
  // node --import tsx scripts/bench/manyDates.ts [dates,...=12500,25000,50000,100000]
  const sizes = (process.argv[2] ?? '12500,25000,50000,100000').split(',').map(Number);
  const out = path.join(REPO, '.bench', 'corpora');
  void (async () => {
    for (const n of sizes) console.log(JSON.stringify(await measureManyDates(out, n, 300000)));
  })();
}
