// Measures `node dist/cli.js analyze --json --timings <corpus>`: wall time (process start to exit,
// so it includes Node's startup, loading the model, reading the files and writing the JSON), peak
// RSS, MB of article text per second of wall time, and MB/s of the analysis proper as the CLI's
// --timings line reports it (reading, analyzing and linking the articles: like the baseline's
// figure, it leaves out what is done once whatever the corpus size), and the same by CPU time: of
// the whole process (user + system, worker threads included) and of the analysis proper. Peak RSS comes from `/usr/bin/time -v` when it exists, otherwise from
// process.resourceUsage() reported by a preloaded module at exit.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { REPO, type GeneratedCorpus } from './generate.ts';
import { MB, msSince } from './stats.ts';

export const CLI = path.join(REPO, 'dist/cli.js');
const TIME = '/usr/bin/time';
const MARK = 'DATELINE_BENCH_MAXRSS_KB=';
// Without /usr/bin/time: `node -e WRAPPER dist/cli.js ...` leaves argv as the CLI expects it.
const WRAPPER = `process.on('exit', () => require('node:fs').writeSync(2, '\\n${MARK}' + process.resourceUsage().maxRSS + '\\n')); require(process.argv[1]);`;

export interface CliResult {
  wallMs: number;
  peakRssMB?: number;
  rssSource: string;
  mbPerSecond: number;
  /** MB/s over reading, analysis and linking alone (the CLI's --timings). */
  analysisMbPerSecond?: number;
  /** User + system CPU seconds of the whole process, every thread (workers) included (/usr/bin/time, else the CLI's --timings). */
  cpuS?: number;
  /** MB per CPU-second of the whole process (start-up, model and output included). */
  mbPerCpuSecond?: number;
  /** MB per CPU-second of reading, analysis and linking alone (--timings). */
  analysisMbPerCpuSecond?: number;
  /** The CLI's --timings line. */
  timings?: string;
  outputMB: number;
  exitCode: number | null;
  /** Set when the CLI failed or was killed at the time limit; the numbers are then up to that point. */
  error?: string;
}

export async function measureCli(corpus: GeneratedCorpus, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  const useTime = existsSync(TIME);
  const nodeArgs = [CLI, 'analyze', '--json', '--timings', corpus.corpusDir];
  const [cmd, args] = useTime ? [TIME, ['-v', process.execPath, ...nodeArgs]] : [process.execPath, ['-e', WRAPPER, ...nodeArgs]];
  // Its own process group, so that a timeout kills node and not only /usr/bin/time.
  const child = spawn(cmd, args, { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let outBytes = 0;
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (outBytes += d.length));
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
  const t0 = process.hrtime.bigint();
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = msSince(t0);
  clearTimeout(timer);
  const error = exitCode === 0 ? undefined : killed ? `killed after ${timeoutMs} ms` : `exited with ${exitCode}: ${stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 500)}`;
  const kb = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : new RegExp(`${MARK}(\\d+)`).exec(stderr)?.[1];
  const timings = /^dateline: timings: .*$/m.exec(stderr)?.[0];
  const analysisMs = Number(/\(analysis (\d+) ms\)/.exec(timings ?? '')?.[1]);
  const analysisCpuMs = Number(/\(analysis (\d+) ms CPU/.exec(timings ?? '')?.[1]);
  const timeCpu = useTime ? Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1]) : NaN;
  const cpuS = Number.isFinite(timeCpu) ? timeCpu : Number(/whole run (\d+) ms CPU/.exec(timings ?? '')?.[1]) / 1000 || undefined;
  return {
    cpuS,
    mbPerCpuSecond: cpuS ? corpus.bytes / MB / cpuS : undefined,
    analysisMbPerCpuSecond: analysisCpuMs > 0 ? corpus.bytes / MB / (analysisCpuMs / 1000) : undefined,
    timings,
    analysisMbPerSecond: analysisMs > 0 ? corpus.bytes / MB / (analysisMs / 1000) : undefined,
    wallMs,
    peakRssMB: kb ? Number(kb) / 1024 : undefined,
    rssSource: useTime ? '/usr/bin/time -v' : 'process.resourceUsage()',
    mbPerSecond: corpus.bytes / MB / (wallMs / 1000),
    outputMB: outBytes / MB,
    exitCode,
    error,
  };
}
