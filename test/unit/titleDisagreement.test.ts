// title-disagreement across articles of our own, no cards: the minority's title is a note naming
// the majority's; a person with one title everywhere, or too few sources, gets nothing.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

// Names without cards are the tagger's.
let tagger: EntityTagger | undefined;
before(async () => {
  tagger = await loadBundledTagger();
});

/** Articles of our own, dated a day apart from 2021-03-01 unless `dates` says otherwise. */
function corpus(texts: string[], dates: string[] = []): Workspace {
  const ws = new Workspace({ tagger });
  texts.forEach((t, i) => {
    ws.setArticle(`/s/a${i}.txt`, t);
    ws.setMetadata(`/s/a${i}.meta.yaml`, `published: ${dates[i] ?? `2021-03-0${i + 1}`}\n`);
  });
  return ws;
}
const notes = (ws: Workspace) => ws.articlePaths().flatMap((p) => ws.findings(p).filter((f) => f.code === 'title-disagreement').map((f) => `${p}: ${f.message}`));

test('one article calls a person President where three call them Prime Minister: a note there', () => {
  const ws = corpus([
    'Prime Minister Anna Vardanyan spoke in the capital on Monday.',
    'The talks were opened by Prime Minister Anna Vardanyan.',
    'Officials said Prime Minister Anna Vardanyan would travel.',
    'President Anna Vardanyan said the deal was fair.',
  ]);
  const [note, ...more] = notes(ws);
  assert.equal(more.length, 0);
  assert.match(note!, /^\/s\/a3\.txt: "President" for Anna Vardanyan: 3 other articles of the same week call them prime minister\.$/);
  const f = ws.findings('/s/a3.txt').find((x) => x.code === 'title-disagreement')!;
  assert.equal(f.severity, 'information');
  assert.equal(f.related.length, 3);
  // Fixed in the text, the note goes everywhere.
  ws.setArticle('/s/a3.txt', 'Prime Minister Anna Vardanyan said the deal was fair.');
  assert.deepEqual(notes(ws), []);
});

test('agreement, an even split, a modifier or a single other source: no note', () => {
  assert.deepEqual(notes(corpus(['President Anna Vardanyan spoke.', 'President Anna Vardanyan left.'])), []);
  assert.deepEqual(notes(corpus(['President Anna Vardanyan spoke.', 'Prime Minister Anna Vardanyan left.'])), []);
  assert.deepEqual(notes(corpus(['Prime Minister Anna Vardanyan spoke.', 'Prime Minister Anna Vardanyan left.', 'Former President Anna Vardanyan wrote.'])), []);
});

test('a title that changed over time is news: "President" a month after "Prime Minister" is not noted', () => {
  const ws = corpus(
    ['Prime Minister Anna Vardanyan spoke.', 'Prime Minister Anna Vardanyan left.', 'Prime Minister Anna Vardanyan returned.', 'President Anna Vardanyan was sworn in.'],
    ['2021-03-01', '2021-03-02', '2021-03-03', '2021-04-10'],
  );
  assert.deepEqual(notes(ws), []);
  // Undated, an article is not placed in time, and so not compared.
  const undated = new Workspace({ tagger });
  ['Prime Minister Anna Vardanyan spoke.', 'Prime Minister Anna Vardanyan left.', 'Prime Minister Anna Vardanyan returned.', 'President Anna Vardanyan said.'].forEach((t, i) => undated.setArticle(`/u/a${i}.txt`, t));
  assert.deepEqual(notes(undated), []);
});

test('what comes before "for" is someone else\u2019s title; offices held together are not compared', () => {
  const ws = corpus([
    'A spokesman for Prime Minister Anna Vardanyan said on Monday that talks would go on.',
    'Prime Minister Anna Vardanyan left for Paris.',
    'Prime Minister Anna Vardanyan returned.',
  ]);
  assert.deepEqual(notes(ws), [], '"spokesman" is the spokesman\u2019s');
  assert.deepEqual(notes(corpus(['Senator Anna Vardanyan spoke.', 'Senator Anna Vardanyan left.', 'Senator Anna Vardanyan came back.', 'Chairman Anna Vardanyan opened the hearing.'])), []);
});

test('the note stays when its article is analyzed again with the title where it was (text added after it, or the same text again)', () => {
  const texts = [
    'Prime Minister Anna Vardanyan spoke in the capital on Monday.',
    'The talks were opened by Prime Minister Anna Vardanyan.',
    'Officials said Prime Minister Anna Vardanyan would travel.',
    'President Anna Vardanyan said the deal was fair.',
  ];
  const ws = corpus(texts);
  const before = notes(ws);
  assert.equal(before.length, 1);
  ws.setArticle('/s/a3.txt', `${texts[3]} More details will follow.`);
  assert.deepEqual(notes(ws), before);
  // As the tagger's pass takes an analysis made elsewhere: the same, through JSON.
  const { text: _t, lines: _l, ...own } = ws.analysis('/s/a3.txt')!;
  const inputs = ws.analysisInputs(['/s/a3.txt']);
  assert.ok(ws.importAnalysis(inputs.generation, '/s/a3.txt', inputs.articles[0]!.text, inputs.articles[0]!.metadata, JSON.parse(JSON.stringify(own))));
  assert.deepEqual(notes(ws), before);
});
