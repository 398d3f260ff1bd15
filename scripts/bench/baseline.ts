// The baseline: compromise (people, places, organizations) and chrono-node (dates) on the same
// articles, in a child process of its own so its memory does not mix with the orchestrator's.
// Throughput counts only the analysis (not loading the libraries), by wall and by CPU time (user + system of the
// child). It reads a fixed sample of the articles, spread evenly over the sorted list (so over every story), not as
// many as fit in a time limit: a limit made the sample, and with it MB per CPU-second, change with the machine's
// load and with which stories come first, so the ratio to Dateline moved by half between runs of the same build.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { REPO, type GeneratedCorpus } from './generate.ts';
import { MB } from './stats.ts';

/** The baseline's sample by default: about 20 s of CPU (the 1,249 duc2006 articles took 50 s), spread over every story. */
export const DEFAULT_BASELINE_ARTICLES = 500;

export interface BaselineResult {
  /** Articles analyzed (the sample), of the corpus's; mb is the sample's size, ofMb the corpus's. */
  articles: number;
  of: number;
  mb: number;
  ofMb: number;
  /** Folders (stories) the sample touched, of the corpus's. */
  folders: number;
  ofFolders: number;
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

/**
 * `count` articles of `n`, evenly spread: indices floor(i * n / count), so the first is taken and the
 * gaps differ by one at most; every index when count >= n. The same n and count give the same sample.
 */
export function evenSample(n: number, count: number): number[] {
  if (count >= n) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.floor((i * n) / count));
}

/** `articles`: how many to analyze (Infinity: all of them). */
export async function measureBaseline(corpus: GeneratedCorpus, articles: number): Promise<BaselineResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, corpus.corpusDir, String(articles)], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (err += String(d)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`baseline exited with ${code}: ${err.slice(-2000)}`);
  return JSON.parse(out.trim().split('\n').pop()!) as BaselineResult;
}

async function worker(dir: string, count: number): Promise<void> {
  const t0 = process.hrtime.bigint();
  const nlp = (await import('compromise')).default;
  const chrono = await import('chrono-node');
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
  const sample = evenSample(files.length, count).map((i) => files[i]!);
  const texts = sample.map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const ofBytes = files.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  const folders = (fs: string[]) => new Set(fs.map((f) => path.dirname(f))).size;
  const found = { people: 0, places: 0, organizations: 0, dates: 0 };
  let bytes = 0;
  let articles = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
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
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const result: BaselineResult = {
    articles,
    of: files.length,
    mb: bytes / MB,
    ofMb: ofBytes / MB,
    folders: folders(sample),
    ofFolders: folders(files),
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
  worker(process.argv[2]!, Number(process.argv[3] ?? DEFAULT_BASELINE_ARTICLES)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  });
}
