// The CLI's main thread tags batches itself only when waiting for the tagging worker would cost
// more than its own warm-up for the tagger.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagHereToo, WARM_UP_MS, type SplitProgress } from '../../server/src/host/tagHereToo.ts';

const even: SplitProgress = { toTag: 150, toAnalyze: 152, workerMsPerBatch: 11, sinceWorkerAnswered: 3, hereMsPerBatch: 9, taggedHere: false };

test('a worker keeping about the pace of this thread is waited for', () => {
  assert.equal(tagHereToo(even), false);
  // 150 * 11 - 152 * 9 = 282 ms of waiting in all: less than the warm-up
  assert.equal(tagHereToo({ ...even, workerMsPerBatch: 11 }), false);
  // this thread's pace not known yet: taken to be the worker's
  assert.equal(tagHereToo({ ...even, hereMsPerBatch: undefined }), false);
  // nothing left for the worker to tag
  assert.equal(tagHereToo({ ...even, toTag: 0, workerMsPerBatch: 1000 }), false);
});

test('a worker far slower than this thread is helped from the back', () => {
  // 150 * 14 - 152 * 9 = 732 ms
  assert.equal(tagHereToo({ ...even, workerMsPerBatch: 14 }), true);
  // a worker starved of its core: 160 ms a batch
  assert.equal(tagHereToo({ ...even, workerMsPerBatch: 160, hereMsPerBatch: 13 }), true);
  // near the end the same pace leaves too little to gain
  assert.equal(tagHereToo({ ...even, toTag: 20, toAnalyze: 22, workerMsPerBatch: 14 }), false);
});

test('a silent worker is helped once its silence costs more than the warm-up', () => {
  // the same pace: waiting costs the batch the worker is on beyond its usual 9 ms, and the two batches this thread has more
  const same: SplitProgress = { ...even, workerMsPerBatch: 9, hereMsPerBatch: 9 };
  const silence = WARM_UP_MS + 152 * 9 - 149 * 9;
  assert.equal(tagHereToo({ ...same, sinceWorkerAnswered: silence - 1 }), false);
  assert.equal(tagHereToo({ ...same, sinceWorkerAnswered: silence + 1 }), true);
  // before its second answer its pace is not known: silence alone decides
  assert.equal(tagHereToo({ ...even, workerMsPerBatch: undefined, sinceWorkerAnswered: WARM_UP_MS - 1 }), false);
  assert.equal(tagHereToo({ ...even, workerMsPerBatch: undefined, sinceWorkerAnswered: WARM_UP_MS + 1 }), true);
});

test('once this thread has tagged, it tags whenever it would wait', () => {
  assert.equal(tagHereToo({ ...even, taggedHere: true }), true);
});
