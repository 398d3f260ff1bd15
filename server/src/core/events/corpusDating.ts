// An undated article read against the corpus it sits in, as a reader would: the dated articles
// of its folder were gathered together, so when they are of one time (a year or so: a topic
// followed over years is no one time) it is taken to be of it, from the first of their dates to
// the last (and no older than the latest day it reports as past). That range is
// an inference, never its date, and it resolves only what it makes unambiguous:
//   - a year-less dateline ("SYDNEY, September 13 (Xinhua) --") that falls once in the range
//     pins the day the article is of: every relative expression is read against that day;
//   - otherwise the range is not a day: a year-less date ("July 16") or a year-level expression
//     ("last year") keeps a value when it reads the same on every day of the range; weekdays,
//     "today" and "last week" stay null, since the article is only probably within the range.
// An event the article dates by a day relative to it ("yesterday's crash", "the crash on
// Friday") that the folder's articles date on one day, sharing its kind and a participant
// (the grouping of events/clusters.ts), gives the days the article can be of: those against
// which that expression reads the event's day ("yesterday" the day after it). One such day pins
// the article; a few (a weekday: up to a week) are a range, and what reads the same on all of
// them is resolved; what reads as days at most a week apart is said to lie within them
// (`within`, no value); events that disagree, or a day outside the folder's time, give nothing.
// The folder's day of an event is its clear majority: the day most of its dates give (two at
// least, when another day is given, and three times as many as any other), or none: articles
// that contradict each other date nothing. Its dates come from every article of the folder, an
// undated one's too when the text gives the year ("the Nov. 9, 2020 statement"), so that a
// folder with no dated article may still date its events. A year-less date of such an event
// ("the Oct. 31 crash") takes the year of the folder's day a few days from it. A year-less
// dateline pins the day when it falls within the days the events give (outside them the events
// say nothing). Whatever is resolved so is marked (`inferredAnchor`) and says against what. A dateline that
// falls nowhere in the range shows the article is not of its corpus's time: nothing is inferred.
// One article's dates and the folder's dated articles and event days in, the dates out: the workspace keeps the
// folder's dates current (an article's own analysis cannot know its neighbours).

import { findDateline, findDates, findDatesWithin, type ArticleDate, type DateMention } from '../dates/index.ts';
import { addDays, formatYmd, isValidYmd, parseYmd, toDays, weekdayOf } from '../dates/calendar.ts';
import type { DatedMention } from './datedMention.ts';
import { bucketKeys, startsGroups } from './clusters.ts';
import { DISCREPANCY_DAYS } from './attachDates.ts';

/** A day an event is given by a dated article of the folder: the keys it groups by (kind and parties). */
export interface EventDay {
  keys: string[];
  day: string;
}

/** The event days a dated article gives (its day dates of events no card describes, with their year known). */
export function eventDaysOf(dates: readonly DatedMention[]): EventDay[] {
  return dates.filter(startsGroups).map((d) => ({ keys: bucketKeys(d), day: d.value! }));
}

/** Whether an undated article has a date an event day could fix (an event dated by a day relative to the article, or a year-less one). */
export function mayUseEventDays(dates: readonly DatedMention[]): boolean {
  let may = mayUseByDates.get(dates);
  if (may === undefined) mayUseByDates.set(dates, (may = dates.some((d) => relativeEventDay(d) || yearlessEventDay(d))));
  return may;
}

/**
 * Asked on every question about an undated article (a hover reads it against its folder) and for
 * each undated article of a folder whenever the folder's event days change: kept per list of dates,
 * which an analysis never changes (a hover in an article of 100,000 dates scanned them all).
 */
const mayUseByDates = new WeakMap<readonly DatedMention[], boolean>();

/** How far from the event's day a relative day expression may put the article ("last Friday": a week). */
const EVENT_WINDOW_DAYS = 7;

/** The dates of the dated articles of a folder. */
export interface CorpusSpan {
  from: string;
  to: string;
  /** How many dated articles give them. */
  count: number;
}

/** Fewer dated neighbours than this are no corpus to date an article by. */
export const MIN_DATED = 2;

