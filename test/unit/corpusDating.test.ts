// An undated article read against the dated articles of its folder (events/corpusDating.ts):
// what the range resolves, what a year-less dateline pins, and that edits which change the
// folder's span give what a fresh build gives.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { dateAgainstCorpus } from '../../server/src/core/events/corpusDating.ts';
import { dateHoverMarkdown } from '../../server/src/core/present/dateHover.ts';

const DATED_A = 'SYDNEY (AP) -- The ministry said on Tuesday that the talks would resume.\n';
const DATED_B = 'SYDNEY (AP) -- Officials met again on Monday.\n';
const UNDATED = 'Talks\n\nCANBERRA (AP) -- The minister, who resigned last year, will speak on Friday before the vote on July 16.\n';
const WIRE = 'Talks\n\nCANBERRA, September 13 (Xinhua) -- The minister spoke on Wednesday about the vote of last year.\n';

function build(files: Record<string, string>, sidecars: Record<string, string>): Workspace {
  const ws = new Workspace();
  for (const [p, t] of Object.entries(files)) ws.setArticle(p, t);
  for (const [p, v] of Object.entries(sidecars)) ws.setMetadata(p.replace(/\.txt$/, '.meta.yaml'), `published: ${v}\n`);
  return ws;
}

const valuesOf = (ws: Workspace, p: string) => Object.fromEntries(ws.analysis(p)!.dates.map((d) => [d.text, d.value]));

test('a range of one year resolves a year-less date and "last year", never a weekday; marked as read against an inferred date', () => {
  const ws = build({ 'c/a.txt': DATED_A, 'c/b.txt': DATED_B, 'c/u.txt': UNDATED }, { 'c/a.txt': '2000-03-02', 'c/b.txt': '2000-06-20' });
  const a = ws.analysis('c/u.txt')!;
  assert.equal(a.articleDate.value, null, 'never given as its date');
  assert.deepEqual(a.articleDate.inferred, { from: '2000-03-02', to: '2000-06-20', reason: 'the dated articles of its folder are from 2000-03-02 to 2000-06-20: it is taken to be of their time' });
  assert.deepEqual(valuesOf(ws, 'c/u.txt'), { 'last year': '1999', Friday: null, 'July 16': '2000-07-16' });
  const d = a.dates.find((x) => x.text === 'last year')!;
  assert.equal(d.inferredAnchor, true);
  const hover = dateHoverMarkdown(ws, 'c/u.txt', d, () => '');
  assert.match(hover, /Resolved against an inferred article date/);
  assert.match(hover, /inferred between `2000-03-02` and `2000-06-20`/);
});

test('a year-less dateline falling once in the folder\'s time pins the day: every relative date reads against it', () => {
  const ws = build({ 'c/a.txt': DATED_A, 'c/b.txt': DATED_B, 'c/w.txt': WIRE }, { 'c/a.txt': '2000-03-02', 'c/b.txt': '2000-09-20' });
  const a = ws.analysis('c/w.txt')!;
  assert.equal(a.articleDate.value, null);
  assert.equal(a.articleDate.inferred?.from, '2000-09-13');
  assert.equal(a.articleDate.inferred?.to, '2000-09-13');
  assert.match(a.articleDate.inferred!.reason, /its dateline "September 13" falls once between 2000-03-02 and 2000-09-20/);
  assert.deepEqual(valuesOf(ws, 'c/w.txt'), { 'September 13': '2000-09-13', Wednesday: '2000-09-13', 'last year': '1999' });
  assert.ok(a.dates.every((d) => d.inferredAnchor));
  assert.match(dateHoverMarkdown(ws, 'c/w.txt', a.dates[1]!, () => ''), /inferred to be `2000-09-13` \(never given\)/);
});

test('no inference from one dated neighbour, from another folder, across years, or when the dateline falls outside the folder\'s time', () => {
  const one = build({ 'c/a.txt': DATED_A, 'c/u.txt': UNDATED }, { 'c/a.txt': '2000-03-02' });
  assert.equal(one.analysis('c/u.txt')!.articleDate.inferred, undefined);
  const elsewhere = build({ 'c/a.txt': DATED_A, 'c/b.txt': DATED_B, 'd/u.txt': UNDATED }, { 'c/a.txt': '2000-03-02', 'c/b.txt': '2000-09-20' });
  assert.equal(elsewhere.analysis('d/u.txt')!.articleDate.inferred, undefined);
  const years = build({ 'c/a.txt': DATED_A, 'c/b.txt': DATED_B, 'c/u.txt': UNDATED }, { 'c/a.txt': '1999-11-02', 'c/b.txt': '2000-09-20' });
  assert.deepEqual(valuesOf(years, 'c/u.txt'), { 'last year': null, Friday: null, 'July 16': null }, 'from November 1999 to September 2000, neither "last year" nor the next July 16 is one');
  const outside = build({ 'c/a.txt': DATED_A, 'c/b.txt': DATED_B, 'c/w.txt': WIRE }, { 'c/a.txt': '2000-03-02', 'c/b.txt': '2000-06-20' });
  assert.equal(outside.analysis('c/w.txt')!.articleDate.inferred, undefined, 'September 13 is not of March to June: the article is not of its corpus\'s time');
  assert.ok(outside.analysis('c/w.txt')!.dates.every((d) => d.value === null));
});

