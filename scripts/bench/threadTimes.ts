// Per-thread CPU time and wait for a core of running processes (Linux: /proc/PID/task/TID), for
// finding which thread a request's latency waits behind: the server's main thread, its workers,
// V8's platform threads, libuv's threadpool, and the benchmark's own client. Sampled while the
// threads run, since workers end before the last sample could see them.

import { readdirSync, readFileSync } from 'node:fs';

export interface ThreadTimes {
  process: string;
  tid: number;
  /** The thread's name (node, V8Worker, libuv-worker, DelayedTaskSchedu, node's worker names). */
  comm: string;
  nice: number;
  /** On a core, in ms. */
  cpuMs: number;
  /** Runnable but waiting for a core, in ms. */
  waitedMs: number;
  /** How many times it was put on a core. */
  slices: number;
}

/** Every thread of `pid` now (empty when it is gone or not Linux). */
export function threadsOf(pid: number, processName: string): ThreadTimes[] {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const threads: ThreadTimes[] = [];
  for (const entry of tids) {
    try {
      const [run, wait, slices] = readFileSync(`/proc/${pid}/task/${entry}/schedstat`, 'utf8').split(' ').map(Number);
      const stat = readFileSync(`/proc/${pid}/task/${entry}/stat`, 'utf8');
      // comm may hold spaces and brackets: the fields after it start after the last ')'
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      threads.push({ process: processName, tid: Number(entry), comm, nice, cpuMs: run! / 1e6, waitedMs: wait! / 1e6, slices: slices! });
    } catch {
      // ended meanwhile
    }
  }
  return threads;
}

/**
 * Samples the threads of these processes every `everyMs` until stopped; `stop` returns each
 * thread's CPU, wait and slices since the first sample (a thread that started later, from zero;
 * one that ended, as last seen), busiest first.
 */
export function sampleThreads(processes: Array<{ pid: number; name: string }>, everyMs = 50): { stop(): ThreadTimes[] } {
  const first = new Map<string, ThreadTimes>();
  const last = new Map<string, ThreadTimes>();
  const sample = (initial: boolean) => {
    for (const { pid, name } of processes) {
      for (const t of threadsOf(pid, name)) {
        const key = `${name}:${t.tid}`;
        if (initial) first.set(key, t);
        last.set(key, t);
      }
    }
  };
  sample(true);
  const timer = setInterval(() => sample(false), everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample(false);
      const since = [...last].map(([key, t]) => {
        const f = first.get(key);
        const r = (x: number) => Math.round(x * 10) / 10;
        return { ...t, cpuMs: r(t.cpuMs - (f?.cpuMs ?? 0)), waitedMs: r(t.waitedMs - (f?.waitedMs ?? 0)), slices: t.slices - (f?.slices ?? 0) };
      });
      return since.filter((t) => t.cpuMs > 0 || t.waitedMs > 0).sort((a, b) => b.cpuMs - a.cpuMs);
    },
  };
}
