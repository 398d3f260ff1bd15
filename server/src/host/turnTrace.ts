// What holds the event loop, for finding the stalls a user feels (DATELINE_TRACE_TURNS=<ms>):
// each turn of the loop longer than that many milliseconds is written to stderr with the pieces
// of work that ran in it (`traced` sections, garbage collections), and a
// phase's loop delay (monitorEventLoopDelay: max, p99) and this thread's CPU time and wait for a
// core (Linux) are written when the phase ends; with
// DATELINE_LOOP_DELAY=1 only that (the benchmark's figure, at no cost to the loop). Off by
// default: then `traced` is a plain call and nothing is observed.

import { readFileSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';
import { monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from 'node:perf_hooks';

const threshold = Number(process.env['DATELINE_TRACE_TURNS']);
const enabled = Number.isFinite(threshold) && threshold > 0;
// Workers trace their turns too: the tag tells the server's own turns, the ones requests wait behind.
const threadTag = isMainThread ? 'main' : `worker ${threadId}`;

/**
 * How many times this thread has been put on a core (Linux: /proc/thread-self/schedstat's third
 * field; NaN elsewhere). A piece of work during which it did not change ran without the machine's
 * other processes taking the core: its wall time is its CPU time, to the microsecond (the
 * schedstat CPU time itself moves in scheduler ticks of 4 ms, too coarse for this).
 */
function switches(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[2]);
  } catch {
    return NaN;
  }
}

/**
 * This thread's CPU time and the time it waited for a core, in ms (Linux: the first two fields of
 * /proc/thread-self/schedstat, in ns; NaN elsewhere). The CPU time is what a phase's work cost
 * this thread whatever the machine's load; the wait is what the load added.
 */
function threadTimes(): { cpu: number; wait: number } {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
    return { cpu: Number(cpu) / 1e6, wait: Number(wait) / 1e6 };
  } catch {
    return { cpu: NaN, wait: NaN };
  }
}
let phaseStart = { cpu: NaN, wait: NaN, at: 0 };

/** The sections that ran since the ticker last ran (the current turn, roughly). */
let ran: Array<[string, number]> = [];
let histogram: IntervalHistogram | undefined;
/** Per label (its first word), CPU ms, calls and the longest call since the last phase ended. */
const totals = new Map<string, { ms: number; n: number; max: number }>();
function count(label: string, ms: number, exact = true): void {
  const key = label.split(' ')[0]!;
  const t = totals.get(key) ?? { ms: 0, n: 0, max: 0 };
  t.ms += ms;
  t.n++;
  if (exact) t.max = Math.max(t.max, ms);
  totals.set(key, t);
}

function startLoopDelay(): void {
  histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  phaseStart = { ...threadTimes(), at: performance.now() };
}

function start(): void {
  startLoopDelay();
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) count(`gc(${((e as { detail?: { kind?: number } }).detail)?.kind ?? '?'})`, e.duration);
    for (const e of list.getEntries()) if (e.duration >= 1) ran.push([`gc(${((e as { detail?: { kind?: number } }).detail)?.kind ?? '?'})`, e.duration]);
  });
  gc.observe({ entryTypes: ['gc'] });
  // A ticker every millisecond: a gap much longer than that is a turn that held the loop. This
  // thread's own CPU time in the gap (Linux: /proc/thread-self/schedstat, in ns) tells a turn
  // that worked from one where the machine's other processes had the core.
  let last = performance.now();
  let lastSwitches = switches();
  const tick = () => {
    const now = performance.now();
    const s = switches();
    const gap = now - last;
    if (gap > threshold) {
      const what = ran.map(([label, ms]) => `${label} ${ms.toFixed(1)}`).join(', ');
      process.stderr.write(`[turn ${threadTag}] ${gap.toFixed(1)} ms${s === lastSwitches ? '' : ' (preempted)'} at ${now.toFixed(0)}: ${what || '(untraced)'}\n`);
    }
    ran = [];
    last = now;
    lastSwitches = s;
  };
  setInterval(tick, 1).unref();
}

if (enabled) start();
else if (process.env['DATELINE_LOOP_DELAY'] === '1') startLoopDelay();

/** Runs `fn`; when tracing, records how long it took under `label`. */
export function traced<T>(label: string, fn: () => T): T {
  if (!enabled) return fn();
  // On a loaded machine the wall time of a piece is partly others' work: a piece the thread was
  // taken off its core during is marked so (`~`), and its time is left out of the maxima.
  const s0 = switches();
  const t = performance.now();
  try {
    return fn();
  } finally {
    const ms = performance.now() - t;
    const exact = switches() === s0;
    count(label, ms, exact);
    if (ms >= 0.5) ran.push([exact ? label : `~${label}`, ms]);
  }
}

/** When tracing: a request that took longer than the threshold from its arrival to its reply written. */
export function traceRequest(method: string, ms: number): void {
  if (enabled && ms > threshold) process.stderr.write(`[request] ${method} ${ms.toFixed(1)} ms from its arrival to its reply written\n`);
}

/** When tracing: writes the loop delay since the last phase ended (max, p99, p50) and starts anew. */
export function endPhase(name: string): void {
  if (!histogram) return;
  const ms = (ns: number) => (ns / 1e6).toFixed(1);
  const now = { ...threadTimes(), at: performance.now() };
  const thread = Number.isFinite(now.cpu) ? `; main thread cpu ${(now.cpu - phaseStart.cpu).toFixed(0)} waited ${(now.wait - phaseStart.wait).toFixed(0)} of ${(now.at - phaseStart.at).toFixed(0)} ms` : '';
  phaseStart = now;
  process.stderr.write(`[phase] ${name} at ${performance.now().toFixed(0)}: loop delay max ${ms(histogram.max)} p99 ${ms(histogram.percentile(99))} p50 ${ms(histogram.percentile(50))} ms${thread}\n`);
  if (!enabled) return void histogram.reset();
  const sums = [...totals].sort((a, b) => b[1].ms - a[1].ms).map(([k, t]) => `${k} ${t.ms.toFixed(0)}/${t.n}/${t.max.toFixed(1)}`);
  process.stderr.write(`[phase] ${name} ms/calls/max (max of the exact ones): ${sums.join(', ')}\n`);
  totals.clear();
  histogram.reset();
}