/** Dated neighbours spread over more than this many days are of no one time: no year, no day is inferred from them. */
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
export function dateAgainstCorpus(prose: string, articleDate: ArticleDate, dates: readonly DatedMention[], span: CorpusSpan | undefined, events: readonly EventDay[] = []): CorpusDating | undefined {
  if (articleDate.value !== null || articleDate.inferred?.to) return undefined;
  const folderDay = events.length > 0 ? majorityDays(events) : undefined;
  const dated = (folderDay && fromEvents(prose, articleDate, dates, span, folderDay)) || fromSpan(prose, articleDate, dates, span);
  return folderDay ? withEventYears(dated, articleDate, dates, folderDay) : dated;
}

/** The day the folder gives an event a date may be of, or undefined when it gives none clearly. */
type FolderDay = (d: DatedMention) => string | undefined;

/**
 * The folder's day of the event a date is of (its kind and parties): the day most of the
 * folder's dates of it give, when it is a clear majority (at least three times as many as any
 * other, and two at least when another day is given); otherwise none.
 */
function majorityDays(events: readonly EventDay[]): FolderDay {
  const byKey = new Map<string, EventDay[]>();
  for (const e of events) for (const k of e.keys) {
    const list = byKey.get(k);
    if (list) list.push(e);
    else byKey.set(k, [e]);
  }
  return (d) => {
    const seen = new Set<EventDay>();
    const count = new Map<string, number>();
    for (const key of bucketKeys(d)) {
      for (const e of byKey.get(key) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        count.set(e.day, (count.get(e.day) ?? 0) + 1);
      }
    }
    let top: string | undefined, first = 0, second = 0;
    for (const [day, n] of count) {
      if (n > first) { second = first; first = n; top = day; }
      else if (n > second) second = n;
    }
    if (top === undefined) return undefined;
    if (second > 0 && (first < MAJORITY_MIN || first < MAJORITY_RATIO * second)) return undefined;
    return top;
  };
}

/** A folder's day of an event needs this many dates of it when another day is given... */
const MAJORITY_MIN = 2;
/** ...and this many times as many as any other day. */
const MAJORITY_RATIO = 3;

