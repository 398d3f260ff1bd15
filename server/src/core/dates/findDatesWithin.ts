// The dates of an article written on some day of a range, not a known one: each expression is
// read against every day of the range, and keeps a value only when all of them give it ("last
// year" in a range of four days of July); the others stay unresolved, as with no date at all.
// A longer range (an article dated only by its corpus) is read on its first and last days and
// on either side of every month's start between: a reading never goes back as the anchor goes
// forward (the latest Friday, last year, the nearest July 16), so a value the ends agree on holds
// on every day between, and the month starts are read besides, where "last month" and the
// narrative's months turn.

import type { DateMention } from './types.ts';
import { findDates } from './findDates.ts';
import { addDays, formatYmd, parseYmd, toDays, type Ymd } from './calendar.ts';

/** A range this short (a release line's few days) is read on every day. */
const EVERY_DAY = 31;
/** Beyond a year and a month no year-level reading can agree on both ends: none is tried. */
const MAX_DAYS = 400;

/** The days a range is read on. */
function anchorsOf(a: Ymd, b: Ymd): string[] {
  const days = toDays(b) - toDays(a);
  if (days <= EVERY_DAY) return Array.from({ length: days + 1 }, (_, i) => formatYmd(addDays(a, i)));
  const out = [formatYmd(a)];
  for (let first = { y: a.m === 12 ? a.y + 1 : a.y, m: (a.m % 12) + 1, d: 1 }; toDays(first) <= toDays(b); first = { y: first.m === 12 ? first.y + 1 : first.y, m: (first.m % 12) + 1, d: 1 }) {
    out.push(formatYmd(addDays(first, -1)), formatYmd(first));
  }
  out.push(formatYmd(b));
  return out;
}

export function findDatesWithin(text: string, from: string, to: string, why: string): DateMention[] {
  const a = parseYmd(from)!, b = parseYmd(to)!;
  const unanchored = findDates(text);
  if (toDays(b) - toDays(a) > MAX_DAYS) return unanchored;
  const readings = anchorsOf(a, b).map((anchor) => findDates(text, { anchor }));
  return unanchored.map((none, k) => {
    const first = readings[0]![k]!;
    if (!first.relative || first.value === null || readings.some((r) => r[k]!.value !== first.value)) return none;
    const days = from === to ? `against ${from}, the day the article is taken to be of` : `the same on every day from ${from} to ${to}, the days the article may be of`;
    return { ...first, resolution: `${first.resolution}; ${days} (${why})`, inferredAnchor: true };
  });
}
