// The indexer's jobs run one at a time: settings changed during a cold start (while the workers
// analyze the corpus and then the tagger's pass runs on them) re-read the folders after the
// pass's workers are done with, instead of closing them under it; and the server ends in the
// state a fresh server reaches on the same files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { MIN_PARALLEL } from '../../server/src/host/parallelAnalysis.ts';
import { TestClient } from './lspClient.ts';

const UP_TO_DATE = /^up to date: /;

/**
 * Every file's diagnostics once the server says its background work has ended and its
 * diagnostics are all published, after the log line `after` matches (the last job asked for).
 */
async function settledDiagnostics(client: TestClient, after: RegExp): Promise<Map<string, string>> {
  const settled = () => {
    const last = client.logs.map((m) => after.test(m)).lastIndexOf(true);
    return last >= 0 && client.logs.slice(last + 1).some((m) => UP_TO_DATE.test(m));
  };
  await client.waitFor(settled, 180000);
  return new Map([...client.diagnostics].map(([uri, p]) => [uri, JSON.stringify(p.diagnostics.map((d) => [d.code, d.range, d.message]))]));
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((uri) => a.get(uri) !== b.get(uri)).map((uri) => `${uri}\n  after the changes: ${a.get(uri)}\n  fresh: ${b.get(uri)}`);
}

test('settings changed during a cold start wait for the workers of the tagger pass, and end as a fresh start does', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'dateline-indexer-'));
  const corpus = generateCorpus(out, MIN_PARALLEL, { seed: 7 });
  const logs: string[] = [];
  const client = TestClient.start();
  client.onLog((m) => logs.push(m));
  let fresh: TestClient | undefined;
  try {
    await client.initialize(corpus.root);
    // Once the first index is read the tagger's pass starts on the workers: change settings then,
    // twice, as an editor does when a settings file is saved.
    await client.waitForLog(/indexed \d+ articles/, 60000);
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const indexed = () => logs.filter((m) => /indexed \d+ articles/.test(m)).length;
    await client.waitFor(() => indexed() >= 2, 180000).catch(() => undefined);
    assert.ok(indexed() >= 2, `the folders were read again: ${logs.join('\n')}`);
    const afterChanges = await settledDiagnostics(client, /indexed \d+ articles/);
    assert.ok(logs.some((m) => /names without cards recognized|tagger model not found/.test(m)), `the tagger's pass ran: ${logs.join('\n')}`);
    assert.deepEqual(logs.filter((m) => /worker threads failed|failed/.test(m)), [], 'no job failed and no worker was closed under a job');

    fresh = TestClient.start();
    await fresh.initialize(corpus.root);
    const freshDiagnostics = await settledDiagnostics(fresh, /names without cards recognized|tagger model not found/);
    assert.ok(freshDiagnostics.size > MIN_PARALLEL, `every article is reported: ${freshDiagnostics.size}`);
    assert.deepEqual(differences(afterChanges, freshDiagnostics), [], 'the same diagnostics as a fresh start');
  } finally {
    await client.shutdown();
    await fresh?.shutdown();
    rmSync(out, { recursive: true, force: true });
  }
});
