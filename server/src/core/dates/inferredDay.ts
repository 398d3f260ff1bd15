// The day an undated article's own text lets a reader take it to be of, inferred and never
// its date (marked so, with its reason):
//
// The items of a budget or photo package each open with a dateline ("(NYT42) NEW YORK -- Oct.
// 20, 1999 -- ..."): when two or more do and all give one day, the article is of that day.
//
// The year of a year-less dateline ("MADRID, February 17 (Xinhua) --") from the days with a
// year the article itself reports: a day it reports as past ("said on Feb. 15, 1999") is at or
// before the article, a day it reports as to come ("will take effect on April 1, 1997") at or
// after it. When the dateline's month and day falls once within half a year of such days (on
// the right side of each: after the past ones, before the ones to come), a reader takes that
// to be the article's day.
// Days further away are no evidence of the year (a 1996 law in a 1999 article), only bounds, and
// so is every year it reports as past: a treaty "launched on February 2, 1971" and
// "ratified in 1988" does not date an article of February 2 to 1971.

import type { DateMention } from './types.ts';
import { findDateline } from './articleDate.ts';
import { tenseOfExpression } from './findDates.ts';
import { formatYmd, isValidYmd, parseYmd, toDays, type Ymd } from './calendar.ts';

/** How far a day the article reports may be from its dateline's day and give it its year. */
const REACH_DAYS = 183;

/** What comes before an item's dateline on its line: an item number, a place in capitals, a region. */
const ITEM_PLACE = /^(?:\([A-Z]{2,6}\d*\)\s*)?[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)? --? ?$/;

/** The one day the datelines opening the article's items give, when two or more do. */
export function itemDatelinesDay(text: string, mentions: readonly DateMention[]): DatelineDay | undefined {
  let day: string | undefined, count = 0, first: DateMention | undefined;
  for (const x of mentions) {
    if (!x.explicitYear || x.granularity !== 'day' || !x.value || !/^\d{4}-\d{2}-\d{2}$/.test(x.value)) continue;
    const lineStart = text.lastIndexOf('\n', x.start - 1) + 1;
    if (!ITEM_PLACE.test(text.slice(lineStart, x.start)) || !/^ ?--?[ A-Z]/.test(text.slice(x.end, x.end + 4))) continue;
    if (day !== undefined && x.value !== day) return undefined; // items of several days: no one day
    day = x.value;
    first ??= x;
    count++;
  }
  if (count < 2 || !first) return undefined;
  return { day: day!, reason: `the ${count} datelines its items open with give one day, "${first.text}": it is taken to be of ${day}` };
}

export interface DatelineDay {
  /** The day the article is taken to be of, 'YYYY-MM-DD'. */
  day: string;
  reason: string;
}

/** The day number of a day mention's value. */
const dayNumber = (x: DateMention) => toDays(parseYmd(x.value!)!);

/** The day a year-less dateline is of, from the days with a year the article reports, or undefined. */
export function datelineDay(text: string, mentions: readonly DateMention[]): DatelineDay | undefined {
  const dl = findDateline(text)?.mention;
  const md = dl && !dl.explicitYear ? /^XXXX-(\d{2})-(\d{2})$/.exec(dl.partial ?? '') : null;
  if (!md) return undefined;
  const dateline = dl!;
  const m = +md[1]!, d = +md[2]!;
  const past: DateMention[] = [], future: DateMention[] = [];
  // the latest year it reports as past ("ratified by the country in 1988"): the article is of
  // that year or later, whatever day of an older year shares its dateline's day (a headline's
  // "From Early 1997" over a law passed for then is no past)
  let latestYear = -Infinity;
  for (const x of mentions) {
    if (x.explicitYear && x.value && /^\d{4}/.test(x.value) && tenseOfExpression(text, x.start, x.end).tense === 'past') latestYear = Math.max(latestYear, +x.value.slice(0, 4));
  }
  for (const x of mentions) {
    if (!x.explicitYear || x.granularity !== 'day' || !x.value || !/^\d{4}-\d{2}-\d{2}$/.test(x.value) || x.start < dateline.end) continue;
    // the tense of its clause ("went into effect in the small hours on January 1, 1998"): the
    // half year's reach, not the verb's hold on the day, keeps a day of another time out
    const t = tenseOfExpression(text, x.start, x.end).tense;
    if (t === 'past') past.push(x);
    else if (t === 'future') future.push(x);
  }
  if (past.length + future.length === 0) return undefined;
  const latestPast = past.reduce<DateMention | undefined>((a, x) => (!a || x.value! > a.value! ? x : a), undefined);
  const firstFuture = future.reduce<DateMention | undefined>((a, x) => (!a || x.value! < a.value! ? x : a), undefined);
  const lo = latestPast ? dayNumber(latestPast) : -Infinity;
  const hi = firstFuture ? dayNumber(firstFuture) : Infinity;
  if (lo > hi) return undefined; // the article contradicts itself: nothing is inferred
  const near = (x: DateMention, day: Ymd, side: 1 | -1) => {
    const gap = side * (toDays(day) - dayNumber(x));
    return gap >= 0 && gap <= REACH_DAYS;
  };
  const fits: Ymd[] = [];
  const years = new Set([latestPast, firstFuture].flatMap((x) => (x ? [+x.value!.slice(0, 4) - 1, +x.value!.slice(0, 4), +x.value!.slice(0, 4) + 1] : [])));
  for (const y of years) {
    if (y < latestYear || !isValidYmd(y, m, d)) continue;
    const day = { y, m, d };
    const n = toDays(day);
    if (n < lo || n > hi) continue;
    if ((latestPast && near(latestPast, day, 1)) || (firstFuture && near(firstFuture, day, -1))) fits.push(day);
  }
  if (fits.length !== 1) return undefined;
  const day = formatYmd(fits[0]!);
  const by = [
    latestPast && near(latestPast, fits[0]!, 1) ? `after "${latestPast.text}", which it reports as past` : undefined,
    firstFuture && near(firstFuture, fits[0]!, -1) ? `before "${firstFuture.text}", which it reports as to come` : undefined,
  ].filter(Boolean).join(', and ');
  return { day, reason: `its dateline "${dateline.text}" falls once within half a year ${by}: it is taken to be of ${day}` };
}

