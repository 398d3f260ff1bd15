// A release line: what a wire service or a paper prints over copy filed ahead of its day ("(FOR
// RELEASE SUNDAY, AUG. 15)", "The New York Times said in an editorial for Tuesday, March 7:",
// "for editions of Tuesday, Nov. 16", "Today is Monday, Oct. 18"). It names the day the article
// is for, not the day it was written: on the duc2006 development stories the sidecar's date is 0
// to 3 days before it, and "today" and weekdays are read against that. So it gives a range for
// an undated article, never its date.
//
// The year: a release line has none, and the years an article names are mostly of the past
// (a 1999 column looking back at 1992). A careful reader takes the year only when the latest
// year the article names outside the future tense is one in which the day falls on the weekday
// printed; a release line on a year it does not name stays without one.

import type { DateMention } from './types.ts';
import { addDays, formatYmd, isValidYmd, weekdayOf } from './calendar.ts';
import { tenseOfExpression } from './findDates.ts';

export interface ReleaseRange {
  /** The release line's date. */
  mention: DateMention;
  /** The first and last day the article may have been written on, 'YYYY-MM-DD', when the year is confirmed. */
  range?: { from: string; to: string; reason: string };
}

/** How many days before its release day copy is filed (the sidecars of duc2006: 0 to 3). */
const FILED_BEFORE_DAYS = 3;
const LEAD_CHARS = 1200;
const CUE = /(?:\bfor\s+release|\beditorial\s+(?:for|on)|\bfor\s+editions\s+of|\bnews\s+service\s+for|\btoday\s+is)\s*$/i;

/** The release line of the lead, with the range it gives when the article confirms its year; undefined without one. */
export function findReleaseRange(text: string, unanchored: readonly DateMention[]): ReleaseRange | undefined {
  const line = unanchored.find((d) => {
    if (d.start >= LEAD_CHARS || d.weekday === undefined || !/^XXXX-\d{2}-\d{2}$/.test(d.partial ?? '')) return false;
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    return CUE.test(text.slice(Math.max(lineStart, d.start - 80), d.start));
  });
  if (!line) return undefined;
  const years = unanchored
    .filter((d) => d.explicitYear && d.value && /^\d{4}/.test(d.value) && tenseOfExpression(text, d.start, d.end).tense !== 'future')
    .map((d) => +d.value!.slice(0, 4));
  if (years.length === 0) return { mention: line };
  const y = Math.max(...years);
  const [, m, d] = line.partial!.split('-').map(Number) as [number, number, number];
  if (!isValidYmd(y, m, d) || weekdayOf({ y, m, d }) !== line.weekday) return { mention: line };
  const day = { y, m, d };
  return {
    mention: line,
    range: {
      from: formatYmd(addDays(day, -FILED_BEFORE_DAYS)),
      to: formatYmd(day),
      reason: `the release line "${line.text}" is the day it is for, in ${y} (the latest year it names, in which that day is that weekday), and copy is filed up to ${FILED_BEFORE_DAYS} days before`,
    },
  };
}
