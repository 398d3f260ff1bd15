// Normalization of a recognized expression (Spec) to an ISO/TimeML value, against an optional
// anchor date and the tense of the surrounding clause.
//
// Year-less and relative expressions with an anchor (document creation time):
//   - weekday: past/present/no tense -> the most recent such weekday on or before the anchor
//     (the anchor day itself counts: "called Saturday" in a Saturday article is that Saturday);
//     future tense -> the nearest on or after the anchor; "last X" strictly before, "next X"
//     strictly after.
//   - month-day without year: within two months of the anchor -> that occurrence; else past
//     tense -> the latest occurrence not after the anchor, future tense -> the earliest not
//     before it, otherwise the nearest.
//   - month without year: the anchor's month is this year's; else past tense -> the latest not
//     after, future -> the earliest not before, otherwise the nearest. "last May" is strictly
//     before the anchor month (in May, a year back), "next May" strictly after.
//   - quarter/season/half without year: same scheme at that granularity.
// Without an anchor every relative expression gets value null; year-less ones get a TimeML-style
// `partial` ('XXXX-11-09', 'XXXX-11', 'XXXX-WXX-2', 'XXXX-Q3', 'XXXX-SU').

import type { Spec } from './spec.ts';
import type { Tense } from './tense.ts';
import type { DateMention, Granularity } from './types.ts';
import { MONTH_FULL_RE } from './lexicon.ts';
import {
  addDays, formatWeek, formatYmd, mondayOfWeek, pad, toDays, weekdayOf, isValidYmd, type Ymd,
} from './calendar.ts';

export type Resolved = Pick<DateMention, 'value' | 'granularity' | 'partial' | 'relative' | 'resolution' | 'explicitYear' | 'weekday' | 'weekdayMismatch' | 'set'>;

const MONTH_NAMES = ['', ...MONTH_FULL_RE.split('|')];
const WD_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'fall', WI: 'winter' };

function tenseNote(t: Tense): string {
  return t === 'none' ? 'no tense cue' : `${t} tense`;
}

/**
 * A year-less day this close to the article date is that occurrence, whatever the tense: news
 * writes the year of a date further away ("Aug. 7" in an article of August 18 is this August,
 * and "stock of record Nov. 16, the company said" on November 1 is two weeks ahead, not a year
 * back). Measured on TimeBank+AQUAINT (dev): 30 days fixes 13 values, 60 days 17, 90 days 19, at
 * the cost of dates in a "year-ago quarter"; 60 keeps to the nearest two months.
 */
const NEAR_DAYS = 60;

/** Chooses the year of a year-less (m, d) against the anchor and tense/direction. */
/** How far ahead of the article a day told of as a past event may be and still be of its year (a wire date across time zones). */
const PAST_AHEAD_DAYS = 3;

function yearFor(m: number, d: number, a: Ymd, tense: Tense, dir: 'last' | 'this' | 'next' | undefined, nearDays = 0, wd?: number, pastEvent = false): { y: number; why: string } {
  const cmp = m !== a.m ? m - a.m : d - a.d;
  if (dir === 'last') return { y: cmp < 0 ? a.y : a.y - 1, why: 'the last one before' };
  if (dir === 'next') return { y: cmp > 0 ? a.y : a.y + 1, why: 'the next one after' };
  if (dir === 'this') return { y: a.y, why: 'the year of' };
  const now = toDays(a);
  if (nearDays > 0) {
    for (const y of [a.y, a.y - 1, a.y + 1]) {
      // (a weekday given with the date must fit: "Tuesday, July 30" in June 1998 is not 1998's)
      if (!isValidYmd(y, m, d) || (wd !== undefined && weekdayOf({ y, m, d }) !== wd)) continue;
      const delta = toDays({ y, m, d }) - now;
      // another calendar year's only if the tense allows it ("the Jan. 17 deposition" in December is January's)
      if (y !== a.y && ((tense === 'past' && delta > 0) || (tense === 'future' && delta < 0))) continue;
      // "crashed into the Atlantic ... on October 31" in September: last October's
      if (pastEvent && tense === 'past' && delta > PAST_AHEAD_DAYS) continue;
      if (Math.abs(delta) <= nearDays) return { y, why: 'the one within two months of' };
    }
  }
  if (tense === 'past') return { y: cmp <= 0 ? a.y : a.y - 1, why: 'the latest one not after' };
  if (tense === 'future') return { y: cmp >= 0 ? a.y : a.y + 1, why: 'the earliest one not before' };
  // no tense cue: the occurrence closest to the anchor (within six months either way)
  const here = toDays({ y: a.y, m, d: Math.min(d, 28) });
  let best = a.y;
  for (const y of [a.y - 1, a.y + 1]) {
    if (Math.abs(toDays({ y, m, d: Math.min(d, 28) }) - now) < Math.abs(here - now) - 1) best = y;
  }
  return { y: best, why: 'the one nearest to' };
}

