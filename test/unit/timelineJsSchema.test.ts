// `dateline timeline --format timelinejs` against TimelineJS's JSON format, written out as a JSON
// Schema beside this file (from the format's documentation: no download when the test runs), on
// the seed corpus and on a development story whose events have no card.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { exportOf } from '../../server/src/cli/exports.ts';

const schema = JSON.parse(readFileSync(path.join(__dirname, 'timelinejs.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const errors = () => JSON.stringify(validate.errors, null, 1);

interface Slide {
  unique_id?: string;
  start_date: { year: number; month?: number; day?: number };
}

/** What the CLI prints for `dateline timeline --format timelinejs <dir>`, parsed. */
async function timelineJsOf(dir: string): Promise<{ events: Slide[] }> {
  const ws = await loadCorpus([dir], { tagger: await loadBundledTagger() });
  return JSON.parse(exportOf(ws, 'timeline', 'timelinejs', `Dateline: ${path.basename(dir)}`));
}

test('the schema holds TimelineJS to its documented format', () => {
  const slide = { start_date: { year: 2020, month: 11, day: 9 }, text: { headline: 'h', text: 't' }, group: 'ceasefire', unique_id: 'a' };
  assert.ok(validate({ events: [slide], title: { text: { headline: 'T' } } }), errors());
  assert.ok(!validate({}), 'events are required');
  assert.ok(!validate({ events: [{ text: { headline: 'no date' } }] }), 'a slide needs its start_date');
  assert.ok(!validate({ events: [{ ...slide, start_date: { year: 2020, month: 13 } }] }), 'months are 1 to 12');
  assert.ok(!validate({ events: [{ ...slide, start_date: { year: '2020-11-09' } }] }), 'the year is a number');
  assert.ok(!validate({ events: [{ ...slide, startDate: slide.start_date }] }), 'no property TimelineJS does not know');
  assert.ok(!validate({ events: [slide], scale: 'geological' }), 'scale is human or cosmological');
});

test('the seed corpus exports as valid TimelineJS: unique ids, the trilateral statement at November 9', async () => {
  const tjs = await timelineJsOf(path.join(__dirname, '../../corpus'));
  assert.ok(validate(tjs), errors());
  const ids = tjs.events.map((e) => e.unique_id);
  assert.equal(new Set(ids).size, ids.length, 'TimelineJS needs each unique_id once');
  assert.deepEqual(tjs.events.find((e) => e.unique_id === 'trilateral-statement-2020')?.start_date, { year: 2020, month: 11, day: 9 });
});

// Two development stories whose events no card describes (one and two of them).
for (const story of ['D0617H', 'D0626H']) {
  const dir = path.join(__dirname, '../../../shared/data/duc2006', story);
  test(`development story ${story}, no cards: its events export as valid TimelineJS`, { skip: existsSync(dir) ? false : 'no development stories here' }, async () => {
    const tjs = await timelineJsOf(dir);
    assert.ok(tjs.events.length > 0, 'the story has events found without a card');
    assert.ok(validate(tjs), errors());
    const ids = tjs.events.map((e) => e.unique_id);
    assert.equal(new Set(ids).size, ids.length, 'TimelineJS needs each unique_id once');
  });
}