/** The article read against the time of its folder's dated articles. */
function fromSpan(prose: string, articleDate: ArticleDate, dates: readonly DatedMention[], span: CorpusSpan | undefined): CorpusDating | undefined {
  if (!span || span.count < MIN_DATED) return undefined;
  const own = articleDate.inferred?.from;
  const from = own && own > span.from ? own : span.from;
  const to = span.to;
  // (a dateline falling once in a longer span is an accident of its length, not evidence)
  if (from > to || toDays(parseYmd(span.to)!) - toDays(parseYmd(span.from)!) > MAX_SPAN_DAYS) return undefined;
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

/** A day date of an event, relative to the article ("yesterday's crash", "sank on Friday"). */
function relativeEventDay(d: DatedMention): boolean {
  return !!d.trigger && d.value === null && !d.set && d.granularity === 'day' && d.partial === undefined || !!d.trigger && d.value === null && !d.set && /^XXXX-WXX-\d$/.test(d.partial ?? '');
}

/** A year-less day date of an event ("the Oct. 31 crash"): the folder's day of the event may give its year. */
function yearlessEventDay(d: DatedMention): boolean {
  return !!d.trigger && d.value === null && !d.set && /^XXXX-\d{2}-\d{2}$/.test(d.partial ?? '');
}

/** The days the article can be of, from the events it dates relative to itself that the folder's articles date. */
function fromEvents(prose: string, articleDate: ArticleDate, dates: readonly DatedMention[], span: CorpusSpan | undefined, folderDay: FolderDay): CorpusDating | undefined {
  let lo: number | undefined, hi: number | undefined;
  const used: string[] = [];
  // The article read against a day, once per day: dates of one event share their days.
  const readOn = new Map<string, DateMention[]>();
  const readingsOn = (anchor: string) => {
    let found = readOn.get(anchor);
    if (!found) readOn.set(anchor, (found = findDates(prose, { anchor })));
    return found;
  };
  for (let k = 0; k < dates.length; k++) {
    const d = dates[k]!;
    if (!relativeEventDay(d)) continue;
    const day = folderDay(d);
    if (day === undefined) continue; // no event, or dated on several days: no evidence
    const e = parseYmd(day)!;
    const fits: number[] = [];
    for (let i = -EVENT_WINDOW_DAYS; i <= EVENT_WINDOW_DAYS; i++) {
      const anchor = formatYmd(addDays(e, i));
      const found = readingsOn(anchor);
      if (found.length !== dates.length) return undefined;
      if (found[k]!.value === day) fits.push(toDays(e) + i);
    }
    if (fits.length === 0) continue; // the event's day is not what the article says: another event, or a slip
    const a = Math.min(...fits), b = Math.max(...fits);
    if (fits.length !== b - a + 1) continue;
    lo = lo === undefined ? a : Math.max(lo, a);
    hi = hi === undefined ? b : Math.min(hi, b);
    used.push(`"${d.text}" of the ${d.eventNoun ?? d.trigger} the folder's articles date ${day}`);
  }
  if (lo === undefined || hi === undefined || lo > hi) return undefined;
  const own = parseYmd(articleDate.inferred?.from);
  if (own && toDays(own) > lo) lo = toDays(own);
  if (span && (toDays(parseYmd(span.to)!) < lo || toDays(parseYmd(span.from)!) > hi)) return undefined;
  if (lo > hi) return undefined;
  let from = formatYmd(addDaysFrom(lo)), to = formatYmd(addDaysFrom(hi));
  let reason = `${used.join('; ')}: the article is of ${from === to ? from : `${from} to ${to}`}`;
  // A year-less dateline pins the day when it falls within those days; outside them, the
  // article's own date says the events are not the folder's: they give nothing.
  const dateline = yearlessDateline(prose);
  if (dateline) {
    const days = daysOf(dateline, from, to);
    if (days.length === 0) return undefined;
    if (days.length === 1 && from !== to) {
      reason = `its dateline "${dateline.text}" falls on ${days[0]}, within the days ${from} to ${to} (${reason})`;
      from = to = days[0]!;
    }
  }
  const readings = findDatesWithin(prose, from, to, 'the events it dates, as its corpus dates them');
  const out = dates.map((d, k) => {
    const r = readings[k]!;
    // a weekday of an article known to the week: the days it can be, no value
    if (d.value === null && !d.set && r.value === null && r.within) return { ...d, resolution: r.resolution, within: r.within };
    if (d.value !== null || d.set || !r.inferredAnchor || r.value === null) return d;
    const { partial: _unknown, ...rest } = d;
    return { ...rest, value: r.value, granularity: r.granularity, resolution: r.resolution, inferredAnchor: true as const };
  });
  return {
    articleDate: { ...articleDate, explanation: `${articleDate.explanation}; it is taken to be of ${from === to ? from : `${from} to ${to}`} (${reason})`, inferred: { from, to, reason } },
    dates: out,
  };
}

/**
 * The year-less dates of events ("the Oct. 31 crash") still without a value take the year of
 * the folder's day of their event, when they fall a few days from it in that year (or the one
 * either side, across a new year). Undefined when nothing was dated at all.
 */
function withEventYears(dated: CorpusDating | undefined, articleDate: ArticleDate, dates: readonly DatedMention[], folderDay: FolderDay): CorpusDating | undefined {
  const base = dated?.dates ?? dates;
  let changed = false;
  const out = base.map((d) => {
    if (!yearlessEventDay(d)) return d;
    const day = folderDay(d);
    if (day === undefined) return d;
    const e = parseYmd(day)!;
    const [, m, dd] = /^XXXX-(\d{2})-(\d{2})$/.exec(d.partial!)!.map(Number);
    const years = [e.y - 1, e.y, e.y + 1].filter((y) => isValidYmd(y, m!, dd!) && Math.abs(toDays({ y, m: m!, d: dd! }) - toDays(e)) <= DISCREPANCY_DAYS);
    if (years.length !== 1) return d;
    changed = true;
    const { partial: _unknown, ...rest } = d;
    return {
      ...rest,
      value: formatYmd({ y: years[0]!, m: m!, d: dd! }),
      resolution: `${d.resolution}; the year is the one the folder's articles give its ${d.eventNoun ?? d.trigger} (${day})`,
      inferredAnchor: true as const,
      yearFromEvent: day,
    };
  });
  if (!changed) return dated;
  return { articleDate: dated?.articleDate ?? articleDate, dates: out };
}

function addDaysFrom(n: number) {
  return addDays({ y: 1970, m: 1, d: 1 }, n);
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