/**
 * The year of a year-less month: "last March" in March is a year back, "next March" a year ahead.
 * The month after the article's is the coming one unless an event's verb governs it or dates
 * it as past ("crashed in September"): a past tense further off ("had suspended Concorde flights
 * through September", "officials at the time promised an increase in February") is no reason to
 * go eleven months back.
 */
function yearForMonth(m: number, a: Ymd, tense: Tense, dir: 'last' | 'this' | 'next' | undefined, governing = false, pastEvent = false, cueAfter = false): { y: number; why: string } {
  if (dir === 'last') return { y: m < a.m ? a.y : a.y - 1, why: 'the last one before' };
  if (dir === 'next') return { y: m > a.m ? a.y : a.y + 1, why: 'the next one after' };
  if (dir === 'this' || m === a.m) return { y: a.y, why: 'the year of' };
  if (tense === 'past' && !governing && !pastEvent && !cueAfter && m === (a.m % 12) + 1) return { y: m === 1 ? a.y + 1 : a.y, why: 'the month just after (no event\'s verb dates it as past)' };
  // "the figures for January to be released ...", in February: the verb after it is what is still to come of the month just ended ("planned for May and December" in January is not)
  if (tense === 'future' && cueAfter && m === ((a.m + 10) % 12) + 1) return { y: m === 12 ? a.y - 1 : a.y, why: 'the month just before (only a verb after it looks ahead)' };
  // past: the latest month not after the anchor's, future: the earliest not before, else nearest
  return yearFor(m, tense === 'future' ? 31 : 1, a, tense, undefined);
}

function unitValue(unit: string, a: Ymd, offset: number): { value: string; g: Granularity } {
  switch (unit) {
    case 'day': return { value: formatYmd(addDays(a, offset)), g: 'day' };
    case 'week': return { value: formatWeek(addDays(a, 7 * offset)), g: 'week' };
    case 'weekend': {
      const sat = addDays(a, 6 - weekdayOf(a) + 7 * offset);
      return { value: formatWeek(sat) + '-WE', g: 'week' };
    }
    case 'month': {
      const idx = a.y * 12 + (a.m - 1) + offset;
      return { value: `${pad(Math.floor(idx / 12), 4)}-${pad((idx % 12) + 1)}`, g: 'month' };
    }
    case 'quarter': {
      const idx = a.y * 4 + Math.floor((a.m - 1) / 3) + offset;
      return { value: `${pad(Math.floor(idx / 4), 4)}-Q${(idx % 4) + 1}`, g: 'quarter' };
    }
    case 'year': return { value: pad(a.y + offset, 4), g: 'year' };
    case 'decade': return { value: String(Math.floor(a.y / 10) + offset), g: 'decade' };
    default: return { value: pad(Math.floor(a.y / 100) + offset, 2), g: 'century' };
  }
}

type DateSpec = Extract<Spec, { kind: 'date' }>;

/** The value of a date or month in year y. */
function formatDate(spec: DateSpec, y: number): string {
  return spec.d ? formatYmd({ y, m: spec.m, d: spec.d }) : `${pad(y, 4)}-${pad(spec.m)}`;
}

/** The weekday the text gives with a date, and whether it is wrong in year y. */
function weekdayCheck(spec: DateSpec, y: number): Partial<Resolved> {
  if (!spec.wd || !spec.d) return spec.wd ? { weekday: spec.wd } : {};
  const actual = weekdayOf({ y, m: spec.m, d: spec.d });
  return { weekday: spec.wd, weekdayMismatch: actual !== spec.wd };
}

