// The dates of an article written on some day of a range, not a known one: each expression is
// read against every day of the range, and keeps a value only when all of them give it ("last
// year" in a range of four days of July); the others stay unresolved, as with no date at all.
// A longer range (an article dated only by its corpus) is read on its first and last days and
// on either side of every month's start between: a reading never goes back as the anchor goes
// forward (the latest Friday, last year, the nearest July 16), so a value the ends agree on holds
// on every day between, and the month starts are read besides, where "last month" and the
// narrative's months turn.
// On a short range (read on every day), an expression that reads as a day on each of them, not
// the same one, and no more than a week apart ("Wednesday" in an article of some day of a week)
// keeps no value but says the days it lies within (`within`).

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
  const everyDay = toDays(b) - toDays(a) <= EVERY_DAY;
  return unanchored.map((none, k) => {
    const first = readings[0]![k]!;
    if (!first.relative) return none;
    if (first.value === null || readings.some((r) => r[k]!.value !== first.value)) return everyDay ? withinDays(none, readings.map((r) => r[k]!), from, to, why) : none;
    const days = from === to ? `against ${from}, the day the article is taken to be of` : `the same on every day from ${from} to ${to}, the days the article may be of`;
    return { ...first, resolution: `${first.resolution}; ${days} (${why})`, inferredAnchor: true };
  });
}

/** Readings of one expression on the days of a short range further apart than this are no range. */
const MAX_WITHIN_DAYS = 7;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The expression as no day, with the days it reads as on the days of the range when they are day values close together. */
function withinDays(none: DateMention, readings: readonly DateMention[], from: string, to: string, why: string): DateMention {
  if (none.set || readings.some((r) => r.value === null || !DAY.test(r.value) || r.set)) return none;
  const values = readings.map((r) => r.value!).sort();
  const lo = values[0]!, hi = values[values.length - 1]!;
  if (toDays(parseYmd(hi)!) - toDays(parseYmd(lo)!) > MAX_WITHIN_DAYS) return none;
  return { ...none, resolution: `${none.resolution}; between ${lo} and ${hi}, as read on each day from ${from} to ${to}, the days the article may be of (${why})`, within: { from: lo, to: hi } };
}
