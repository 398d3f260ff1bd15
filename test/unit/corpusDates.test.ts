// Dates, events and conflicts on the five real articles, against test/gold/dates.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';

const repo = path.join(__dirname, '../..');
let ws: Workspace;
const doc = (name: string) => path.join(repo, 'corpus', name);

before(async () => {
  ws = await loadCorpus([path.join(repo, 'corpus')]);
});

test('the November 10 mention carries the only date-conflict warning, related to every November 9 mention', () => {
  const all = ws.reportedPaths().flatMap((p) => ws.findings(p)).filter((f) => f.severity === 'warning' || f.severity === 'error');
  assert.equal(all.length, 1, all.map((f) => `${f.path}: ${f.message}`).join('\n'));
  const [conflict] = all;
  assert.equal(conflict!.code, 'date-conflict');
  assert.equal(conflict!.path, doc('azerbaijan-warns-against-deployment-to-karabakh.txt'));
  assert.equal(ws.analysis(conflict!.path)!.text.slice(conflict!.start, conflict!.end), 'November 10, 2020');
  assert.match(conflict!.message, /Trilateral statement/);
  assert.match(conflict!.message, /4 sources and the event's card give 2020-11-09/);
  assert.match(conflict!.message, /Moscow time/, 'the card note explains the discrepancy');
  const relatedArticles = new Set(conflict!.related.filter((r) => r.path.endsWith('.txt')).map((r) => path.basename(r.path)));
  assert.deepEqual([...relatedArticles].sort(), [
    'armenia-confirms-casualties-in-border-clashes.txt',
    'armenia-withdraws-forces-from-artsakh.txt',
    'moscow-times-2020-11-21.txt',
    'pashinyan-to-ask-russia-for-military-aid.txt',
  ]);
  assert.ok(conflict!.related.some((r) => r.path.endsWith('trilateral-statement-2020.md')), 'points at the event card too');
});

test('"the November 9 statement" in the November 2021 article takes the event\'s year, 2020', () => {
  const a = ws.analysis(doc('armenia-confirms-casualties-in-border-clashes.txt'))!;
  const nov9 = a.dates.filter((d) => d.text === 'November 9');
  assert.equal(nov9.length, 2);
  for (const d of nov9) {
    assert.equal(d.value, '2020-11-09');
    assert.equal(d.event, 'trilateral-statement-2020');
  }
});

test('an article with no date is no older than the latest day it reports as past (a past verb right before it), and of its corpus\'s time: a range never given as its date', () => {
  const a = ws.analysis(doc('azerbaijan-warns-against-deployment-to-karabakh.txt'))!;
  assert.equal(a.articleDate.value, null, 'never presented as given');
  assert.deepEqual(a.articleDate.inferred, {
    from: '2021-03-01', to: '2021-12-02',
    reason: 'the dated articles of its folder are from 2020-11-21 to 2021-12-02, and it is no older than 2021-03-01: it is taken to be of their time',
  });
  assert.match(a.articleDate.explanation, /no older than 2021-03-01 \(the latest day it reports as past is "March 1, 2021"\)/);
  // "late November last year" reads 2020-11 on every day of 2021: resolved, and marked so
  const d = a.dates.find((x) => x.text === 'late November last year')!;
  assert.deepEqual([d.value, d.inferredAnchor], ['2020-11', true]);
  assert.match(d.resolution, /the same on every day from 2021-03-01 to 2021-12-02/);
  // a weekday or "today" is no year-level reading: the range is only probable
  const w = ws.analysis(doc('armenia-withdraws-forces-from-artsakh.txt'))!;
  assert.ok(w.dates.filter((x) => x.weekday !== undefined).every((x) => x.value === null));
});

test('article dates come from the dateline, weekday inference, or stay unknown', () => {
  const dated = Object.fromEntries(ws.articlePaths().map((p) => [path.basename(p), ws.analysis(p)!.articleDate]));
  assert.equal(dated['moscow-times-2020-11-21.txt']!.value, '2020-11-21');
  assert.equal(dated['moscow-times-2020-11-21.txt']!.source, 'dateline');
  assert.equal(dated['pashinyan-to-ask-russia-for-military-aid.txt']!.value, '2021-12-02');
  assert.equal(dated['pashinyan-to-ask-russia-for-military-aid.txt']!.source, 'weekday-inference');
  assert.equal(dated['armenia-confirms-casualties-in-border-clashes.txt']!.value, '2021-11-16');
  assert.match(dated['armenia-confirms-casualties-in-border-clashes.txt']!.explanation, /no dateline.*Tuesday, November 16.*2021/);
  assert.equal(dated['armenia-withdraws-forces-from-artsakh.txt']!.value, null);
  assert.equal(dated['azerbaijan-warns-against-deployment-to-karabakh.txt']!.value, null);
});

// Dates the gold gives a value the analysis does not reach yet, with the reason. The test fails
// when one of them starts to resolve right, so that this list stays honest.
// A text annotated more than once in a file is named with its offset ("November@850").
const KNOWN_WRONG: Record<string, string> = {};

test('"the ceasefire reached in November" in a December 2021 article is the ceasefire the article dates November 9, 2020, not the one of its cards in November 2021', () => {
  const a = ws.analysis(doc('pashinyan-to-ask-russia-for-military-aid.txt'))!;
  const d = a.dates.find((x) => x.text === 'November' && a.text.slice(x.start - 30, x.start).includes('ceasefire reached in'))!;
  assert.deepEqual([d.value, d.event], ['2020-11', 'trilateral-statement-2020']);
  assert.match(d.resolution, /which the article dates with its year: 2020/);
  // An article that dates no other ceasefire keeps the card its own date's year gives.
  const { Workspace } = require('../../server/src/core/workspace/workspace.ts') as typeof import('../../server/src/core/workspace/workspace.ts');
  const w = new Workspace();
  for (const p of ws.reportedPaths().filter((p) => p.endsWith('.md'))) w.setCard(p, ws.cardText(p)!);
  w.setArticle('x.txt', 'Thursday, December 2, 2021\n\nBoth parties accuse each other of violating the ceasefire reached in November.');
  const alone = w.analysis('x.txt')!.dates.find((x) => x.text === 'November')!;
  assert.deepEqual([alone.value, alone.event], ['2021-11', 'ceasefire-2021-11-16']);
  // The article's other November, told of after the explicit date, is that one's too.
  assert.deepEqual(a.dates.filter((x) => x.text === 'November' && x !== d).map((x) => x.value), ['2020-11']);
});

test('every annotated date resolves to its gold value, but for the listed known errors', () => {
  const goldDir = path.join(repo, 'test/gold/dates');
  let checked = 0;
  const unexpected: string[] = [];
  const stillWrong = new Set<string>();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8')) as { document: string; mentions: Array<{ start: number; end: number; text: string; value: string | null }> };
    const a = ws.analysis(path.join(repo, gold.document))!;
    for (const g of gold.mentions) {
      checked++;
      const found = a.dates.find((d) => d.start < g.end && g.start < d.end);
      const repeated = gold.mentions.filter((o) => o.text === g.text).length > 1;
      const key = `${file.replace(/\.json$/, '')}/${g.text}${repeated ? `@${g.start}` : ''}`;
      if (found?.value === g.value) continue;
      if (key in KNOWN_WRONG) stillWrong.add(key);
      else unexpected.push(`${key}: gold ${g.value}, got ${found ? `${found.value} ("${found.text}")` : 'nothing'}`);
    }
  }
  assert.ok(checked >= 50);
  assert.deepEqual(unexpected, []);
  assert.deepEqual([...stillWrong].sort(), Object.keys(KNOWN_WRONG).sort(), 'a known error was fixed: remove it from KNOWN_WRONG');
});