export function resolveSpec(spec: Spec, anchor: Ymd | undefined, tense: Tense, lastMonth?: { y?: number; m: number }, governing = false, pastEvent = false, cueAfter = false): Resolved {
  const anchorStr = anchor ? formatYmd(anchor) : '';
  switch (spec.kind) {
    case 'date': {
      const g: Granularity = spec.d ? 'day' : 'month';
      if (spec.d && !isValidYmd(spec.y ?? 2000, spec.m, spec.d)) {
        return { value: null, granularity: g, relative: false, explicitYear: spec.y !== undefined, resolution: 'invalid calendar date' };
      }
      if (spec.y !== undefined) {
        const wd = weekdayCheck(spec, spec.y);
        return { value: formatDate(spec, spec.y), granularity: g, relative: false, explicitYear: true, resolution: 'explicit date' + (wd.weekdayMismatch ? ` (but ${formatYmd({ y: spec.y, m: spec.m, d: spec.d! })} is not a ${WD_NAMES[spec.wd!]})` : ''), ...wd };
      }
      const partial = spec.d ? `XXXX-${pad(spec.m)}-${pad(spec.d)}` : `XXXX-${pad(spec.m)}`;
      if (!anchor) {
        return { value: null, partial, granularity: g, relative: true, explicitYear: false, resolution: 'year not given and no article date', ...(spec.wd ? { weekday: spec.wd } : {}) };
      }
      if (spec.yearRel !== undefined) {
        const y = anchor.y + spec.yearRel;
        return { value: formatDate(spec, y), granularity: g, relative: true, explicitYear: false, resolution: `year relative to the article date (${anchorStr})` };
      }
      let { y, why } = spec.d === undefined ? yearForMonth(spec.m, anchor, tense, spec.dir, governing, pastEvent, cueAfter) : yearFor(spec.m, spec.d, anchor, tense, spec.dir, governing && tense === 'past' ? 0 : NEAR_DAYS, spec.wd, pastEvent);
      let note = '';
      if (spec.wd && spec.d) {
        // a weekday written with the date: prefer a neighbouring year in which it matches
        if (weekdayOf({ y, m: spec.m, d: spec.d }) !== spec.wd) {
          for (const alt of [y - 1, y + 1]) {
            if (isValidYmd(alt, spec.m, spec.d) && weekdayOf({ y: alt, m: spec.m, d: spec.d }) === spec.wd) {
              note = `; year ${alt} chosen because ${WD_NAMES[spec.wd]} fits it`;
              y = alt;
              break;
            }
          }
        }
      }
      return {
        value: formatDate(spec, y), granularity: g, relative: true, explicitYear: false, ...weekdayCheck(spec, y),
        resolution: `year-less ${g === 'day' ? 'date' : 'month'}: ${why} the article date (${anchorStr}, ${tenseNote(tense)})${note}`,
      };
    }
    case 'year':
      return { value: pad(spec.y, 4), granularity: 'year', relative: false, explicitYear: true, resolution: 'explicit year' };
    case 'decade':
      return { value: spec.dec, granularity: 'decade', relative: false, explicitYear: true, resolution: 'explicit decade' };
    case 'century':
      return { value: spec.cent, granularity: 'century', relative: false, explicitYear: true, resolution: 'explicit century' };
    case 'season':
    case 'quarter':
    case 'half': {
      const code = spec.kind === 'season' ? spec.s : spec.kind === 'quarter' ? `Q${spec.q}` : `H${spec.h}`;
      const gran: Granularity = spec.kind;
      if (spec.y !== undefined) return { value: `${pad(spec.y, 4)}-${code}`, granularity: gran, relative: false, explicitYear: true, resolution: `explicit ${spec.kind}` };
      if (!anchor) return { value: null, partial: `XXXX-${code}`, granularity: gran, relative: true, explicitYear: false, resolution: `${spec.kind} without year and no article date` };
      // compare by a representative month
      const m = spec.kind === 'season' ? SEASON_MONTH[spec.s] : spec.kind === 'quarter' ? spec.q * 3 - 1 : spec.h * 6 - 3;
      const span = spec.kind === 'half' ? 3 : 1;
      const cmp = Math.abs(m - anchor.m) <= span ? 0 : m - anchor.m;
      let y = anchor.y;
      let why = 'the year of';
      if (spec.dir === 'last') { y = cmp < 0 ? anchor.y : anchor.y - 1; why = 'the last one before'; }
      else if (spec.dir === 'next') { y = cmp > 0 ? anchor.y : anchor.y + 1; why = 'the next one after'; }
      else if (spec.dir === 'this') { y = anchor.y; }
      else if (tense === 'past' && cmp > 0) { y = anchor.y - 1; why = 'the latest one not after'; }
      // (a quarter closed within three months is the one whose results are still to come: "will report third-quarter earnings" in October)
      else if (tense === 'future' && cmp < 0 && !(spec.kind === 'quarter' && anchor.m - spec.q * 3 >= 0 && anchor.m - spec.q * 3 <= 3)) { y = anchor.y + 1; why = 'the earliest one not before'; }
      else if (tense !== 'past' && tense !== 'future' && Math.abs(m - anchor.m) > 6) { y = anchor.y + Math.sign(anchor.m - m); why = 'the one nearest to'; }
      return { value: `${pad(y, 4)}-${code}`, granularity: gran, relative: true, explicitYear: false, resolution: `${spec.kind} without year: ${why} the article date (${anchorStr}, ${tenseNote(tense)})` };
    }
    case 'set': {
      if (spec.s !== undefined) {
        return { value: null, partial: `XXXX-${spec.s}`, granularity: 'other', relative: false, explicitYear: false, set: true, resolution: `every ${SEASON_NAMES[spec.s]}: a recurring season, no date` };
      }
      if (spec.q !== undefined) {
        return { value: null, partial: `XXXX-Q${spec.q}`, granularity: 'other', relative: false, explicitYear: false, set: true, resolution: `every ${['first', 'second', 'third', 'fourth'][spec.q - 1]} quarter: a recurring quarter, no date` };
      }
      if (spec.wd === undefined) {
        return { value: null, partial: `XXXX-${pad(spec.m!)}${spec.d ? `-${pad(spec.d)}` : ''}`, granularity: 'other', relative: false, explicitYear: false, set: true, resolution: `every ${MONTH_NAMES[spec.m!]}${spec.d ? ` ${spec.d}` : ''}: a recurring ${spec.d ? 'day' : 'month'}, no date` };
      }
      const pod = spec.pod ? ({ morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' } as Record<string, string>)[spec.pod] ?? '' : '';
      return { value: null, partial: `XXXX-WXX-${spec.wd}${pod}`, granularity: 'other', relative: false, explicitYear: false, weekday: spec.wd, set: true, resolution: `every ${WD_NAMES[spec.wd]}${spec.pod ? ` ${spec.pod}` : ''}: a recurring day, no date` };
    }
    case 'weekday': {
      if (!anchor) return { value: null, partial: `XXXX-WXX-${spec.wd}`, granularity: 'day', relative: true, explicitYear: false, weekday: spec.wd, resolution: 'weekday and no article date' };
      const aw = weekdayOf(anchor);
      let delta: number;
      let why: string;
      if (spec.dir === 'last') { delta = -(((aw - spec.wd + 7) % 7) || 7); why = 'the last one before'; }
      else if (spec.dir === 'next') { delta = ((spec.wd - aw + 7) % 7) || 7; why = 'the next one after'; }
      else if (tense === 'future') { delta = (spec.wd - aw + 7) % 7; why = 'the nearest on or after'; }
      else if (spec.dir === 'this' && tense !== 'past') { delta = spec.wd - aw; why = 'in the week of'; }
      else { delta = -((aw - spec.wd + 7) % 7); why = 'the latest on or before'; }
      const v = formatYmd(addDays(anchor, delta));
      return { value: v, granularity: 'day', relative: true, explicitYear: false, weekday: spec.wd, resolution: `weekday: ${why} the article date (${anchorStr}, ${tenseNote(tense)})` };
    }
    case 'unit': {
      if (!anchor) return { value: null, granularity: spec.unit === 'weekend' ? 'week' : (spec.unit as Granularity), relative: true, explicitYear: false, resolution: `"${spec.word}" needs the article date, which is unknown` };
      // (the hundred years before a 1999 article are mostly the 1900s, its own century: no calendar century is them; before a 2000 one, they are the 1900s)
      if (spec.span && anchor.y % 100 !== 0) return { value: null, granularity: 'century', relative: true, explicitYear: false, resolution: `"${spec.word}": the hundred years before the article date (${anchorStr}), a span, no calendar century` };
      // ("to vote on ratification over the weekend" in a clause of what is to come: the coming one)
      const latest = spec.latest && tense !== 'future';
      const offset = latest && spec.unit === 'weekend' && weekdayOf(anchor) < 6 ? -1 : spec.offset;
      const { value, g } = unitValue(spec.unit, anchor, offset);
      return { value, granularity: g, relative: true, explicitYear: false, resolution: `"${spec.word}" relative to the article date (${anchorStr})${latest ? ', the latest on or before it' : spec.latest ? ', the coming one (future tense)' : ''}` };
    }
    case 'ago': {
      if (!anchor) return { value: null, granularity: spec.unit as Granularity, relative: true, explicitYear: false, resolution: `"${spec.n} ${spec.unit}(s) ago" needs the article date, which is unknown` };
      const { value, g } =
        spec.unit === 'day' ? unitValue('day', anchor, -spec.n)
        : spec.unit === 'week' ? unitValue('week', anchor, -spec.n)
        : spec.unit === 'month' ? unitValue('month', anchor, -spec.n)
        : spec.unit === 'year' ? unitValue('year', anchor, -spec.n)
        : unitValue('decade', anchor, -spec.n);
      // "more than a decade ago" in 2000 is before 1990, no more the 1990s than any decade before
      if (spec.over) {
        const years = spec.unit === 'decade' ? 10 * spec.n : spec.unit === 'year' ? spec.n : 0;
        const bound = years ? formatYmd({ ...anchor, y: anchor.y - years }) : value;
        return { value: null, granularity: g, relative: true, explicitYear: false, resolution: `more than ${spec.n} ${spec.unit}(s) before the article date (${anchorStr}): some time before ${bound}, which ${g} is not said` };
      }
      return { value, granularity: g, relative: true, explicitYear: false, resolution: `${spec.n} ${spec.unit}(s) before the article date (${anchorStr})` };
    }
    case 'yearAgo':
      // (findDates.ts gives it the quarter a year before the report's, or drops it)
      return { value: null, granularity: 'quarter', relative: true, explicitYear: false, resolution: `"${spec.word}": a year before the period the article reports` };
    case 'ref':
      return { value: spec.ref, granularity: 'other', relative: true, explicitYear: false, resolution: 'TimeML reference value (no calendar date)' };
    case 'holiday': {
      const at = (y: number): Ymd => holidayDate(spec.name, y);
      if (spec.y !== undefined) return { value: formatYmd(at(spec.y)), granularity: 'day', relative: false, explicitYear: true, resolution: `holiday (${spec.name}) in the given year` };
      if (!anchor) return { value: null, granularity: 'day', relative: true, explicitYear: false, resolution: `holiday (${spec.name}) and no article date` };
      const approx = at(anchor.y);
      // (a baby's "first Halloween" in a future sentence is next year's, though last month's is near)
      const near = spec.firstOf && (tense === 'past' || tense === 'future') ? 0 : NEAR_DAYS;
      const { y, why } = yearFor(approx.m, approx.d, anchor, tense, spec.dir, near);
      return { value: formatYmd(at(y)), granularity: 'day', relative: true, explicitYear: false, resolution: `holiday (${spec.name}): ${why} the article date (${anchorStr}, ${tenseNote(tense)})` };
    }
    case 'reportPeriod':
      // (findDates.ts gives it the quarter the report tells of, when it tells of one)
      return { value: pad(spec.y, 4), granularity: 'year', relative: false, explicitYear: true, resolution: `"${spec.word}": a period of ${spec.y}` };
    case 'latestPeriod':
      // (findDates.ts gives it the quarter the report tells of, or drops it)
      return { value: null, granularity: 'quarter', relative: true, explicitYear: false, resolution: `"${spec.word}": the quarter the report tells of` };
    case 'anaphor':
      // (findDates.ts reads it against the date told of before it: resolveAnaphor)
      return { value: null, granularity: spec.unit, relative: true, explicitYear: false, resolution: `"${spec.word}" needs a date told of before it` };
    case 'dom': {
      if (!lastMonth) return { value: null, granularity: 'day', relative: true, explicitYear: false, resolution: 'day of month, but no month mentioned before' };
      const y = lastMonth.y;
      if (y === undefined) return { value: null, partial: `XXXX-${pad(lastMonth.m)}-${pad(spec.d)}`, granularity: 'day', relative: true, explicitYear: false, resolution: 'day of the month mentioned before, year unknown' };
      if (!isValidYmd(y, lastMonth.m, spec.d)) return { value: null, granularity: 'day', relative: true, explicitYear: false, resolution: 'invalid day of the month mentioned before' };
      return { value: formatYmd({ y, m: lastMonth.m, d: spec.d }), granularity: 'day', relative: true, explicitYear: false, resolution: `day of the month mentioned before (${pad(y, 4)}-${pad(lastMonth.m)})` };
    }
  }
}

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
const YEAR_PREFIX = /^(\d{4})(?:$|-)/;

/**
 * "that year", "the next day", "the following month" against the date told of before it (its
 * value and text): `offset` units from it, when it is at least as fine as the unit ("that day"
 * after "last October" has no day).
 */
export function resolveAnaphor(spec: Extract<Spec, { kind: 'anaphor' }>, ref: { value: string | null; text: string }): Resolved {
  const g: Granularity = spec.unit;
  const none = (why: string): Resolved => ({ value: null, granularity: g, relative: true, explicitYear: false, resolution: `"${spec.word}" relative to "${ref.text}" told of before it, which ${why}` });
  if (ref.value === null) return none('has no value');
  const v = ref.value;
  const day = DAY_VALUE.exec(v);
  const at = day ? { y: +day[1]!, m: +day[2]!, d: +day[3]! } : undefined;
  let value: string | undefined;
  if (spec.unit === 'day') {
    if (at) value = formatYmd(addDays(at, spec.offset));
  } else if (spec.unit === 'week') {
    const week = WEEK_VALUE.exec(v);
    if (at) value = formatWeek(addDays(at, 7 * spec.offset));
    else if (week) value = formatWeek(addDays(mondayOfWeek(+week[1]!, +week[2]!), 7 * spec.offset));
  } else if (spec.unit === 'month') {
    const month = at ? { y: at.y, m: at.m } : MONTH_VALUE.exec(v) ? { y: +v.slice(0, 4), m: +v.slice(5, 7) } : undefined;
    if (month) value = unitValue('month', { y: month.y, m: month.m, d: 1 }, spec.offset).value;
  } else if (spec.unit === 'quarter') {
    const quarter = QUARTER_VALUE.exec(v);
    const m = at ? at.m : MONTH_VALUE.exec(v) ? +v.slice(5, 7) : quarter ? +quarter[2]! * 3 : undefined;
    if (m !== undefined) value = unitValue('quarter', { y: +v.slice(0, 4), m, d: 1 }, spec.offset).value;
  } else {
    const year = YEAR_PREFIX.exec(v);
    if (year) value = pad(+year[1]! + spec.offset, 4);
  }
  if (value === undefined) return none(`gives no ${spec.unit}`);
  const how = spec.offset === 0 ? `the ${spec.unit} of` : `the ${spec.unit} ${spec.offset > 0 ? 'after' : 'before'}`;
  return { value, granularity: g, relative: true, explicitYear: false, resolution: `"${spec.word}": ${how} "${ref.text}" (${v}), the date told of before it` };
}

/** Date of a named holiday in year y (US holidays for Thanksgiving and Election Day). */
function holidayDate(name: string, y: number): Ymd {
  const nth = (m: number, wd: number, n: number): Ymd => {
    const first = weekdayOf({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  };
  if (name.startsWith('thanksgiving')) return nth(11, 4, 4);
  if (name.startsWith('election')) { const mon = nth(11, 1, 1); return { y, m: 11, d: mon.d + 1 }; }
  if (name === 'christmas eve') return { y, m: 12, d: 24 };
  if (name.startsWith('christmas')) return { y, m: 12, d: 25 };
  if (name === "new year's eve") return { y, m: 12, d: 31 };
  if (name.startsWith('new year')) return { y, m: 1, d: 1 };
  if (name.startsWith('independence')) return { y, m: 7, d: 4 };
  if (name.startsWith('halloween')) return { y, m: 10, d: 31 };
  return { y, m: 2, d: 14 };
}

export { toDays };
