// Background threads give way to the thread that answers requests. On Linux a thread's priority is
// its own: setpriority on its thread id (found through /proc) lowers that thread alone. Elsewhere,
// or where it is not allowed, every thread keeps the process's priority.

import { readdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * How much lower than the main thread a background thread runs (a nice value; 19 is the lowest).
 * The lowest: a thread at 10 still weighs a tenth of the main thread, and with the two workers
 * and V8's four threads runnable the main thread waited for a core 15-18% of the tagger's pass
 * (at 19: 10%; a main thread alone beside four busy workers waited 389-611 ms of 2.4 s at 10,
 * 14-160 ms at 19).
 */
export const BACKGROUND_NICENESS = 19;

function lower(tid: number): boolean {
  try {
    setPriority(tid, BACKGROUND_NICENESS);
    return true;
  } catch {
    return false; // gone meanwhile, or not allowed
  }
}

/**
 * The calling thread (an analysis worker) yields its core to the main thread: with as many workers
 * as cores, that thread otherwise waits its turn behind them, and a hover waits with it.
 */
export function lowerThisThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) lower(tid);
  } catch {
    // not Linux: the same priority as the process
  }
}

/**
 * Lowers every thread of the process but the main one, as they are now: for the server, at its
 * start, these are V8's platform threads, which compile and collect garbage for every isolate,
 * the workers' included. During the tagger's pass they took as much CPU as the workers at the
 * main thread's priority, and the main thread waited for a core behind them. Threads started
 * later by the main thread (the workers, which lower themselves, libuv's file threads, the large
 * message reader on the request path) inherit its priority, not this one. Returns how many
 * threads were lowered.
 */
export function lowerHelperThreads(): number {
  let lowered = 0;
  try {
    for (const entry of readdirSync('/proc/self/task')) {
      const tid = Number(entry);
      if (Number.isInteger(tid) && tid !== process.pid && lower(tid)) lowered++;
    }
  } catch {
    // not Linux
  }
  return lowered;
}