test('a weekday that contradicts its date is its own warning; a correct one is not', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const w = new Workspace();
  w.setArticle('a.txt', 'The talks resumed on Tuesday, November 17, 2021, in Moscow. They ended on Wednesday, November 17, 2021.');
  const findings = w.findings('a.txt').filter((f) => f.code === 'weekday-mismatch');
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /2021-11-17 was a Wednesday, not a Tuesday/);
});

test('different ceasefires of autumn 2020 are different events: no conflict between them', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const w = new Workspace();
  for (const p of ws.reportedPaths().filter((p) => p.endsWith('.md'))) w.setCard(p, ws.cardText(p)!);
  w.setArticle('x.txt', 'The humanitarian ceasefire of October 10, 2020 collapsed, as did the truce of October 17, 2020. The Russian-brokered ceasefire on November 9, 2020 held.');
  w.setArticle('y.txt', 'The November 9, 2020 agreement ended the war. The parties must withdraw by September 2021, within 15 to 20 days.');
  assert.deepEqual(w.findings('x.txt').filter((f) => f.severity !== 'hint'), []);
  assert.deepEqual(w.findings('y.txt').filter((f) => f.severity !== 'hint'), []);
  const events = w.analysis('x.txt')!.dates.map((d) => d.event);
  assert.deepEqual(events, ['humanitarian-ceasefire-2020-10-10', 'humanitarian-ceasefire-2020-10-17', 'trilateral-statement-2020']);
});

