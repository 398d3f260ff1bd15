// An undated article read against the corpus it sits in, as a reader would: the dated articles
// of its folder were gathered together, so it is taken to be of their time, from the first of
// their dates to the last (and no older than the latest day it reports as past). That range is
// an inference, never its date, and it resolves only what it makes unambiguous:
//   - a year-less dateline ("SYDNEY, September 13 (Xinhua) --") that falls once in the range
//     pins the day the article is of: every relative expression is read against that day;
//   - otherwise the range is not a day: a year-less date ("July 16") or a year-level expression
//     ("last year") keeps a value when it reads the same on every day of the range; weekdays,
//     "today" and "last week" stay null, since the article is only probably within the range.
// Whatever is resolved so is marked (`inferredAnchor`) and says against what. A dateline that
// falls nowhere in the range shows the article is not of its corpus's time: nothing is inferred.
// One article's dates and the folder's dated articles in, the dates out: the workspace keeps the
// folder's dates current (an article's own analysis cannot know its neighbours).

import { findDateline, findDatesWithin, type ArticleDate } from '../dates/index.ts';
import { formatYmd, parseYmd, toDays, weekdayOf } from '../dates/calendar.ts';
import type { DatedMention } from './datedMention.ts';

/** The dates of the dated articles of a folder. */
export interface CorpusSpan {
  from: string;
  to: string;
  /** How many dated articles give them. */
  count: number;
}

/** Fewer dated neighbours than this are no corpus to date an article by. */
export const MIN_DATED = 2;

/** A span of dated neighbours over this many days pins no year: not worth reading. */
const MAX_SPAN_DAYS = 400;

export interface CorpusDating {
  articleDate: ArticleDate;
  dates: DatedMention[];
}

/**
 * The article's dating against its folder's span, or undefined when the span says nothing
 * (the article has a date, a release range of its own, is newer than its neighbours, or its
 * dateline falls outside their time). `prose` is the text the dates were found in.
 */
export function dateAgainstCorpus(prose: string, articleDate: ArticleDate, dates: readonly DatedMention[], span: CorpusSpan): CorpusDating | undefined {
  if (articleDate.value !== null || articleDate.inferred?.to || span.count < MIN_DATED) return undefined;
  const own = articleDate.inferred?.from;
  const from = own && own > span.from ? own : span.from;
  const to = span.to;
  if (from > to) return undefined;
  const neighbours = `the dated articles of its folder are from ${span.from} to ${span.to}${own && own > span.from ? `, and it is no older than ${own}` : ''}`;
  let range = { from, to, reason: `${neighbours}: it is taken to be of their time` };
  let pinned = false;
  const dateline = yearlessDateline(prose);
  if (dateline) {
    const days = daysOf(dateline, from, to);
    if (days.length === 0) return undefined;
    if (days.length === 1) {
      range = { from: days[0]!, to: days[0]!, reason: `its dateline "${dateline.text}" falls once between ${from} and ${to}, on ${days[0]} (${neighbours})` };
      pinned = true;
    }
  }
  if (!pinned && toDays(parseYmd(to)!) - toDays(parseYmd(from)!) > MAX_SPAN_DAYS) return undefined;
  const readings = findDatesWithin(prose, range.from, range.to, pinned ? `its dateline, the year from its corpus` : `the time of its corpus`);
  if (readings.length !== dates.length) return undefined;
  const out = dates.map((d, k) => {
    const r = readings[k]!;
    if (d.value !== null || d.set || !r.inferredAnchor || r.value === null) return d;
    if (!pinned && !yearFromRange(d)) return d;
    const { partial: _unknown, ...rest } = d;
    return { ...rest, value: r.value, granularity: r.granularity, resolution: r.resolution, inferredAnchor: true as const };
  });
  return {
    articleDate: {
      ...articleDate,
      explanation: `${articleDate.explanation}; ${pinned ? `it is taken to be of ${range.from}` : `it is taken to be of ${range.from} to ${range.to}`} (${range.reason})`,
      inferred: range,
    },
    dates: out,
  };
}

/** A year-less date, a month or a year-level expression: what a range of months may fix; not a weekday, "today" or "last week". */
function yearFromRange(d: DatedMention): boolean {
  if (d.partial !== undefined) return /^XXXX-\d{2}(?:-\d{2})?$/.test(d.partial);
  return d.granularity !== 'day' && d.granularity !== 'week' && d.weekday === undefined;
}

/** The article's dateline when it gives a month and day without a year. */
function yearlessDateline(prose: string): { text: string; m: number; d: number; weekday?: number } | undefined {
  const found = findDateline(prose)?.mention;
  const md = found && !found.explicitYear ? /^XXXX-(\d{2})-(\d{2})$/.exec(found.partial ?? '') : null;
  return md ? { text: found!.text, m: +md[1]!, d: +md[2]!, weekday: found!.weekday } : undefined;
}

/** The days from `from` to `to` that are that month and day (and weekday, if it names one). */
function daysOf(dl: { m: number; d: number; weekday?: number }, from: string, to: string): string[] {
  const a = parseYmd(from)!, b = parseYmd(to)!;
  const out: string[] = [];
  for (let y = a.y; y <= b.y; y++) {
    const day = parseYmd(`${String(y).padStart(4, '0')}-${String(dl.m).padStart(2, '0')}-${String(dl.d).padStart(2, '0')}`);
    if (!day || toDays(day) < toDays(a) || toDays(day) > toDays(b)) continue;
    if (dl.weekday !== undefined && weekdayOf(day) !== dl.weekday) continue;
    out.push(formatYmd(day));
  }
  return out;
}

/** The span of a folder's dated articles. */
export function spanOf(values: Iterable<string>): CorpusSpan | undefined {
  let from: string | undefined, to: string | undefined, count = 0;
  for (const v of values) {
    count++;
    if (from === undefined || v < from) from = v;
    if (to === undefined || v > to) to = v;
  }
  return from && to ? { from, to, count } : undefined;
}

/** The folder of a path ('corpus/a.txt' -> 'corpus'), by its last slash. */
export function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}
