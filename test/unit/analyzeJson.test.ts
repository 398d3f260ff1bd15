// The CLI writes the JSON contract document by document; what it writes must be, byte for byte,
// the single JSON.stringify of the whole that the contract was defined by.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { analyzeJson, writeAnalyzeJson } from '../../server/src/cli/analyzeJson.ts';

async function streamed(ws: Workspace): Promise<string> {
  let out = '';
  let calls = 0;
  // Report a full output now and then, as a pipe does, to take the waiting path too.
  await writeAnalyzeJson(ws, (chunk) => ((out += chunk), ++calls % 2 === 0), async () => undefined);
  return out;
}

test('the streamed JSON equals JSON.stringify of the whole, for the corpus and for nothing', async () => {
  const ws = await loadCorpus([path.join(__dirname, '../../corpus')], {});
  assert.equal(await streamed(ws), `${JSON.stringify(analyzeJson(ws), null, 2)}\n`);
  assert.equal(await streamed(new Workspace()), `${JSON.stringify({ documents: [] }, null, 2)}\n`);
});
