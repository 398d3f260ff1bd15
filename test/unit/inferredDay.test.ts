// The day an undated article's own text gives it (dates/inferredDay.ts): a year-less dateline
// takes the year of a day the article reports within half a year of it (after one it reports as
// past, before one to come), never a year older than one it names; the datelines of a budget's
// items give its day when they all agree. Inferred, never the article's date: the JSON keeps
// `published` null and marks what was read against it, the hover says so.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDay, itemDatelinesDay, findDates } from '../../server/src/core/dates/index.ts';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { dateHoverMarkdown } from '../../server/src/core/present/dateHover.ts';
import { analyzeJson } from '../../server/src/cli/analyzeJson.ts';
import { buildReport } from '../../server/src/core/present/exports/report.ts';
import { reportMarkdown } from '../../server/src/core/present/exports/reportMarkdown.ts';
import { reportHtml } from '../../server/src/core/present/exports/reportHtml.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';

let tagger: EntityTagger;
before(async () => {
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  tagger = (await loadBundledTagger())!;
});

const dayOf = (text: string) => datelineDay(text, findDates(text))?.day;

const SMOKING = 'California Bars Go Smoke-Free\n\nSAN FRANCISCO, January 2 (Xinhua) -- The strictest anti-smoking law in the United States went into effect in the small hours on January 1, 1998, and bar owners said on Friday that few customers had complained.\n';
const RULES = 'New Rules for Foreign Banks\n\nBEIJING, February 26 (Xinhua) -- New rules for foreign banks will take effect on April 1, 1997, the central bank said Wednesday. Last year 20 banks opened branches in China.\n';
const WETLANDS = 'Uganda Promotes Wetlands Protection\n\nKAMPALA, February 2 (Xinhua) -- Uganda has made progress in protecting its wetlands since the convention was ratified by the country in 1988.\n\nThe convention, an inter-governmental treaty launched at Ramsar, Iran, on February 2, 1971, aims at the conservation of wetlands.\n';

test('a year-less dateline takes the year of a day the article reports as past, a day before it', () => {
  const pinned = datelineDay(SMOKING, findDates(SMOKING))!;
  assert.equal(pinned.day, '1998-01-02');
  assert.match(pinned.reason, /its dateline "January 2" falls once within half a year after "January 1, 1998", which it reports as past/);
});

test('a year-less dateline takes the year of a day the article reports as to come, and across a new year the next one', () => {
  assert.equal(dayOf(RULES), '1997-02-26');
  assert.equal(dayOf('Treaty Signed\n\nSYDNEY, January 3 (Xinhua) -- Australia and Indonesia signed the treaty on Dec. 30, 1999, officials said.\n'), '2000-01-03');
});

test('no year from a day of another time, a year older than one the article names, or days that contradict each other', () => {
  // the treaty's day shares the dateline's month and day, but the article names 1988
  assert.equal(dayOf(WETLANDS), undefined);
  // a law of May 1996 is no evidence of the year of a February dateline: nine months away
  assert.equal(dayOf('Doping Law\n\nMADRID, February 17 (Xinhua) -- The law passed on May 3, 1996 bans nandrolone, officials said on Wednesday.\n'), undefined);
  // a day to come before a day past: nothing is inferred
  assert.equal(dayOf('Vote Set\n\nLIMA, March 3 (Xinhua) -- The vote will be held on Feb. 1, 1999, after parliament met on Feb. 20, 1999.\n'), undefined);
  // a dateline with its year is no year-less dateline; an article without one gives no day
  assert.equal(dayOf('Vote\n\nLIMA, March 3, 1999 (Xinhua) -- Parliament met on Feb. 20, 1999.\n'), undefined);
  assert.equal(dayOf('Vote\n\nParliament met on Feb. 20, 1999, and again on Monday.\n'), undefined);
});

const item = (n: number, place: string, day: string, slug: string, caption: string) => `(NYT${n}) ${place} -- ${day} -- ${slug}, 10-20 -- ${caption} (New York Times Photo)\n\n`;
const PACKAGE = 'ATTENTION EDITORS: The following photos are part of tonight\'s New York Times Photo Package.\n\n'
  + item(42, 'NEW YORK', 'Oct. 20, 1999', 'NY-METS-HONEYMOONERS', "The Mets' Tuesday night loss to the Atlanta Braves ruined the honeymoon plans of two newlyweds.")
  + item(41, 'SAN JOSE, Calif.', 'Oct. 20, 1999', 'ONLINE-AUCTIONS-COX', 'Swindlers are collecting money from fraudulent auctions.')
  + item(37, 'MARCOVIA, Honduras', 'Oct. 20, 1999', 'MITCH-REBUILD-COX', 'One year after Hurricane Mitch, life is getting better. Takeover day is Dec. 19.');