test('a sidecar metadata file gives the article date, and a broken one is reported in its file', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const w = new Workspace();
  w.setArticle('corpus/a.txt', 'The ministry said on Tuesday that talks would resume.');
  assert.equal(w.analysis('corpus/a.txt')!.articleDate.value, null);
  assert.equal(w.analysis('corpus/a.txt')!.dates[0]!.value, null, 'unknown date: the weekday stays unresolved');
  w.setMetadata('corpus/a.meta.yaml', 'published: 2021-11-17\nsource: RFE/RL\n');
  const a = w.analysis('corpus/a.txt')!;
  assert.deepEqual([a.articleDate.value, a.articleDate.source], ['2021-11-17', 'metadata']);
  assert.equal(a.dates[0]!.value, '2021-11-16');
  w.setMetadata('corpus/a.meta.yaml', 'published: next week\n');
  assert.equal(w.findings('corpus/a.meta.yaml')[0]?.code, 'metadata-invalid-field');
  assert.equal(w.analysis('corpus/a.txt')!.articleDate.value, null);
  w.removeMetadata('corpus/a.meta.yaml');
  assert.deepEqual(w.findings('corpus/a.meta.yaml'), []);
});

test('a warning points at a bounded number of other sources, covering every date given', async () => {
  const { findDateConflicts, MAX_RELATED } = await import('../../server/src/core/checks/dateConflicts.ts');
  const mention = (path: string, value: string) => ({ path, date: { start: 0, end: 5, text: value, value, event: 'e', granularity: 'day' as const, relative: false, resolution: '', explicitYear: true } });
  const list = [...Array.from({ length: 300 }, (_, i) => mention(`a${i}.txt`, '2020-11-09')), mention('x.txt', '2020-11-10'), mention('y.txt', '2020-11-11')];
  const conflicts = findDateConflicts(list, new Map());
  assert.equal(conflicts.length, 2);
  for (const c of conflicts) {
    assert.equal(c.related.length, MAX_RELATED);
    assert.ok(c.related.some((r) => r.path.startsWith('a')));
    assert.ok(c.related.some((r) => r.path === (c.path === 'x.txt' ? 'y.txt' : 'x.txt')), 'the other disagreeing date is among them');
    assert.match(c.message, /300 sources give 2020-11-09/);
  }
});

test('events no card describes are grouped across articles; differing dates are a possible conflict, not a warning', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  const w = new Workspace({ tagger: await loadBundledTagger() });
  for (const p of ws.reportedPaths().filter((p) => p.endsWith('.md'))) w.setCard(p, ws.cardText(p)!);
  w.setArticle('a.txt', 'A strong earthquake struck Armenia on September 13, 2022, near Jermuk, officials in Yerevan said.');
  w.setArticle('b.txt', 'Rescuers in Armenia searched the ruins after the September 13, 2022 earthquake near Jermuk.');
  w.setArticle('c.txt', 'The earthquake in Armenia on September 14, 2022 destroyed houses near Jermuk.');
  w.setArticle('d.txt', 'A bombing in Armenia on September 14, 2022 was reported near Jermuk.'); // another kind
  w.setArticle('e.txt', 'A second earthquake shook Armenia on December 30, 2022, near Jermuk.'); // months later
  w.setArticle('f.txt', 'Armenia remembered the earthquake of September 13, 2023 near Jermuk.'); // a year later
  const groups = w.uncardedEvents();
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.kind, 'earthquake');
  assert.ok(groups[0]!.participants.includes('armenia'));
  assert.deepEqual(groups[0]!.members.map((m) => m.path).sort(), ['a.txt', 'b.txt', 'c.txt']);
  const possible = w.findings('c.txt').filter((f) => f.code === 'possible-date-conflict');
  assert.equal(possible.length, 1);
  assert.equal(possible[0]!.severity, 'information');
  assert.match(possible[0]!.message, /1 of 3 mentions in 3 articles dates the earthquake \(.*Armenia.*\) 2022-09-14; the others 2022-09-13\. Here: "September 14, 2022"\. One day apart: the event may have happened around midnight/);
  assert.deepEqual(possible[0]!.related.map((r) => r.path).sort(), ['a.txt', 'b.txt']);
  for (const p of ['a.txt', 'b.txt', 'd.txt', 'e.txt', 'f.txt']) assert.deepEqual(w.findings(p).filter((f) => f.severity !== 'hint'), [], p);
});

