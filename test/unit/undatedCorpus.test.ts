// Undated articles read against a folder that may have no dated article at all
// (events/corpusDating.ts): an event an undated article dates with the year in its text dates
// the folder's event; the folder's day of an event is its clear majority, contradictions date
// nothing; a year-less date of the event takes its year, and the hover and the JSON say it is
// inferred; a year-less dateline pins the day only within the days the events give.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { dateHoverMarkdown } from '../../server/src/core/present/dateHover.ts';
import { analyzeJson } from '../../server/src/cli/analyzeJson.ts';
import { findDatesWithin } from '../../server/src/core/dates/findDatesWithin.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';

let tagger: EntityTagger;
before(async () => {
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  tagger = (await loadBundledTagger())!;
});

const FULL = 'Crash\n\nCAIRO (AP) -- EgyptAir Flight 990 crashed on Oct. 31, 1999, off Nantucket, EgyptAir said.\n';
const OTHER_DAY = 'Crash\n\nCAIRO (AP) -- EgyptAir Flight 990 crashed on Nov. 2, 1999, off Nantucket, EgyptAir said.\n';
const RELATIVE = "Crash\n\nNEW YORK (AP) -- EgyptAir said Sunday's crash off Nantucket killed 217. Last year the airline flew well. Investigators met Monday.\n";
const YEARLESS = 'Crash\n\nNEW YORK (AP) -- Investigators studied the Oct. 31 crash of EgyptAir Flight 990 off Nantucket.\n';
const wire = (day: string) => `Crash\n\nNEW YORK, ${day} (Xinhua) -- EgyptAir said Sunday's crash off Nantucket killed 217. Investigators met Monday.\n`;

function build(files: Record<string, string>): Workspace {
  const ws = new Workspace({ tagger });
  for (const [p, t] of Object.entries(files)) ws.setArticle(p, t);
  return ws;
}

const valuesOf = (ws: Workspace, p: string) => Object.fromEntries(ws.analysis(p)!.dates.map((d) => [d.text, d.value]));
const seen = (w: Workspace) => w.articlePaths().map((p) => ({ p, date: w.analysis(p)!.articleDate, dates: w.analysis(p)!.dates, findings: w.findings(p), events: w.uncardedEvents() }));

