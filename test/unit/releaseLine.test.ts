// An undated article with a release line ("FOR RELEASE SUNDAY, MARCH 14"): the day it is for,
// written up to three days before; a range, never its date, and only the dates that read the
// same on each day of it get a value.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';

const RELEASE =
  'ART AND A RACIAL MURDER MEET ON A LONDON STAGE (FOR RELEASE SUNDAY, MARCH 14)\n\n' +
  'LONDON _ The play opened last year and will tour this year. Critics said on Tuesday it was the best work of 1999 so far, and on Friday they said it again. ' +
  'The murder was in April 1993.\n';

function analyze(text: string) {
  const w = new Workspace();
  w.setArticle('corpus/a.txt', text);
  return w.analysis('corpus/a.txt')!;
}

test('a release line whose year the article confirms gives a range, and the dates that read the same on each of its days', () => {
  const a = analyze(RELEASE);
  assert.equal(a.articleDate.value, null, 'never presented as given');
  assert.deepEqual([a.articleDate.inferred?.from, a.articleDate.inferred?.to], ['1999-03-11', '1999-03-14']);
  assert.match(a.articleDate.explanation, /written between 1999-03-11 and 1999-03-14 \(the release line "SUNDAY, MARCH 14"/);
  const byText = Object.fromEntries(a.dates.map((d) => [d.text, d]));
  assert.equal(byText['SUNDAY, MARCH 14']!.value, '1999-03-14');
  assert.equal(byText['last year']!.value, '1998');
  assert.equal(byText['this year']!.value, '1999');
  assert.match(byText['last year']!.resolution, /the same on every day from 1999-03-11 to 1999-03-14/);
  assert.equal(byText['Tuesday']!.value, '1999-03-09', 'the Tuesday before each day from Thursday, March 11, to Sunday, March 14');
  assert.equal(byText['Friday']!.value, null, 'the Friday before March 11 and the Friday before March 14 are not one day');
});

test('a release line on a year the article does not confirm gives no year, and no guess from a window of years', () => {
  // August 15 is a Sunday in 1993 and 1999; the column names only 1992
  const a = analyze('ALLIES SHIFT AS GREENSPAN CHARTS A COURSE (FOR RELEASE SUNDAY, AUG. 15)\n\nWASHINGTON _ After Bush lost in 1992, the economy grew. Next year is an election year.\n');
  assert.equal(a.articleDate.value, null);
  assert.equal(a.articleDate.inferred, undefined);
  assert.match(a.articleDate.explanation, /release line "SUNDAY, AUG\. 15" gives the day it is for, in a year it does not confirm/);
  assert.ok(a.dates.filter((d) => d.relative).every((d) => d.value === null));
});

test('an editorial "for" its day is a release line too; a lead that reports a day is not', () => {
  const editorial = analyze('EDITORIAL: THE SALMON\n\nThe New York Times said in an editorial on Tuesday, June 8: The decline of the salmon in 1999 is a warning.\n');
  assert.deepEqual([editorial.articleDate.inferred?.from, editorial.articleDate.inferred?.to], ['1999-06-05', '1999-06-08']);
  const news = analyze('Virus hits\n\nThe virus broke out on Monday, December 13, officials said. It was first seen in 1999.\n');
  assert.equal(news.articleDate.inferred?.to, undefined);
});

test('the hover of a date read against the range says the article date is inferred, between which days and why', async () => {
  const { dateHoverMarkdown } = await import('../../server/src/core/present/dateHover.ts');
  const w = new Workspace();
  w.setArticle('corpus/a.txt', RELEASE);
  const at = RELEASE.indexOf('last year');
  const hover = dateHoverMarkdown(w, 'corpus/a.txt', w.dateAt('corpus/a.txt', at)!, (p, o) => `${p}#${o}`);
  assert.match(hover, /`1998`/);
  assert.match(hover, /the same on every day from 1999-03-11 to 1999-03-14/);
  assert.match(hover, /Article date unknown, inferred between `1999-03-11` and `1999-03-14`: .*release line/);
});

test('the JSON gives the range beside a null published, never as it', async () => {
  const { analyzeJson } = await import('../../server/src/cli/analyzeJson.ts');
  const w = new Workspace();
  w.setArticle('corpus/a.txt', RELEASE);
  const [doc] = analyzeJson(w).documents;
  assert.equal(doc!.published, null);
  assert.equal(doc!.inferred?.from, '1999-03-11');
  assert.equal(doc!.inferred?.to, '1999-03-14');
  assert.match(doc!.inferred!.reason, /release line "SUNDAY, MARCH 14"/);
});
