import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { decodeSharedNerModel, loadNerModel, loadSharedNerModel, tagTokens } from '../../server/src/core/entities/tagger/index.ts';
import { sentences, tokenize } from '../../server/src/core/text/tokenize.ts';
import { buildDecodingRows } from '../../server/src/core/entities/tagger/decodingRows.ts';

const bytes = readFileSync(join(__dirname, '../../server/models/ner-conll.bin'));

function corpusSentences(): string[][][] {
  const dir = join(__dirname, '../../corpus');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const tokens = tokenize(text);
    return sentences(text, tokens).map((s) => tokens.slice(s.firstToken, s.endToken).map((t) => t.text));
  });
}

test('a model in shared memory tags exactly as the model decoded in this thread', () => {
  const own = loadNerModel(bytes);
  const shared = decodeSharedNerModel(bytes);
  const model = loadSharedNerModel(shared);
  assert.ok(shared.table.slots.buffer instanceof SharedArrayBuffer && shared.stage1.q.buffer instanceof SharedArrayBuffer);
  for (const doc of corpusSentences()) assert.deepEqual(tagTokens(model, doc), tagTokens(own, doc));
});

test('a shared model carries its decoding rows in shared memory, equal to those a thread builds itself', () => {
  const shared = decodeSharedNerModel(bytes);
  const own = loadNerModel(bytes);
  const rows = buildDecodingRows(own.keys, own.stage1, own.stage2);
  assert.ok(shared.decodingRows.table.slots.buffer instanceof SharedArrayBuffer && shared.decodingRows.entries.buffer instanceof SharedArrayBuffer);
  assert.deepEqual(shared.decodingRows.table, rows.table);
  assert.ok(rows.entries.length > 100_000);
  assert.deepEqual([...shared.decodingRows.entries], [...rows.entries]);
});

test('a worker tags with the shared model it is handed, without a copy of its arrays', async () => {
  const shared = decodeSharedNerModel(bytes);
  const doc = corpusSentences()[0]!;
  const tsx = require.resolve('tsx/cjs');
  const index = join(__dirname, '../../server/src/core/entities/tagger/index.ts');
  const worker = new Worker(
    `require(${JSON.stringify(tsx)});
     const { parentPort, workerData } = require('node:worker_threads');
     const { loadSharedNerModel, tagTokens } = require(${JSON.stringify(index)});
     const model = loadSharedNerModel(workerData.shared);
     const tags = tagTokens(model, workerData.doc);
     // once done, the worker writes into the table's memory: the opener sees it, so the memory is one
     const before = workerData.shared.table.filter[0];
     workerData.shared.table.filter[0] = 12345;
     parentPort.postMessage({ tags, before });`,
    { eval: true, workerData: { shared, doc } },
  );
  const reply = await new Promise<{ tags: string[][]; before: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  assert.equal(shared.table.filter[0], 12345);
  shared.table.filter[0] = reply.before;
  assert.deepEqual(reply.tags, tagTokens(loadSharedNerModel(shared), doc));
});

test('the model a pool worker decodes (as the server has it) tags exactly as one decoded here, and through the loader', async () => {
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  const { AnalysisPool } = await import('../../server/src/host/analysisPool.ts');
  const path = join(__dirname, '../../server/models/ner-conll.bin');
  const pool = AnalysisPool.open({ cards: [], useTagger: false }, 1)!;
  try {
    const shared = await pool.decodeModel(path);
    assert.ok(shared, 'the worker gave a model');
    assert.ok(shared.table.slots.buffer instanceof SharedArrayBuffer && shared.stage1.q.buffer instanceof SharedArrayBuffer);
    const own = loadNerModel(bytes);
    const model = loadSharedNerModel(shared);
    for (const doc of corpusSentences()) assert.deepEqual(tagTokens(model, doc), tagTokens(own, doc));
    assert.equal(await pool.decodeModel(join(__dirname, 'no-such-model.bin')), undefined);
    // the loader the server calls, decoding on the worker, and here when the worker gives nothing
    const doc = corpusSentences()[1]!;
    let asked = 0;
    const viaWorker = (await loadBundledTagger(path, { decode: (p) => (asked++, pool.decodeModel(p)) }))!;
    assert.equal(asked, 1);
    assert.deepEqual(viaWorker.tagDocument(doc), tagTokens(own, doc));
    const fallback = (await loadBundledTagger(path, { decode: async () => undefined }))!;
    assert.deepEqual(fallback.tagDocument(doc), tagTokens(own, doc));
  } finally {
    await pool.close();
  }
});