test('a folder with no dated article: the crash an undated article dates "Oct. 31, 1999" gives another its week', () => {
  const ws = build({ 'c/a.txt': FULL, 'c/u.txt': RELATIVE });
  const a = ws.analysis('c/u.txt')!;
  assert.equal(a.articleDate.value, null, 'never given as its date');
  assert.deepEqual([a.articleDate.inferred?.from, a.articleDate.inferred?.to], ['1999-10-31', '1999-11-06']);
  assert.match(a.articleDate.inferred!.reason, /"Sunday" of the crash the folder's articles date 1999-10-31/);
  assert.deepEqual(valuesOf(ws, 'c/u.txt'), { Sunday: '1999-10-31', 'Last year': '1998', Monday: null });
  assert.ok(a.dates.filter((d) => d.value !== null).every((d) => d.inferredAnchor));
  // the article that gives the year is not changed by it
  assert.equal(ws.analysis('c/a.txt')!.articleDate.inferred?.to, undefined);
  assert.deepEqual(valuesOf(ws, 'c/a.txt'), { 'Oct. 31, 1999': '1999-10-31' });
});

test('the folder\'s day of an event is its clear majority: one day against another dates nothing, three against one dates it', () => {
  const split = build({ 'c/a.txt': FULL, 'c/b.txt': OTHER_DAY, 'c/u.txt': RELATIVE });
  assert.equal(split.analysis('c/u.txt')!.articleDate.inferred, undefined, 'Oct. 31 against Nov. 2: no guess');
  assert.deepEqual(valuesOf(split, 'c/u.txt'), { Sunday: null, 'Last year': null, Monday: null });
  const two = build({ 'c/a.txt': FULL, 'c/a2.txt': FULL, 'c/b.txt': OTHER_DAY, 'c/u.txt': RELATIVE });
  assert.equal(two.analysis('c/u.txt')!.articleDate.inferred, undefined, 'two against one is no clear majority');
  const three = build({ 'c/a.txt': FULL, 'c/a2.txt': FULL, 'c/a3.txt': FULL, 'c/b.txt': OTHER_DAY, 'c/u.txt': RELATIVE });
  assert.equal(three.analysis('c/u.txt')!.articleDate.inferred?.from, '1999-10-31');
  assert.equal(valuesOf(three, 'c/u.txt').Sunday, '1999-10-31');
});

test('a year-less date of the event takes the year the folder gives it, marked inferred in the hover and the JSON', () => {
  const ws = build({ 'c/a.txt': FULL, 'c/y.txt': YEARLESS });
  const d = ws.analysis('c/y.txt')!.dates.find((x) => x.text === 'Oct. 31')!;
  assert.equal(d.value, '1999-10-31');
  assert.equal(d.inferredAnchor, true);
  assert.equal(d.yearFromEvent, '1999-10-31');
  assert.equal(ws.analysis('c/y.txt')!.articleDate.value, null);
  const hover = dateHoverMarkdown(ws, 'c/y.txt', d, () => '');
  assert.match(hover, /\*\*Inferred, not given:\*\* the year is the one the corpus gives its event \(`1999-10-31`\)/);
  assert.doesNotMatch(hover, /Resolved against an inferred article date/);
  const json = analyzeJson(ws).documents.find((x) => x.path === 'c/y.txt')!;
  assert.deepEqual(json.published, null);
  assert.deepEqual(json.dates.map((x) => [x.text, x.value, x.inferred]), [['Oct. 31', '1999-10-31', true]]);
  // against a contradicted event, no year
  const split = build({ 'c/a.txt': FULL, 'c/b.txt': OTHER_DAY, 'c/y.txt': YEARLESS });
  assert.equal(valuesOf(split, 'c/y.txt')['Oct. 31'], null);
});

test('a year-less dateline pins the day within the events\' days, and outside them nothing is inferred', () => {
  const inside = build({ 'c/a.txt': FULL, 'c/w.txt': wire('November 3') });
  const a = inside.analysis('c/w.txt')!;
  assert.deepEqual([a.articleDate.inferred?.from, a.articleDate.inferred?.to], ['1999-11-03', '1999-11-03']);
  assert.match(a.articleDate.inferred!.reason, /its dateline "November 3" falls on 1999-11-03, within the days 1999-10-31 to 1999-11-06/);
  assert.deepEqual(valuesOf(inside, 'c/w.txt'), { 'November 3': '1999-11-03', Sunday: '1999-10-31', Monday: '1999-11-01' });
  assert.match(dateHoverMarkdown(inside, 'c/w.txt', a.dates.find((d) => d.text === 'Monday')!, () => ''), /Resolved against an inferred article date[\s\S]*inferred to be `1999-11-03` \(never given\)/);
  const outside = build({ 'c/a.txt': FULL, 'c/w.txt': wire('November 12') });
  const b = outside.analysis('c/w.txt')!;
  assert.equal(b.articleDate.inferred, undefined, 'read on November 12, "Sunday" is not the crash of Oct. 31: the events give nothing');
  assert.ok(b.dates.every((d) => d.value === null));
});

test('edits that make, contradict and take away the event\'s day give what a fresh build gives', () => {
  const files: Record<string, string> = { 'c/a.txt': FULL, 'c/u.txt': RELATIVE, 'c/y.txt': YEARLESS, 'c/w.txt': wire('November 3') };
  const ws = build(files);
  seen(ws);
  ws.setArticle('c/b.txt', OTHER_DAY);
  assert.deepEqual(seen(ws), seen(build({ ...files, 'c/b.txt': OTHER_DAY })));
  assert.equal(ws.analysis('c/u.txt')!.articleDate.inferred, undefined);
  ws.setArticle('c/b.txt', FULL);
  assert.deepEqual(seen(ws), seen(build({ ...files, 'c/b.txt': FULL })));
  assert.equal(valuesOf(ws, 'c/y.txt')['Oct. 31'], '1999-10-31');
  ws.removeArticle('c/a.txt');
  ws.removeArticle('c/b.txt');
  const { 'c/a.txt': _a, ...rest } = files;
  assert.deepEqual(seen(ws), seen(build(rest)));
  assert.equal(valuesOf(ws, 'c/y.txt')['Oct. 31'], null);
  ws.setArticle('c/a.txt', FULL);
  assert.deepEqual(seen(ws), seen(build(files)));
});

test('an analysis taken in again with the same date and event days (the tagger\'s pass) reads no undated article again; other days do', () => {
  const files: Record<string, string> = { 'c/a.txt': FULL, 'c/u.txt': RELATIVE, 'c/y.txt': YEARLESS };
  const ws = build(files);
  seen(ws);
  ws.takeChangedPaths();
  // As a worker thread sends it: the article's own analysis, through JSON.
  const portable = (text: string) => {
    const { text: _t, lines: _l, ...own } = build({ 'c/a.txt': text }).analysis('c/a.txt')!;
    return JSON.parse(JSON.stringify(own));
  };
  const inputs = ws.analysisInputs(['c/a.txt']);
  assert.ok(ws.importAnalysis(inputs.generation, 'c/a.txt', FULL, undefined, portable(FULL)));
  const changed = ws.takeChangedPaths();
  assert.ok(changed !== 'all' && changed.has('c/a.txt'));
  assert.deepEqual([...changed].filter((p) => p !== 'c/a.txt'), [], 'the undated articles are not read against it again');
  assert.deepEqual(seen(ws), seen(build(files)));
  ws.setArticle('c/a.txt', OTHER_DAY);
  seen(ws);
  const after = ws.takeChangedPaths();
  assert.ok(after !== 'all' && after.has('c/u.txt') && after.has('c/y.txt'), 'another day: read again');
  assert.deepEqual(seen(ws), seen(build({ ...files, 'c/a.txt': OTHER_DAY })));
});

test('a weekday of an article known only to the week keeps no value but the days it lies within (JSON `range`, the hover)', () => {
  const ws = build({ 'c/a.txt': FULL, 'c/u.txt': RELATIVE });
  const monday = ws.analysis('c/u.txt')!.dates.find((d) => d.text === 'Monday')!;
  assert.equal(monday.value, null);
  assert.deepEqual(monday.within, { from: '1999-10-25', to: '1999-11-01' }, 'read on each day from Sunday Oct. 31 to Saturday Nov. 6');
  assert.equal(monday.inferredAnchor, undefined, 'no value, nothing resolved');
  const json = analyzeJson(ws).documents.find((x) => x.path === 'c/u.txt')!;
  assert.deepEqual(json.dates.find((x) => x.text === 'Monday'), { start: monday.start, end: monday.end, text: 'Monday', value: null, range: { from: '1999-10-25', to: '1999-11-01' } });
  assert.equal(json.dates.find((x) => x.text === 'Sunday')!.range, undefined, 'a value has no range');
  assert.match(dateHoverMarkdown(ws, 'c/u.txt', monday, () => ''), /\*\*Between `1999-10-25` and `1999-11-01`\*\*, the days the article may be of/);
  // against the folder's time (months), a weekday has no range
  const span = new Workspace();
  span.setArticle('c/a.txt', 'SYDNEY (AP) -- The ministry said on Tuesday that talks would resume.\n');
  span.setArticle('c/b.txt', 'SYDNEY (AP) -- Officials met again on Monday.\n');
  span.setArticle('c/u.txt', 'Talks\n\nCANBERRA (AP) -- The minister, who resigned last year, spoke on Friday.\n');
  span.setMetadata('c/a.meta.yaml', 'published: 2000-03-02\n');
  span.setMetadata('c/b.meta.yaml', 'published: 2000-03-20\n');
  const friday = span.analysis('c/u.txt')!.dates.find((d) => d.text === 'Friday')!;
  assert.deepEqual([friday.value, friday.within], [null, undefined]);
});

test('read against a few days (a release line\'s), what reads as days a week apart at most lies within them; a habit or a longer spread does not', () => {
  const within = (text: string, from: string, to: string) => Object.fromEntries(findDatesWithin(text, from, to, 'x').map((d) => [d.text, [d.value, d.within]]));
  assert.deepEqual(within('The mayor said Friday that the fair would open. Every Sunday it rains. It was last year. Yesterday he left.', '2000-08-10', '2000-08-13'), {
    Friday: [null, { from: '2000-08-04', to: '2000-08-11' }],
    'Every Sunday': [null, undefined],
    'last year': ['1999', undefined],
    Yesterday: [null, { from: '2000-08-09', to: '2000-08-12' }],
  });
  assert.deepEqual(within('The mayor said Friday that the fair would open.', '2000-03-01', '2000-03-20'), { Friday: [null, undefined] }, 'three weeks of Fridays are no range');
});

test('an undated article asked again after its folder changed is read against the folder as it is now (an article added, one changed)', () => {
  const ws = build({ 'c/u.txt': RELATIVE, 'c/y.txt': YEARLESS });
  assert.equal(ws.analysis('c/u.txt')!.articleDate.inferred, undefined, 'nothing in the folder dates the crash yet');
  ws.setArticle('c/a.txt', FULL);
  const added = build({ 'c/u.txt': RELATIVE, 'c/y.txt': YEARLESS, 'c/a.txt': FULL });
  assert.equal(ws.analysis('c/u.txt')!.articleDate.inferred?.from, '1999-10-31');
  assert.deepEqual(seen(ws), seen(added));
  ws.setArticle('c/a.txt', OTHER_DAY);
  const changed = build({ 'c/u.txt': RELATIVE, 'c/y.txt': YEARLESS, 'c/a.txt': OTHER_DAY });
  assert.notEqual(ws.analysis('c/u.txt')!.articleDate.inferred?.from, '1999-10-31');
  assert.deepEqual(seen(ws), seen(changed));
});
