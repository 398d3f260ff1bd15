// file: URIs <-> paths (lsp/uri.ts): the conversions are kept, and what is kept is what Node's
// own conversion gives, every time, for URIs it converts and for those it refuses.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { URI } from '../../server/src/lsp/uri.ts';

test('a file URI gives the path Node gives, asked again too; one Node refuses gives none, asked again too', () => {
  const path = pathToFileURL('/tmp/dateline uri/Pashinián #1.txt').href;
  for (let i = 0; i < 2; i++) {
    assert.equal(URI.toPath(path), fileURLToPath(path));
    assert.equal(URI.toPath(URI.fromPath('/tmp/a b/c.txt')), '/tmp/a b/c.txt');
  }
  const refused = process.platform === 'win32' ? 'file:///C:/a%2Fb.txt' : 'file://elsewhere/a.txt';
  assert.throws(() => fileURLToPath(refused));
  for (let i = 0; i < 2; i++) assert.equal(URI.toPath(refused), undefined);
  assert.equal(URI.toPath('git:/a.txt'), undefined);
  assert.equal(URI.toPath('untitled:Untitled-1'), 'untitled:Untitled-1');
});
