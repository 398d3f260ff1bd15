// Background work on the thread that answers requests takes turns: at most one slice of it per
// turn of the event loop, whoever it is from. Every loop that works in slices (taking the
// workers' results into the index, publishing diagnostics, reading files, re-analyzing) awaits
// `backgroundTurn()` before each slice. With a plain setImmediate each, the slices of different
// loops queued together all ran in the same turn (Node runs every immediate queued before the
// check phase in one go), and a request that arrived meanwhile waited behind all of them: an
// import slice, a publish slice and a worker's message, some 8 ms, where each alone is 2-3 ms.
//
//   await backgroundTurn();   // then one slice, synchronous and short
//
// Slices are served first come, first served; between two of them the loop polls for I/O, so a
// request waits at most one slice.

const waiting: Array<() => void> = [];
let scheduled = false;

function pump(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const next = waiting.shift();
    // The slice runs in this turn (as a microtask of this callback); the next one, in the next turn.
    pump();
    next?.();
  });
}

/** Resolves in a turn of the event loop of its own (no other background slice runs in it). */
export function backgroundTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    pump();
  });
}

/**
 * As backgroundTurn, ahead of every slice waiting: for the analysis of the article being edited,
 * whose diagnostics the user waits for, where the others' slices can wait a few milliseconds more.
 */
export function urgentTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.unshift(resolve);
    pump();
  });
}

/** Runs `fn` in a turn of its own, as backgroundTurn() then `fn()`. */
export function inBackgroundTurn<T>(fn: () => T): Promise<T> {
  return backgroundTurn().then(fn);
}
