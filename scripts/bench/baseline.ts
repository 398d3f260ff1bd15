// The baseline: compromise (people, places, organizations) and chrono-node (dates) on the same
// articles, in a child process of its own so its memory does not mix with the orchestrator's.
// Throughput counts only the analysis (not loading the libraries), by wall and by CPU time. With a time limit the child
// stops after the article that crosses it, and MB/s is measured on the articles it did.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO, type GeneratedCorpus } from './generate.ts';
import { MB } from './stats.ts';

export interface BaselineResult {
  articles: number;
  of: number;
  mb: number;
  seconds: number;
  mbPerSecond: number;
  /** CPU seconds (user + system) of the analysis alone, and MB per CPU-second. */
  cpuSeconds: number;
  mbPerCpuSecond: number;
  loadMs: number;
  peakRssMB: number;
  found: { people: number; places: number; organizations: number; dates: number };
  /** Seconds spent in each library. */
  split: { compromise: number; chrono: number };
}

export async function measureBaseline(corpus: GeneratedCorpus, maxSeconds: number): Promise<BaselineResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, corpus.corpusDir, String(maxSeconds)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (err += String(d)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`baseline exited with ${code}: ${err.slice(-2000)}`);
  return JSON.parse(out.trim().split('\n').pop()!) as BaselineResult;
}

async function worker(dir: string, maxSeconds: number): Promise<void> {
  const t0 = process.hrtime.bigint();
  const nlp = (await import('compromise')).default;
  const chrono = await import('chrono-node');
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const found = { people: 0, places: 0, organizations: 0, dates: 0 };
  let bytes = 0;
  let articles = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let seconds = 0;
  const split = { compromise: 0, chrono: 0 };
  for (const text of texts) {
    const a = process.hrtime.bigint();
    const doc = nlp(text);
    found.people += doc.people().out('array').length;
    found.places += doc.places().out('array').length;
    found.organizations += doc.organizations().out('array').length;
    const b = process.hrtime.bigint();
    found.dates += chrono.parse(text).length;
    split.compromise += Number(b - a) / 1e9;
    split.chrono += Number(process.hrtime.bigint() - b) / 1e9;
    bytes += Buffer.byteLength(text);
    articles++;
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (seconds > maxSeconds) break;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const result: BaselineResult = {
    articles,
    of: texts.length,
    mb: bytes / MB,
    seconds,
    mbPerSecond: bytes / MB / seconds,
    cpuSeconds,
    mbPerCpuSecond: bytes / MB / cpuSeconds,
    loadMs,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    found,
    split,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  worker(process.argv[2]!, Number(process.argv[3] ?? 30)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
