// A fixed-seed random editor session against the server; see serverFuzz.ts. `npm run soak` runs
// it for minutes with other seeds.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzServer } from './serverFuzz.ts';

test('random edits, file events and card changes: the server shows what a fresh server shows', { timeout: 600000 }, async () => {
  const result = await fuzzServer({ seed: 20261203, operations: 45, checkEvery: 15 });
  assert.deepEqual(result.mismatches, []);
  assert.equal(result.checks, 3);
});