test('the datelines a package\'s items open with give its day when they agree; items of two days, one item or a day in prose do not', () => {
  const pinned = itemDatelinesDay(PACKAGE, findDates(PACKAGE))!;
  assert.equal(pinned.day, '1999-10-20');
  assert.match(pinned.reason, /the 3 datelines its items open with give one day, "Oct\. 20, 1999"/);
  const twoDays = PACKAGE.replace('MARCOVIA, Honduras -- Oct. 20, 1999', 'MARCOVIA, Honduras -- Oct. 19, 1999');
  assert.equal(itemDatelinesDay(twoDays, findDates(twoDays)), undefined);
  const one = item(42, 'NEW YORK', 'Oct. 20, 1999', 'NY-METS', 'The Mets lost on Tuesday night.');
  assert.equal(itemDatelinesDay(one, findDates(one)), undefined);
  const prose = 'Mets Lose\n\nThe Mets lost on Oct. 20, 1999 -- a night to forget. The Braves won on Oct. 20, 1999 -- again.\n';
  assert.equal(itemDatelinesDay(prose, findDates(prose)), undefined);
});

test('read against the inferred day, relative dates say so in the hover and the JSON; the article keeps no date', () => {
  const ws = new Workspace({ tagger });
  ws.setArticle('c/smoking.txt', SMOKING);
  ws.setArticle('c/package.txt', PACKAGE);
  const a = ws.analysis('c/smoking.txt')!;
  assert.equal(a.articleDate.value, null, 'never given as its date');
  assert.deepEqual([a.articleDate.inferred?.from, a.articleDate.inferred?.to], ['1998-01-02', '1998-01-02']);
  const friday = a.dates.find((d) => d.text === 'Friday')!;
  assert.equal(friday.value, '1998-01-02');
  assert.equal(friday.inferredAnchor, true);
  assert.match(dateHoverMarkdown(ws, 'c/smoking.txt', friday, () => ''), /Resolved against an inferred article date[\s\S]*inferred to be `1998-01-02` \(never given\)/);
  const json = analyzeJson(ws).documents;
  const doc = json.find((x) => x.path === 'c/smoking.txt')!;
  assert.equal(doc.published, null);
  assert.deepEqual(doc.inferred && [doc.inferred.from, doc.inferred.to], ['1998-01-02', '1998-01-02']);
  assert.deepEqual(doc.dates.filter((d) => d.text === 'Friday').map((d) => [d.value, d.inferred]), [['1998-01-02', true]]);
  const pkg = ws.analysis('c/package.txt')!;
  assert.deepEqual(Object.fromEntries(pkg.dates.filter((d) => !d.explicitYear).map((d) => [d.text, d.value])), { tonight: '1999-10-20', 'Tuesday night': '1999-10-19', 'Dec. 19': '1999-12-19' });
});

test('a headline\'s year to come bounds nothing: a law passed in July for January 1997', () => {
  const text = 'Macao to Impose Anti-Smoking Law From Early 1997\n\nMACAO, July 31 (Xinhua) -- A new law on the restriction of smoking has been passed by the Macao legislative Assembly and will become effective from January 1, 1997.\n';
  assert.equal(dayOf(text), '1996-07-31');
});

test('the report says which article dates are inferred and which values were read against them', () => {
  const ws = new Workspace({ tagger });
  ws.setCard('c/entities/events/egyptair-990.md', '---\ntype: event\nname: Crash of EgyptAir Flight 990\nkind: crash\ndate: 1999-10-31\naliases: [EgyptAir Flight 990 crash]\n---\n');
  ws.setArticle('c/w.txt', 'Crash\n\nNEW YORK, November 1 (Xinhua) -- EgyptAir said on Oct. 31, 1999 that its jet had crashed. The EgyptAir Flight 990 crash on Sunday killed 217.\n');
  ws.setMetadata('c/d.meta.yaml', 'published: 1999-11-02\n');
  ws.setArticle('c/d.txt', 'Crash\n\nCAIRO (AP) -- The EgyptAir Flight 990 crash on Sunday killed 217.\n');
  const r = buildReport(ws);
  assert.match(reportMarkdown(r, 'Crash'), /\| 1999-10-31 \(inferred\) \| Sunday \| c\/w\.txt:3 \| unknown; inferred 1999-11-01 \|/);
  assert.match(reportMarkdown(r, 'Crash'), /\| 1999-10-31 \| Sunday \| c\/d\.txt:3 \| 1999-11-02 \|/, 'a date read against a given date is given');
  assert.match(reportHtml(r, 'Crash'), /<td>1999-10-31 \(inferred\)<\/td><td>Sunday<\/td><td>c\/w\.txt:3<\/td><td>unknown; inferred 1999-11-01<\/td>/);
});
