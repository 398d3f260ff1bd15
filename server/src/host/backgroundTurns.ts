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
// request waits at most one slice. While a message from the editor is being handled
// (`holdBackground`), no slice runs: the protocol library takes a turn of its own for each step
// of a request (decoding it, dispatching it, writing the reply), and a slice in each of those
// turns made a hover wait behind three of them.

const waiting: Array<() => void> = [];
let scheduled = false;
/** Holds taken and not released yet (holdBackground). */
let held = 0;

/** A hold ends by itself after this long: a request that awaits other work must not stop it. */
export const HOLD_MAX_MS = 10;

function pump(): void {
  if (scheduled || held > 0 || waiting.length === 0) return;
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    // (a message came in after this turn was asked for: its steps first; the release pumps again)
    if (held > 0) return;
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

/**
 * No background slice starts until `release` is called, or `maxMs` has passed: for a message from
 * the editor, whose steps then follow each other with no slice between them. Releasing twice is
 * harmless.
 */
export function holdBackground(maxMs = HOLD_MAX_MS): () => void {
  held++;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    held--;
    pump();
  };
  const timer = setTimeout(release, maxMs);
  timer.unref();
  return release;
}

/** Runs `fn` in a turn of its own, as backgroundTurn() then `fn()`. */
export function inBackgroundTurn<T>(fn: () => T): Promise<T> {
  return backgroundTurn().then(fn);
}