test('the core function leaves a dated article alone', () => {
  const none = dateAgainstCorpus(UNDATED, { value: '2000-01-01', source: 'metadata', explanation: '' }, [], { from: '2000-01-01', to: '2000-02-01', count: 3 });
  assert.equal(none, undefined);
});

test('edits that change the folder\'s span give what a fresh build gives (dates, the index, findings)', () => {
  const files = { 'c/a.txt': DATED_A, 'c/b.txt': DATED_B, 'c/u.txt': UNDATED, 'c/w.txt': WIRE };
  const ws = build(files, { 'c/a.txt': '2000-03-02' });
  const seen = (w: Workspace) => w.articlePaths().map((p) => ({ p, date: w.analysis(p)!.articleDate, dates: w.analysis(p)!.dates, findings: w.findings(p), events: w.uncardedEvents() }));
  assert.equal(ws.analysis('c/w.txt')!.articleDate.inferred, undefined);
  const steps: Array<[Record<string, string>, (w: Workspace) => void]> = [
    [{ 'c/a.txt': '2000-03-02', 'c/b.txt': '2000-09-20' }, (w) => w.setMetadata('c/b.meta.yaml', 'published: 2000-09-20\n')],
    [{ 'c/a.txt': '2000-03-02', 'c/b.txt': '2000-06-20' }, (w) => w.setMetadata('c/b.meta.yaml', 'published: 2000-06-20\n')],
    [{ 'c/a.txt': '1999-03-02', 'c/b.txt': '2000-06-20' }, (w) => w.setMetadata('c/a.meta.yaml', 'published: 1999-03-02\n')],
    [{ 'c/b.txt': '2000-06-20' }, (w) => w.removeMetadata('c/a.meta.yaml')],
  ];
  for (const [sidecars, edit] of steps) {
    seen(ws);
    edit(ws);
    assert.deepEqual(seen(ws), seen(build(files, sidecars)), JSON.stringify(sidecars));
  }
  // and an article taken away, then given back with its date
  ws.removeArticle('c/b.txt');
  assert.deepEqual(seen(ws), seen(build({ 'c/a.txt': DATED_A, 'c/u.txt': UNDATED, 'c/w.txt': WIRE }, {})));
  ws.setArticle('c/b.txt', DATED_B);
  ws.setMetadata('c/a.meta.yaml', 'published: 2000-03-02\n');
  assert.deepEqual(seen(ws), seen(build(files, { 'c/a.txt': '2000-03-02', 'c/b.txt': '2000-06-20' })));
});

test('an event the folder\'s dated articles date fixes the days an undated article can be of ("Sunday\'s crash": the week after it); edits give what a fresh build gives', async () => {
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  const tagger = await loadBundledTagger();
  const files: Record<string, string> = {
    'c/a.txt': 'Crash\n\nCAIRO (AP) -- EgyptAir Flight 990 crashed on Oct. 31, 1999, off Nantucket, EgyptAir said.\n',
    'c/b.txt': 'Crash\n\nNEW YORK (AP) -- Investigators studied the Oct. 31 crash of EgyptAir Flight 990 off Nantucket.\n',
    'c/u.txt': "Crash\n\nNEW YORK (AP) -- EgyptAir said Sunday's crash off Nantucket killed 217. Last year the airline flew well. Investigators met Monday.\n",
  };
  const make = (sidecars: Record<string, string>) => {
    const ws = new Workspace({ tagger });
    for (const [p, t] of Object.entries(files)) ws.setArticle(p, t);
    for (const [p, v] of Object.entries(sidecars)) ws.setMetadata(p.replace(/\.txt$/, '.meta.yaml'), `published: ${v}\n`);
    return ws;
  };
  // one dated article: no span, but the event it dates
  const ws = make({ 'c/a.txt': '1999-11-01' });
  const a = ws.analysis('c/u.txt')!;
  assert.equal(a.articleDate.value, null);
  assert.deepEqual([a.articleDate.inferred?.from, a.articleDate.inferred?.to], ['1999-10-31', '1999-11-06']);
  assert.match(a.articleDate.inferred!.reason, /"Sunday" of the crash the folder's articles date 1999-10-31/);
  assert.deepEqual(valuesOf(ws, 'c/u.txt'), { Sunday: '1999-10-31', 'Last year': '1998', Monday: null }, 'Monday is not the same day on every day of that week');
  assert.ok(a.dates.filter((d) => d.value !== null).every((d) => d.inferredAnchor));
  const seen = (w: Workspace) => w.articlePaths().map((p) => ({ p, date: w.analysis(p)!.articleDate, dates: w.analysis(p)!.dates, findings: w.findings(p), events: w.uncardedEvents() }));
  ws.removeMetadata('c/a.meta.yaml');
  assert.deepEqual(seen(ws), seen(make({})));
  assert.equal(ws.analysis('c/u.txt')!.articleDate.inferred?.from, '1999-10-31', 'no dated article, but the crash of "Oct. 31, 1999" in an undated one: its year is in the text');
  ws.setMetadata('c/b.meta.yaml', 'published: 1999-11-03\n');
  assert.deepEqual(seen(ws), seen(make({ 'c/b.txt': '1999-11-03' })));
  assert.equal(ws.analysis('c/u.txt')!.articleDate.inferred?.from, '1999-10-31');
});
