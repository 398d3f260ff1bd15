// The article's own date (the anchor for relative expressions), read from a dateline near the
// top of the text. Never guessed: when nothing qualifies the result is 'unknown'.
//
// A dateline is a line among the first DATELINE_LINES non-empty lines that consists of a
// day-precise date only, optionally with a label ("Published:", "Updated"), a time
// ("10:15", "10:15 GMT") or a place prefix ("YEREVAN, Nov. 21 (AP) —").
//
// A dateline without a year but with a weekday ("Thursday, December 2") is resolved by weekday
// inference: the year must make that date fall on that weekday, searched in the window
// [L, U] where L = the latest year the article gives explicitly in a non-future context (the
// article cannot be older than the past events it reports) and U = min(L + WINDOW - 1,
// options.maxYear). Without L, the window is [maxYear - WINDOW + 1, maxYear] if maxYear is
// given, otherwise no inference is made. A weekday/date pair recurs after 5, 6 or 11 years, so
// a WINDOW of 5 years has at most one match; when the window holds none or several, the date
// stays unresolved.

import type { ArticleDate, DateMention } from './types.ts';
import { findDates, findDatesBefore, tenseOfExpression } from './findDates.ts';
import { formatYmd, isValidYmd, weekdayOf } from './calendar.ts';

export interface ArticleDateOptions {
  /** Upper bound for weekday inference (e.g. the current year); optional. */
  maxYear?: number;
}

const DATELINE_LINES = 12;
const WINDOW = 5;
const WD_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function isDatelineLine(line: string, relStart: number, relEnd: number): boolean {
  const before = line.slice(0, relStart).trim();
  const after = line.slice(relEnd).trim();
  const beforeOk = before === '' || /^(?:(?:published|updated|posted|date|dated|last updated)\s*(?:on)?\s*:?|[A-Z][A-Z .'-]+(?:\s*\([A-Za-z .'-]+\))?(?:,\s*[A-Za-z .'-]+)?,|[-–—|•]|\w+,\s*)$/i.test(before) && !/[a-z]{3,}\s[a-z]{3,}/.test(before.replace(/^(published|updated|posted|last updated)/i, ''));
  const afterOk = after === '' || /^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))?|\([A-Za-z/ -]+\)\s*[-–—_]?.*|[-–—|].*|\d{1,2}[:.]\d{2}.*)$/i.test(after);
  return beforeOk && afterOk;
}

/** text[from, to) is only whitespace (what String.prototype.trim removes, i.e. /\s/). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[k]!)) return false;
  }
  return true;
}

/** The dateline's date: a day-precise date alone on one of the first lines, and that line's number (from 1). */
export interface Dateline {
  mention: DateMention;
  line: number;
}

/** The first lines of the text (their offsets), up to DATELINE_LINES non-empty ones. */
function firstLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  for (let from = 0; lines.length < DATELINE_LINES; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (!isBlank(text, from, to)) lines.push({ start: from, end: to });
    if (to >= text.length) break;
    from = to + 1;
  }
  return lines;
}

/**
 * The dateline of the text ("WASHINGTON, March 3 (Xinhua) --", "Thursday, December 2"), with
 * or without a year, or undefined. Found without an anchor: a year-less one has only `partial`.
 */
export function findDateline(text: string): Dateline | undefined {
  const lines = firstLines(text);
  if (lines.length === 0) return undefined;
  for (const d of findDatesBefore(text, lines[lines.length - 1]!.end)) {
    if (d.granularity !== 'day' || d.partial === undefined && d.value === null) continue;
    if (!d.explicitYear && d.partial === undefined) continue; // weekday alone, today...
    if (d.partial?.startsWith('XXXX-W')) continue;
    const line = lines.findIndex((l) => d.start >= l.start && d.end <= l.end);
    if (line < 0) continue;
    const { start, end } = lines[line]!;
    if (isDatelineLine(text.slice(start, end), d.start - start, d.end - start)) return { mention: d, line: line + 1 };
  }
  return undefined;
}

