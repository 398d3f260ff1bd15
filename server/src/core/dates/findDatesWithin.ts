// The dates of an article written on some day of a range, not a known one: each expression is
// read against every day of the range, and keeps a value only when all of them give it ("last
// year" in a range of four days of July); the others stay unresolved, as with no date at all.

import type { DateMention } from './types.ts';
import { findDates } from './findDates.ts';
import { addDays, formatYmd, parseYmd, toDays } from './calendar.ts';

/** The range is short (a release line's few days): every day of it is read. */
const MAX_DAYS = 31;

export function findDatesWithin(text: string, from: string, to: string, why: string): DateMention[] {
  const a = parseYmd(from)!, b = parseYmd(to)!;
  const days = Math.min(MAX_DAYS, toDays(b) - toDays(a));
  const unanchored = findDates(text);
  const readings = Array.from({ length: days + 1 }, (_, i) => findDates(text, { anchor: formatYmd(addDays(a, i)) }));
  return unanchored.map((none, k) => {
    const first = readings[0]![k]!;
    if (!first.relative || first.value === null || readings.some((r) => r[k]!.value !== first.value)) return none;
    return { ...first, resolution: `${first.resolution}; the same on every day from ${from} to ${to}, the days the article may be of (${why})` };
  });
}
