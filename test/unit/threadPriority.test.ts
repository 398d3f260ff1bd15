// Background threads give way to the main thread (host/threadPriority.ts): checked in a process of
// its own, by the nice value Linux reports for each of its threads.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { BACKGROUND_NICENESS } from '../../server/src/host/threadPriority.ts';

const modulePath = path.resolve(import.meta.dirname, '../../server/src/host/threadPriority.ts');
const tsx = createRequire(import.meta.filename).resolve('tsx/cjs');

/** Runs `body` (an async function's body) in a new Node process; returns what it returns, as JSON. */
function inProcess(body: string): Record<string, unknown> {
  const script = `
    require(${JSON.stringify(tsx)});
    const { readdirSync, readFileSync } = require('node:fs');
    const { Worker } = require('node:worker_threads');
    const priority = require(${JSON.stringify(modulePath)});
    const niceOf = (tid) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
    const nices = () => Object.fromEntries(readdirSync('/proc/self/task').map((t) => [t, niceOf(t)]));
    const workerSource = 'require(' + JSON.stringify(${JSON.stringify(tsx)}) + ');' +
      'require(' + JSON.stringify(${JSON.stringify(modulePath)}) + ').lowerThisThread();' +
      "require('node:worker_threads').parentPort.postMessage(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());";
    (async () => { ${body} })().then((r) => process.stdout.write(JSON.stringify({ ...r, main: String(process.pid) })));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as Record<string, unknown>;
}

const linuxOnly = { skip: process.platform !== 'linux' && 'thread priorities are set through /proc on Linux only' };

test('every thread but the main one is lowered, as they are at the call', linuxOnly, () => {
  const r = inProcess('const before = nices(); const lowered = priority.lowerHelperThreads(); return { before, after: nices(), lowered };');
  const before = r['before'] as Record<string, number>;
  const after = r['after'] as Record<string, number>;
  const main = r['main'] as string;
  assert.ok(Object.values(before).every((n) => n === 0), 'every thread starts at the process priority');
  assert.equal(after[main], 0, 'the main thread keeps its priority');
  const others = Object.keys(after).filter((t) => t !== main);
  assert.ok(others.length >= 1, "V8's platform threads exist");
  assert.equal(r['lowered'], others.length);
  for (const t of others) assert.equal(after[t], BACKGROUND_NICENESS, `thread ${t}`);
});

test('a worker that lowers itself leaves the main thread and the others alone', linuxOnly, () => {
  const r = inProcess(`
    const w = new Worker(workerSource, { eval: true });
    const tid = await new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
    const after = nices();
    await w.terminate();
    return { after, tid };
  `);
  const after = r['after'] as Record<string, number>;
  const tid = r['tid'] as string;
  assert.equal(after[tid], BACKGROUND_NICENESS, 'the worker runs lower');
  for (const [t, n] of Object.entries(after)) if (t !== tid) assert.equal(n, 0, `thread ${t}`);
});
