// A folder deleted or moved in comes from the editor as one file event for the folder: the server
// must then show what a fresh start on the files now on disk shows.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

test('one Deleted event for a folder removes its articles; one Created event for a folder moved back reads them', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-folders-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  const opeds = path.join(root, 'corpus', 'opeds');
  mkdirSync(opeds);
  const name = 'azerbaijan-warns-against-deployment-to-karabakh.txt';
  renameSync(path.join(root, 'corpus', name), path.join(opeds, name));
  const warned = pathToFileURL(path.join(opeds, name)).href;
  const client = TestClient.start();
  try {
    await client.initialize(root);
    const conflict = () => client.diagnostics.get(warned)?.diagnostics.some((d) => d.code === 'date-conflict');
    await client.waitFor(() => conflict() === true, 30000);

    const away = path.join(root, 'elsewhere');
    renameSync(opeds, away);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(opeds).href, type: 3 }] });
    await client.waitFor(() => client.diagnostics.get(warned)?.diagnostics.length === 0, 10000);
    const timeline = await client.request('dateline/timeline', {});
    const sources = timeline.events.flatMap((e: { sources: Array<{ uri: string }> }) => e.sources.map((s) => s.uri));
    assert.ok(!sources.includes(warned), 'the timeline forgets the deleted folder\u2019s articles');

    renameSync(away, opeds);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(opeds).href, type: 1 }] });
    await client.waitFor(() => conflict() === true, 10000);
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});
