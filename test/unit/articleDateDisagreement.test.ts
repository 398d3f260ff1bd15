// The article's own dateline against its sidecar's `published`: a dateline a day away is the
// writer's date for relative expressions; both are kept and the disagreement is a note.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';

const WIRE = 'Clinton Urges Action\n\nWASHINGTON, March 3 (Xinhua) -- U.S. President Bill Clinton today urged Congress to act, a day after he met leaders on Tuesday.\n';

function withSidecar(text: string, published: string): Workspace {
  const w = new Workspace();
  w.setArticle('corpus/a.txt', text);
  w.setMetadata('corpus/a.meta.yaml', `published: ${published}\nsource: XIE\n`);
  return w;
}

test('a year-less dateline a day before the sidecar anchors "today" and weekdays, with the sidecar\'s year', () => {
  const w = withSidecar(WIRE, '1999-03-04');
  const a = w.analysis('corpus/a.txt')!;
  assert.equal(a.articleDate.value, '1999-03-03');
  assert.equal(a.articleDate.source, 'dateline');
  assert.match(a.articleDate.explanation, /dateline "March 3".*year from corpus\/a\.meta\.yaml.*1999-03-04, a day later/);
  assert.equal(a.articleDate.sidecar?.value, '1999-03-04');
  const byText = Object.fromEntries(a.dates.map((d) => [d.text, d.value]));
  assert.equal(byText['March 3'], '1999-03-03');
  assert.equal(byText['today'], '1999-03-03');
  assert.equal(byText['Tuesday'], '1999-03-02', 'March 3, 1999 was a Wednesday');
});

test('the disagreement is an information finding on the dateline, pointing at the sidecar value', () => {
  const w = withSidecar(WIRE, '1999-03-04');
  const notes = w.findings('corpus/a.txt').filter((f) => f.code === 'article-date-disagreement');
  assert.equal(notes.length, 1);
  const [n] = notes;
  assert.equal(n!.severity, 'information');
  assert.equal(WIRE.slice(n!.start, n!.end), 'March 3');
  assert.match(n!.message, /dateline gives 1999-03-03; the sidecar gives 1999-03-04/);
  assert.equal(n!.related.length, 1);
  assert.equal(n!.related[0]!.path, 'corpus/a.meta.yaml');
  const sidecar = 'published: 1999-03-04\nsource: XIE\n';
  assert.equal(sidecar.slice(n!.related[0]!.start, n!.related[0]!.end), '1999-03-04');
});

test('a dateline that agrees with the sidecar, or is far from it, leaves the sidecar\'s date and no note', () => {
  for (const published of ['1999-03-03', '1999-03-05', '1999-03-09']) {
    const w = withSidecar(WIRE, published);
    const a = w.analysis('corpus/a.txt')!;
    assert.deepEqual([a.articleDate.value, a.articleDate.source], [published, 'metadata'], published);
    assert.equal(a.articleDate.sidecar, undefined);
    assert.deepEqual(w.findings('corpus/a.txt').filter((f) => f.code === 'article-date-disagreement'), [], published);
  }
});

test('a dateline with a year of its own far from the sidecar (a quoted speech of 1989) leaves the sidecar\'s date', () => {
  const w = withSidecar('Deng on Stability\n\nFebruary 26, 1989 -- Stability is an overriding issue, Deng said.\n', '1998-12-14');
  assert.deepEqual([w.analysis('corpus/a.txt')!.articleDate.value, w.analysis('corpus/a.txt')!.articleDate.source], ['1998-12-14', 'metadata']);
});

test('a dateline with its own year a day after the sidecar wins too; across New Year the year follows the day', () => {
  const w = withSidecar('KAMPALA, August 12, 2000 (Xinhua) -- The New Vision reported on Saturday that droughts loom.\n', '2000-08-11');
  assert.equal(w.analysis('corpus/a.txt')!.articleDate.value, '2000-08-12');
  assert.equal(w.analysis('corpus/a.txt')!.dates.find((d) => d.text === 'Saturday')!.value, '2000-08-12');
  const ny = withSidecar('BEIJING, December 31 (Xinhua) -- Officials said today the plan is ready.\n', '2000-01-01');
  assert.equal(ny.analysis('corpus/a.txt')!.articleDate.value, '1999-12-31');
});

test('a dateline with a parenthesized province ("BEIDAIHE (Hebei), March 5 (Xinhua) --") is a dateline', () => {
  const w = withSidecar('Wetlands Plan\n\nBEIDAIHE (Hebei), March 5 (Xinhua) -- China will enhance its cooperation, officials said today.\n', '1997-03-06');
  assert.equal(w.analysis('corpus/a.txt')!.articleDate.value, '1997-03-05');
});

test('changing the sidecar to agree removes the note', () => {
  const w = withSidecar(WIRE, '1999-03-04');
  assert.equal(w.findings('corpus/a.txt').filter((f) => f.code === 'article-date-disagreement').length, 1);
  w.setMetadata('corpus/a.meta.yaml', 'published: 1999-03-03\n');
  assert.equal(w.findings('corpus/a.txt').filter((f) => f.code === 'article-date-disagreement').length, 0);
  assert.equal(w.analysis('corpus/a.txt')!.articleDate.source, 'metadata');
});
