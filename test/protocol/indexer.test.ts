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

const SETTLED = /names without cards recognized|tagger model not found|tagger failed/;

/** Every file's diagnostics once nothing has been published for 3 s (they come in slices after the pass). */
async function settledDiagnostics(client: TestClient): Promise<Map<string, string>> {
  await client.waitFor(() => client.diagnostics.size > MIN_PARALLEL, 120000);
  let last = -1;
  while (last !== client.published.length) {
    last = client.published.length;
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
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
    assert.ok(await client.waitForLog(SETTLED, 120000), 'the tagger pass ends');
    const indexed = () => logs.filter((m) => /indexed \d+ articles/.test(m)).length;
    await client.waitFor(() => indexed() >= 2, 60000).catch(() => undefined);
    const afterChanges = await settledDiagnostics(client);
    assert.deepEqual(logs.filter((m) => /worker threads failed|failed/.test(m)), [], 'no job failed and no worker was closed under a job');
    assert.ok(indexed() >= 2, `the folders were read again: ${logs.join('\n')}`);

    fresh = TestClient.start();
    await fresh.initialize(corpus.root);
    assert.ok(await fresh.waitForLog(SETTLED, 120000));
    assert.deepEqual(differences(afterChanges, await settledDiagnostics(fresh)), [], 'the same diagnostics as a fresh start');
  } finally {
    await client.shutdown();
    await fresh?.shutdown();
    rmSync(out, { recursive: true, force: true });
  }
});