test('the five articles without their cards: only the November 10 date of the trilateral statement is noted, naming the four November 9 sources', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  const w = new Workspace({ tagger: await loadBundledTagger() });
  for (const p of ws.articlePaths()) w.setArticle(p, ws.analysis(p)!.text);
  const shown = w.reportedPaths().flatMap((p) => w.findings(p)).filter((f) => f.severity !== 'hint');
  assert.equal(shown.length, 1, shown.map((f) => `${f.path}: ${f.message}`).join('\n'));
  const [note] = shown;
  assert.equal(note!.code, 'possible-date-conflict');
  assert.match(note!.path, /azerbaijan-warns-against-deployment-to-karabakh\.txt$/);
  assert.equal(w.analysis(note!.path)!.text.slice(note!.start, note!.end), 'November 10, 2020');
  assert.match(note!.message, /1 of 7 mentions in 5 articles dates the statement \(Armenia, Azerbaijan\) 2020-11-10; the others 2020-11-09/);
  const sources = new Set(note!.related.map((r) => r.path.replace(/^.*\//, '')));
  assert.deepEqual([...sources].sort(), [
    'armenia-confirms-casualties-in-border-clashes.txt',
    'armenia-withdraws-forces-from-artsakh.txt',
    'moscow-times-2020-11-21.txt',
    'pashinyan-to-ask-russia-for-military-aid.txt',
  ]);
  for (const r of note!.related) assert.match(r.message, /dated 2020-11-09/);
  // The JSON contract's dates carry the group's id, the same for every mention of the statement.
  const { analyzeJson } = await import('../../server/src/cli/analyzeJson.ts');
  const json = analyzeJson(w);
  const dated = json.documents.flatMap((d) => d.dates.filter((x) => x.event).map((x) => ({ path: d.path, ...x })));
  const ids = new Set(dated.filter((x) => /^November (9|10)/.test(x.text)).map((x) => x.event));
  assert.equal(ids.size, 1, [...ids].join(', '));
  assert.equal(dated.filter((x) => x.event === [...ids][0]).length, 7);
  // The hover of the November 10 date names the event found and what the other sources say.
  const { dateHoverMarkdown } = await import('../../server/src/core/present/dateHover.ts');
  const hover = dateHoverMarkdown(w, note!.path, w.dateAt(note!.path, note!.start)!, (p, o) => `${p}#${o}`);
  assert.match(hover, /\*\*Dates:\*\* the statement \(Armenia, Azerbaijan\), found in 5 articles; no card describes it/);
  assert.match(hover, /- `2020-11-09` in .*armenia-confirms-casualties-in-border-clashes\.txt.*pashinyan-to-ask-russia-for-military-aid\.txt/);
});

test('the five articles hold no group of uncarded events that disagree', () => {
  const all = ws.reportedPaths().flatMap((p) => ws.findings(p)).filter((f) => f.code === 'possible-date-conflict');
  assert.deepEqual(all, []);
});

test('a generic event word a day off a card, with its participants, is the card\'s event and warned about with its note; a week off stays apart', async () => {
  const { Workspace } = await import('../../server/src/core/workspace/workspace.ts');
  const w = new Workspace({});
  for (const p of ws.reportedPaths().filter((p) => p.endsWith('.md'))) w.setCard(p, ws.cardText(p)!);
  for (const p of ws.articlePaths()) w.setArticle(p, ws.analysis(p)!.text);
  w.setArticle(
    'background.txt',
    'Karabakh: A Look Back\n\nArmenia and Azerbaijan fought a six-week war over Nagorno-Karabakh in the autumn of 2020. Thousands of soldiers died on both sides before a cease-fire was eventually brokered by Russia on November 10.\n\n' +
      'Earlier truces had failed. Armenia and Azerbaijan agreed to a ceasefire on October 18, and another ceasefire between Armenia and Azerbaijan on October 13 was reported by some.\n',
  );
  const dates = w.analysis('background.txt')!.dates;
  const at = (text: string) => dates.find((d) => d.text === text)!;
  assert.equal(at('November 10').event, 'trilateral-statement-2020');
  assert.equal(at('November 10').value, '2020-11-10');
  assert.equal(at('October 18').event, 'humanitarian-ceasefire-2020-10-17');
  assert.equal(at('October 13').event, undefined, 'three days off the October 10 ceasefire: not it');
  const warnings = w.findings('background.txt').filter((f) => f.code === 'date-conflict');
  assert.equal(warnings.length, 2);
  assert.match(warnings[0]!.message, /Trilateral statement of 9 November 2020: "November 10" gives 2020-11-10.*Note: Signed late on 9 November 2020/);
  // Without the participants of a card it is no card's event.
  w.setArticle('elsewhere.txt', 'Far from the Caucasus, a cease-fire was brokered in the city on November 10, 2020.');
  assert.equal(w.analysis('elsewhere.txt')!.dates.find((d) => d.text.startsWith('November 10'))!.event, undefined);
});
