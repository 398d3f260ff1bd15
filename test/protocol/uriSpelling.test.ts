// An editor may spell a file's URI otherwise than Node does (lowercase %xx, `..`, a query or a
// fragment). Requests are answered either way; diagnostics must be published under the URI the
// editor used, or an editor that compares URIs as strings shows none.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lspClient.ts';

test('diagnostics are published under the spelling the editor opened the file with', async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dateline-uri-'));
  cpSync(path.join(import.meta.dirname, '../../corpus'), path.join(root, 'corpus'), { recursive: true });
  // A name with characters that are percent-encoded in a URI.
  const file = path.join(root, 'corpus', 'Azerbaïdjan avertit.txt');
  renameSync(path.join(root, 'corpus', 'azerbaijan-warns-against-deployment-to-karabakh.txt'), file);
  const text = readFileSync(file, 'utf8');
  const canonical = pathToFileURL(file).href;
  const spellings = [
    canonical.replace(/%[0-9A-F]{2}/g, (x) => x.toLowerCase()),
    canonical.replace('/corpus/', '/corpus/../corpus/'),
    `${canonical}?view=1#top`,
  ];
  assert.ok(spellings.every((s) => s !== canonical));
  const client = TestClient.start();
  try {
    await client.initialize(root);
    for (const uri of spellings) {
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      await client.waitFor(() => client.diagnostics.get(uri)?.diagnostics.some((d) => d.code === 'date-conflict') === true, 20000);
      const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.notEqual(hover, undefined);
      await client.notify('textDocument/didClose', { textDocument: { uri } });
    }
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
});
