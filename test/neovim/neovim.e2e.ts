// Another LSP editor: Neovim (Debian's 0.7) drives `dateline-language-server --stdio` with its
// built-in client. Hover, definition and the date-conflict diagnostic must come through.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repo = path.join(__dirname, '../..');

test('Neovim shows the card on hover, jumps to it and lists the date conflict', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-nvim-'));
  try {
    cpSync(path.join(repo, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
    const out = path.join(dir, 'probe.json');
    execFileSync('nvim', ['--headless', '-u', path.join(__dirname, 'init.lua'), '-c', `luafile ${path.join(__dirname, 'probe.lua')}`], {
      cwd: dir,
      env: { ...process.env, DATELINE_SERVER: path.join(repo, 'dist/server.js'), DATELINE_PROBE_OUT: out },
      timeout: 60000,
      stdio: 'ignore',
    });
    const probe = JSON.parse(readFileSync(out, 'utf8')) as { hover: string; definition: string; conflicts: number };
    assert.match(probe.hover, /\*\*Nikol Pashinyan\*\* · person/);
    assert.match(probe.definition, /entities\/people\/nikol-pashinyan\.md$/);
    assert.equal(probe.conflicts, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
