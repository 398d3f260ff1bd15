// The editor's process id that cannot be signalled from the server (another user, another PID
// namespace) must not make the server exit: before, it exited after 3 s.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TestClient } from './lspClient.ts';
import { watchParent } from '../../server/src/lsp/parentWatch.ts';

test('a process id that cannot be signalled: the server keeps answering past the 3 s check', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-parent-'));
  const client = TestClient.start();
  try {
    // No process has this id here (above Linux's largest pid), as in another namespace.
    await client.initialize(root, 4_194_400);
    await new Promise((r) => setTimeout(r, 4500));
    assert.equal(client.process.exitCode, null, 'still running');
    const hover = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere.txt' }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});

test('the check stays where it works, and only the unusable pid is answered as alive', () => {
  const calls: Array<[number, unknown]> = [];
  const proc = {
    kill(pid: number, signal?: string | number): true {
      calls.push([pid, signal]);
      if (pid === 7) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      if (pid === 8) throw Object.assign(new Error('ESRCH'), { code: 'ESRCH' });
      return true;
    },
  };
  assert.equal(watchParent(5, proc), true);
  assert.equal(watchParent(7, proc), false);
  assert.equal(proc.kill(7, 0), true, 'the unusable pid reads as alive');
  assert.throws(() => proc.kill(8, 0), /ESRCH/, 'any other pid is checked as before');
  assert.throws(() => proc.kill(7, 'SIGTERM'), /EPERM/, 'real signals are untouched');
  assert.equal(watchParent(null, proc), false);
});
