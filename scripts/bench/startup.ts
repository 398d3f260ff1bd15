// Start-up as its own figure: `dateline check` on the five articles of corpus/ (with their cards),
// the whole process from spawn to exit, repeated; p50 of wall and of CPU time (user + system of
// the process, from /usr/bin/time when it exists). What a user waits for at every CLI call,
// which no throughput figure should hide.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from './generate.ts';
import { CLI } from './cli.ts';
import { percentile } from './stats.ts';

export interface StartupResult {
  runs: number;
  wallMsP50?: number;
  cpuMsP50?: number;
  wallMsMax?: number;
}

export function measureStartup(runs: number): StartupResult {
  const useTime = existsSync('/usr/bin/time');
  const walls: number[] = [];
  const cpus: number[] = [];
  const args = [CLI, 'check', path.join(REPO, 'corpus')];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = useTime
      ? spawnSync('/usr/bin/time', ['-f', 'DATELINE_BENCH_CPU %U %S', process.execPath, ...args], { cwd: REPO, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    // `check` exits 1 when it finds warnings (the corpus has a date conflict): that is its answer, not a failure
    if (r.status !== 0 && r.status !== 1) throw new Error(`dateline check exited with ${r.status}: ${r.stderr.slice(-500)}`);
    const m = /DATELINE_BENCH_CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
    if (m) cpus.push((Number(m[1]) + Number(m[2])) * 1000);
  }
  return { runs, wallMsP50: percentile(walls, 50), cpuMsP50: percentile(cpus, 50), wallMsMax: percentile(walls, 100) };
}