/** A day with its year ("January 11, 1990", "Jan. 11, 1990"): the year's offset is where the match ends less four. */
const DAY_WITH_YEAR = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*(?:1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)/g;

/**
 * The first year after `y` of a day the text tells of in a clause not in the future ("repealed
 * martial law on January 11, 1990"), if any: an article is no older than the past it reports. (A
 * day, not a year alone: "the fiscal 2000 budget, released today" names a year ahead.)
 */
function laterPastYear(text: string, y: number): number | undefined {
  for (const m of text.matchAll(DAY_WITH_YEAR)) {
    const year = +m[0].slice(-4);
    if (year > y && tenseOfExpression(text, m.index!, m.index! + m[0].length).tense !== 'future') return year;
  }
  return undefined;
}

export function findArticleDate(text: string, options: ArticleDateOptions = {}): ArticleDate {
  if (isBlank(text, 0, text.length)) return { value: null, source: 'unknown', explanation: 'empty text' };
  const found = findDateline(text);
  if (!found) return { value: null, source: 'unknown', explanation: `no dateline in the first ${DATELINE_LINES} non-empty lines` };
  const d = found.mention;
  if (d.value && d.explicitYear) {
    // "February 26,1989 -- Stability is ..." heading a chronicle that goes on to 1990: an entry, not the writer's date
    const later = laterPastYear(text, parseInt(d.value.slice(0, 4), 10));
    if (later !== undefined) return { value: null, source: 'unknown', start: d.start, end: d.end, explanation: `"${d.text}" on line ${found.line} is no dateline: the article tells of ${later} as past` };
    return { value: d.value, source: 'dateline', start: d.start, end: d.end, explanation: `dateline "${d.text}" on line ${found.line}` + (d.weekdayMismatch ? ' (its weekday does not match the date)' : '') };
  }
  // year-less dateline
  const [, mm, dd] = d.partial!.split('-');
  const m = +mm, day = +dd;
  if (!d.weekday) {
    return { value: null, source: 'unknown', start: d.start, end: d.end, explanation: `dateline "${d.text}" has no year and no weekday to infer it from` };
  }
  const years = findDates(text)
    .filter((x) => x.explicitYear && x.value && /^\d{4}/.test(x.value) && tenseOfExpression(text, x.start, x.end).tense !== 'future')
    .map((x) => parseInt(x.value!.slice(0, 4), 10));
  const L = years.length ? Math.max(...years) : undefined;
  let lo: number, hi: number;
  if (L !== undefined) { lo = L; hi = Math.min(L + WINDOW - 1, options.maxYear ?? Infinity); }
  else if (options.maxYear !== undefined) { hi = options.maxYear; lo = hi - WINDOW + 1; }
  else {
    return { value: null, source: 'unknown', start: d.start, end: d.end, explanation: `dateline "${d.text}" has no year, and the article gives no year to bound the weekday search` };
  }
  const fits: number[] = [];
  for (let y = lo; y <= hi; y++) if (isValidYmd(y, m, day) && weekdayOf({ y, m, d: day }) === d.weekday) fits.push(y);
  const win = `${lo}–${hi}`;
  if (fits.length === 1) {
    return {
      value: formatYmd({ y: fits[0], m, d: day }), source: 'weekday-inference', start: d.start, end: d.end,
      explanation: `dateline "${d.text}" has no year; ${fits[0]} is the only year in ${win} (from the latest year the article mentions${options.maxYear !== undefined ? ', capped by maxYear' : ''}) in which ${mm}-${dd} is a ${WD_NAMES[d.weekday]}`,
    };
  }
  return {
    value: null, source: 'unknown', start: d.start, end: d.end,
    explanation: fits.length === 0
      ? `dateline "${d.text}" has no year, and ${mm}-${dd} is not a ${WD_NAMES[d.weekday]} in any year of ${win}`
      : `dateline "${d.text}" has no year, and ${mm}-${dd} is a ${WD_NAMES[d.weekday]} in several years of ${win} (${fits.join(', ')})`,
  };
}
