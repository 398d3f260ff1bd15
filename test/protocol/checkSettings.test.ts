// `dateline.checks.<code>` over the protocol: a check turned off publishes nothing, a check given
// another severity shows with it, and changing the settings republishes every file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

test('check settings turn checks off, change their severity, and apply at once when changed', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-checks-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  const client = TestClient.start();
  client.settings = { checks: { 'entity-without-card': 'off', 'date-conflict': 'information' } };
  try {
    await client.initialize(root);
    const warned = pathToFileURL(path.join(root, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt')).href;
    const codes = () => [...client.diagnostics.values()].flatMap((p) => p.diagnostics.map((d) => d.code));
    const conflict = () => client.diagnostics.get(warned)?.diagnostics.find((d) => d.code === 'date-conflict');
    await client.waitFor(() => conflict() !== undefined, 30000);
    assert.equal(conflict()!.severity, 3, 'date-conflict shown as information');
    assert.ok(!codes().includes('entity-without-card'), 'no hint of a check turned off');

    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor(() => codes().includes('entity-without-card') && conflict()?.severity === 2, 30000);
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});
