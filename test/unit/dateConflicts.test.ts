// date-conflict's summary of one event (checks/dateConflicts.ts): the mentions a warning points
// at are every distinct date first, then every article, then the rest, in the list's order; a
// mention disagrees at the coarser granularity of the two; values that are no day, month or year
// take no part.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeEventDates, disagrees, MAX_RELATED, type EventDateMention } from '../../server/src/core/checks/dateConflicts.ts';

const mention = (path: string, value: string | null, start: number, event: string | null = 'quake'): EventDateMention => ({
  path,
  date: { start, end: start + 5, text: `d${start}`, value, event: event ?? undefined } as EventDateMention['date'],
});

test('shown: the first mention of each distinct date, then of each article, then the rest, at most MAX_RELATED + 1', () => {
  const list: EventDateMention[] = [];
  // 6 articles, many mentions each; the later dates appear late in the list.
  for (let a = 0; a < 6; a++) for (let i = 0; i < 8; i++) list.push(mention(`c/${a}.txt`, a === 5 && i === 7 ? '1988-12' : a >= 4 && i > 5 ? '1988-12-08' : '1988-12-07', i * 10));
  list.push(mention('c/6.txt', 'last week', 0), mention('c/7.txt', '1988-12-09', 0, null), mention('c/8.txt', '1988', 0));
  const s = summarizeEventDates('quake', list, undefined)!;
  const comparable = list.filter((m) => m.date.event && m.date.value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(m.date.value));
  const byDate = [...new Map(comparable.map((m) => [m.date.value, m] as const).reverse()).values()].reverse();
  const firstOfDate = comparable.filter((m) => byDate.includes(m));
  const firstOfArticle = comparable.filter((m, i) => comparable.findIndex((o) => o.path === m.path) === i);
  const expected = [...new Set([...firstOfDate, ...firstOfArticle, ...comparable])].slice(0, MAX_RELATED + 1);
  assert.deepEqual(s.shown, expected);
  assert.deepEqual(s.shown.slice(0, 4).map((m) => m.date.value), ['1988-12-07', '1988-12-08', '1988-12', '1988']);
  assert.ok(!s.shown.some((m) => m.path === 'c/6.txt' || m.path === 'c/7.txt'), 'no part: not a date, no event');
  assert.equal(s.reference, '1988-12-07');
  assert.deepEqual(s.ranked.map(([v, who]) => [v, who.size]), [['1988-12-07', 6], ['1988-12-08', 2]]);
});

test('disagrees at the coarser granularity of the two: a month or year agrees with a day within it', () => {
  const s = summarizeEventDates('quake', [mention('a', '1988-12-07', 0), mention('b', '1988-12-07', 0), mention('c', '1988-12-08', 0)], undefined)!;
  assert.equal(disagrees(s, mention('d', '1988-12', 0)), false);
  assert.equal(disagrees(s, mention('d', '1988', 0)), false);
  assert.equal(disagrees(s, mention('d', '1988-11', 0)), true);
  assert.equal(disagrees(s, mention('d', '1989', 0)), true);
  assert.equal(disagrees(s, mention('d', '1988-12-08', 0)), true);
  assert.equal(disagrees(s, mention('d', '1988-12-07', 0)), false);
  assert.equal(disagrees(s, mention('d', 'next week', 0)), false);
});
