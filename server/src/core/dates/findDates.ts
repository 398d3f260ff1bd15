// findDates: recognition (recognize.ts) -> overlap resolution (longest wins) -> modifiers
// ("early", "mid-", "the end of") -> tense (tense.ts) -> normalization (resolve.ts).

import type { Candidate, Spec } from './spec.ts';
import type { DateMention, DateMod, FindDatesOptions } from './types.ts';
import { recognize } from './recognize.ts';
import { resolveAnaphor, resolveSpec } from './resolve.ts';
import { inOneSentence, opensSentence, sentenceStartsIn } from './sentenceBounds.ts';
import { namesPastEventAfter, readTense, type TenseReading } from './tense.ts';
import { addDays, formatWeek, formatYmd, pad, parseYmd, toDays, type Ymd } from './calendar.ts';
import { firstFrom } from '../text/ordered.ts';
import { isHabitualPeriod } from './habitual.ts';

const MODIFIER_RE =
  /(?:^|[^\w-])((?:early|late|mid|earlier|later|the\s+(?:very\s+)?(?:beginning|start|middle|end)\s+of|the\s+(?:early|late)\s+part\s+of|the\s+turn\s+of)(?:\s+|-))$/i;

const SPACE = /\s/;

/**
 * A cheap necessary condition for MODIFIER_RE before `start`: every modifier ends in one of
 * early, late, mid, earlier, later, of, then spaces or a hyphen. Most dates ("on November 9")
 * fail it, and the pattern, anchored at its end, would try each of the 40 characters before.
 */
function mayFollowModifier(text: string, start: number): boolean {
  const from = Math.max(0, start - 40);
  let k = start;
  while (k > from && (text.charCodeAt(k - 1) === 0x2d || SPACE.test(text[k - 1]!))) k--;
  if (k === start || k === from) return false;
  const c = text.charCodeAt(k - 1) | 0x20;
  return c === 0x79 /* y */ || c === 0x65 /* e */ || c === 0x64 /* d */ || c === 0x72 /* r */ || c === 0x66 /* f */;
}

function modOf(word: string): DateMod | undefined {
  const w = word.toLowerCase();
  if (/^(early|the\s+(very\s+)?(beginning|start)|the\s+early)/.test(w)) return 'START';
  if (/^(mid|the\s+middle)/.test(w)) return 'MID';
  if (/^(late\b|the\s+(very\s+)?end|the\s+late|the\s+turn)/.test(w)) return 'END';
  return undefined;
}

function selectNonOverlapping(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  if (sorted.length === 0) return [];
  // Which picked range covers each offset of the span the candidates lie in (its index + 1; 0:
  // none): a candidate overlaps what is picked exactly when one of its offsets is covered, so
  // each costs its length. Keeping the picked ranges in a sorted array instead made each pick an
  // insertion into it, quadratic in an article with tens of thousands of dates.
  let from = Infinity;
  let to = 0;
  for (const c of sorted) {
    if (c.start < from) from = c.start;
    if (c.end > to) to = c.end;
  }
  const owner = new Int32Array(to - from + 1);
  const picked: Candidate[] = [];
  for (const c of sorted) {
    if (c.start === c.end) {
      // An empty range overlaps a picked one only strictly inside it.
      const o = owner[c.start - from]!;
      if (o !== 0 && c.start > from && owner[c.start - from - 1] === o) continue;
    } else {
      let free = true;
      for (let k = c.start - from; k < c.end - from; k++) if (owner[k] !== 0) { free = false; break; }
      if (!free) continue;
    }
    picked.push(c);
    for (let k = c.start - from; k < c.end - from; k++) owner[k] = picked.length;
  }
  return picked.sort((a, b) => a.start - b.start || a.end - b.end);
}

// Web and mail addresses, whose digits are no dates. Linear-time pattern: a lazy "\S+@\S+"
// backtracks over every word of a long text.
const URL_RE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/y;

/** [\w.+-], what a mail address may hold before its "@". */
function isMailChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 43 || c === 45;
}

/**
 * The matches of URL_RE scanning the text left to right, found by trying it only where a match
 * can start: at "http" and "www.", and, for each "@", from the start of the run of mail
 * characters before it (or, inside that run, right after the previous match: every position of
 * the run reaches the same "@"). Scanning every position cost a pass over the text per article.
 */
function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // [position, index of the "@" it leads to, or -1]
  const starts: Array<[number, number]> = [];
  for (const prefix of ['http', 'www.']) {
    for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) starts.push([i, -1]);
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let from = at;
    while (from > 0 && isMailChar(text.charCodeAt(from - 1))) from--;
    if (from < at) starts.push([from, at]);
  }
  if (starts.length === 0) return out;
  starts.sort((x, y) => x[0] - y[0]);
  let lastIndex = 0;
  for (const [start, at] of starts) {
    let p = start;
    if (p < lastIndex) {
      if (at < 0 || lastIndex >= at) continue;
      p = lastIndex;
    }
    URL_RE.lastIndex = p;
    const m = URL_RE.exec(text);
    if (!m) continue;
    lastIndex = p + m[0].length;
    out.push([p, lastIndex]);
  }
  return out;
}

/** A line that is a year alone, as a chronology heads each year's entries ("1999:", "2000"). */
const YEAR_HEADING = /(?:^|\n)[ \t]*((?:1[89]|20)\d\d)[ \t]*[:.\u2013\u2014-]?[ \t]*(?=\r?\n|$)/g;

/** The year headings of a text, in order: where each starts, its year and its words. */
function yearHeadings(text: string): Array<{ at: number; y: number; text: string }> {
  const out: Array<{ at: number; y: number; text: string }> = [];
  YEAR_HEADING.lastIndex = 0;
  for (let m = YEAR_HEADING.exec(text); m; m = YEAR_HEADING.exec(text)) out.push({ at: m.index, y: +m[1]!, text: m[0].trim() });
  return out;
}

/** A recognized expression with everything that does not depend on the anchor. */
interface Prepared {
  c: Candidate;
  start: number;
  mod?: DateMod;
  tense: TenseReading;
  text: string;
  /** For a year-less date: an explicit year earlier in its sentence, and the expression giving it. */
  sentenceYear?: { y: number; text: string };
  /** For a year-less month or day, the year its own phrase gives after it ("that April night in 1993"). */
  yearAfter?: number;
  /** For a year-less month or day: its sentence opens with "Last year," ("Last year, ... was reported in late August"). */
  sentenceLastYear?: string;
  /** For a year-less month or day, the year of the heading line above it in a chronology ("2000:" then "Jan. 5 -- ..."). */
  headingYear?: { y: number; text: string };
  /** The year "this year" (0), "last year" (-1) or "next year" (1) right after it gives, from the article's. */
  yearWordAfter?: number;
  /** For a year-less day told of as past or as a past plan: the explicit year of the past told of just before it, in the sentence before. */
  yearBefore?: { y: number; text: string };
  /** For "a year ago": a comparison comes right before it ("up from $10 million a year ago"). */
  compared?: true;
  /** For a report's "a year earlier": its sentence compares a longer period ("the first nine months", "the year"). */
  longerPeriod?: true;
  /** For "that year", "the next day", a "year earlier" outside an earnings report: the index of the expression before it that it is read against. */
  ref?: number;
  /** For "the day before last Tuesday('s hearing)": the days from the day it names (-1, or 1 for "the day after"). */
  dayShift?: number;
  /** A weekday named right after one of "this", "next" or "last" ("this Friday and Saturday"): of the same week. */
  coordinated?: true;
  /** For "the same day" of an event, not of the date told of before it (`ref`): why it has no value. */
  eventDay?: string;
  /** For a year-less month that opens a range of months ("from March to June", "to $42.875 in June from $29.75 in March"): the index of the month that closes it. */
  rangeTo?: number;
  /** For a year-less month that opens a range to the article's day ("from November until now"). */
  rangeToNow?: true;
}

/** How far back (in characters, a paragraph or so) "that year", "the next day" look for the date they tell of. */
const ANAPHOR_CHARS = 500;

/** Kinds of expressions that tell of a time "that year" or "the next day" can be read against (not "now", a habit, a decade). */
const REFERENCE_KINDS = new Set<Spec['kind']>(['date', 'year', 'weekday', 'unit', 'season', 'quarter', 'half', 'holiday', 'dom', 'ago', 'anaphor']);

/**
 * The index in `out` of the nearest expression before `start` that "that year" may be read
 * against, within reach; for "that quarter", a quarter told of first (a fiscal "second quarter
 * ended Oct. 31" is no calendar quarter of its day).
 */
function referenceBefore(text: string, out: readonly Prepared[], start: number, quarter: boolean): number | undefined {
  let nearest: number | undefined;
  for (let j = out.length - 1; j >= 0; j--) {
    const q = out[j]!;
    if (start - q.c.end > ANAPHOR_CHARS) break;
    if (!REFERENCE_KINDS.has(q.c.spec.kind)) continue;
    // "in December of that year": the month is the year's, not the year the month's
    if (OF_BETWEEN.test(text.slice(q.c.end, start))) continue;
    if (!quarter || q.c.spec.kind === 'quarter') return j;
    nearest ??= j;
  }
  return nearest;
}

const OF_BETWEEN = /^\s+of\s+$/;
/** After "the same day": what it is the same as ("on the same day after leaving the same airport as the doomed EgyptAir"). */
const SAME_AS = /^(?:\s+[\w'’-]+){0,7}?\s+as\b/;
/** After a date: a report's ("Friday's preliminary report"). */
const REPORT_AFTER = /^['’]s\s+(?:[a-z]+\s+)?(?:report|statement|announcement|findings|ruling)\b/;

/**
 * The date "that day", "the same day" tells of, or none: not a report's ("It was also revealed
 * Friday that an inspection was skipped that day" is of the crash), nor when "as" follows to say
 * what it is the same as.
 */
function sameDayReference(text: string, out: readonly Prepared[], c: Candidate, ref: number | undefined): number | undefined {
  if (ref === undefined || !isSameDay(c)) return ref;
  const q = out[ref]!;
  if (q.tense.reported || REPORT_AFTER.test(text.slice(q.c.end, q.c.end + 40))) return undefined;
  if (/same/i.test(text.slice(c.start, c.end)) && SAME_AS.test(text.slice(c.end, c.end + 80).split(/[.;:!?]/)[0]!)) return undefined;
  return ref;
}

/** Whether the expression says its year ("1995", "March 1995", "the summer of 1995"). */
const givesYear = (s: Spec) => (s.kind === 'year' || s.kind === 'date' || s.kind === 'season' || s.kind === 'quarter' || s.kind === 'half' || s.kind === 'holiday') && s.y !== undefined;

const YEAR_EARLIER = /(?:^|\s)(?:a|one)\s+year\s+earlier$/i;
/** "the same period a year ago", "the same period last year", "last year's quarter": with no quarter reported, the year before the article's. */
const YEAR_AGO_END = /\s(?:(?:a|one)\s+year\s+ago|last\s+year)$|^last\s+year['’]s\s/i;

const isSameDay = (c: Candidate) => c.spec.kind === 'anaphor' && c.spec.offset === 0 && c.spec.unit === 'day';

/**
 * Why "that day", "the same day" is an event's day rather than that of the date told of before it
 * (`q`), or undefined: a past event is named between them ("charged Sept. 21 ... in the bombing in
 * which 11 people died. On the same day ... a bomb exploded" is the bombing's day), or the date is
 * told of before the sentence before (a paragraph later, "connect to other destinations the same
 * day" is a traveller's day). It stays a date, of no value: which day is not said.
 */
function eventDayOf(text: string, q: Prepared, c: Candidate): string | undefined {
  if (!isSameDay(c)) return undefined;
  if (namesPastEventAfter(text, q.c.end, c.start)) return 'an event named after it';
  if (sentenceStartsIn(text, q.c.end, c.start, 2) > 1) return 'told of more than a sentence before';
  return undefined;
}

/** Right before a report's "last year": an amount it is compared with ("compared with a loss of $3 million", "up from"). */
const AMOUNT_COMPARED = /(?:\b(?:compared\s+with|from|than|versus|against)\b[^.;]{0,40}?[$#£€]\s?[\d.,]+(?:\s+(?:million|billion))?(?:,\s+or\s+[^,]{0,30},)?|\bfrom)\s+$/i;

/** Before "a year ago", a comparison: an amount, "from", "than", "compared with". */
const COMPARED = /[$%£€]|\b(?:from|than|compared|versus|vs)\b|\bcents?\b/i;

/** A period of a report longer than its quarter: "the first nine months", "the first half", "the year", "for the full year". */
const LONGER_PERIOD = /\b(?:(?:nine|six|12|twelve)\s+months|(?:first|second)\s+half|full\s+year|fiscal\s+year|(?:the|this)\s+year\b(?![-'’]))/i;

/** The text of the sentence before `start`, at most `max` characters. */
function sentenceBefore(text: string, start: number, max: number): string {
  const from = Math.max(0, start - max);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/** What ends a clause between a year and a later date: parentheses, semicolons, colons, ", and", ", who"... */
const OTHER_CLAUSE = /[();:]|,\s+(?:and|but|who|which|while|when|whereas)\b/;

/** How far back a year earlier in the sentence is looked for. */
const SENTENCE_CHARS = 600;

/** How far back (in characters, a few paragraphs) a month told of with its year sets the year of the same month. */
const NARRATIVE_CHARS = 1500;

/** Is the spec a month or month-day whose year nothing in the expression gives? */
function isYearless(spec: Spec): spec is Extract<Spec, { kind: 'date' }> {
  return spec.kind === 'date' && spec.y === undefined && spec.yearRel === undefined && spec.dir === undefined;
}

/** The explicit year of an expression ("November 10, 2020", "2020"), if it gives one. */
function explicitYearOf(spec: Spec): number | undefined {
  return spec.kind === 'year' || (spec.kind === 'date' && spec.y !== undefined) ? spec.y : undefined;
}

// Recognition does not depend on the anchor, and an article is dated in up to three calls over
// the same text (its dateline among its first lines, then all of it, without an anchor and with
// one): the recognitions of the last text are kept, and dropped when another text comes.
let preparedOf: string | undefined;
let preparedLast: Prepared[] = [];

/** The expressions of the text. */
function prepare(text: string): Prepared[] {
  if (preparedOf !== text) {
    preparedLast = prepareUncached(text);
    preparedOf = text;
  }
  return preparedLast;
}

/**
 * The tense of the expression text[start, end) that findDates(text) returned, as read when it was
 * recognized (readTense(text, start, end)): the article's bound and a year-less dateline's
 * window read it for each of its dates again, a second pass over every sentence of an article
 * of thousands of dates.
 */
export function tenseOfExpression(text: string, start: number, end: number): TenseReading {
  const prepared = preparedOf === text ? preparedLast : undefined;
  const p = prepared?.[firstFrom(prepared, start)];
  return p && p.start === start && p.c.end === end ? p.tense : readTense(text, start, end);
}

/**
 * A month or season followed by a year spoken in words is one expression ("January nineteen
 * ninety-seven", "the winter of nineteen ninety-four" in a broadcast's transcript), as with digits.
 */
function withSpokenYears(text: string, picked: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i + 1 < picked.length; i++) {
    const a = picked[i]!, b = picked[i + 1]!;
    if (b.rule !== 'spelled-year' || b.spec.kind !== 'year' || !SPOKEN_YEAR_GAP.test(text.slice(a.end, b.start))) continue;
    const s = a.spec;
    const spec: Spec | undefined =
      s.kind === 'date' && s.d === undefined && s.y === undefined && s.yearRel === undefined && s.dir === undefined ? { ...s, y: b.spec.y }
      : s.kind === 'season' && s.y === undefined && s.dir === undefined ? { ...s, y: b.spec.y }
      : undefined;
    if (!spec) continue;
    out ??= [...picked];
    out[i] = { ...a, end: b.end, spec };
    out[i + 1] = undefined as unknown as Candidate;
    i++;
  }
  return out ? out.filter((c) => c !== undefined) : picked;
}
/** After a month and day, the other day of a span or pair ("November 2 to 13", "April 24 and 25", "May 4-5, 1999"): its joint, day and year. */
const SPAN_END_AFTER = /^(\s*(?:[-–]|\s(?:and|or|to|through|till|until)\s)\s*)(\d{1,2})(?:,\s*(1[89]\d{2}|20\d{2}))?(?=\s*[.,;:)!?'"”]|\s*$|\s+(?:in|at|on|of|and|or|when|while|with|for|by|from|before|after|during|as|that|which|to|is|are|was|were|will|would)\b)/i;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The picked expressions with the other day of a span or pair of days after a month and day, an
 * expression of its own as TimeML has it: "from November 2 to 13" ends on November 13, "on April
 * 24 and 25" is two days. Not a count: "April 24 and 25 people" is followed by its noun.
 */
function withSpanEnds(text: string, picked: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < picked.length; i++) {
    const c = picked[i]!;
    if (c.rule !== 'month-day-year' || c.spec.kind !== 'date' || c.spec.d === undefined || c.spec.wd !== undefined) continue;
    const m = SPAN_END_AFTER.exec(text.slice(c.end, c.end + 24));
    if (!m) continue;
    const d = +m[2]!;
    const span = !/\s(?:and|or)\s/i.test(m[1]!);
    if (d < 1 || d > DAYS_IN_MONTH[c.spec.m - 1]! || (span ? d <= c.spec.d : d === c.spec.d)) continue;
    const start = c.end + m[1]!.length, end = start + m[2]!.length;
    const next = picked[i + 1];
    if (next && next.start < end) continue;
    const y = m[3] ? +m[3] : c.spec.y;
    out ??= [...picked];
    out.splice(out.length - (picked.length - i - 1), 0, { start, end, spec: { kind: 'date', m: c.spec.m, d, y }, rule: 'day-span-end', priority: c.priority });
  }
  return out ?? picked;
}

/** The month, season or quarter ("Q4") of a year-less, direction-less month, season or quarter ("in May", "the winter", "the fourth quarter"), else undefined. */
function barePeriodOf(spec: Spec): number | string | undefined {
  if (spec.kind === 'date') return spec.d === undefined && spec.y === undefined && spec.yearRel === undefined && spec.dir === undefined && !spec.weekOf ? spec.m : undefined;
  if (spec.kind === 'quarter') return spec.y === undefined && spec.dir === undefined ? `Q${spec.q}` : undefined;
  return spec.kind === 'season' && spec.y === undefined && spec.dir === undefined ? spec.s : undefined;
}

/**
 * The picked expressions with the year-less months and seasons of a habit made TimeML sets
 * (habitual.ts): "The larvae skeletonize leaves in May and June" dates no event.
 */
function withHabits(text: string, picked: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < picked.length; i++) {
    const c = picked[i]!;
    const period = barePeriodOf(c.spec);
    if (period === undefined) continue;
    // another month or season in its sentence ("in May and June", "in the summer ... in the winter")
    let another = false;
    for (let j = i - 1; j >= 0 && !another && c.start - picked[j]!.end <= SENTENCE_CHARS && inOneSentence(text, picked[j]!.end, c.start); j--) {
      const q = barePeriodOf(picked[j]!.spec);
      another = q !== undefined && q !== period;
    }
    for (let j = i + 1; j < picked.length && !another && picked[j]!.start - c.end <= SENTENCE_CHARS && inOneSentence(text, c.end, picked[j]!.start); j++) {
      const q = barePeriodOf(picked[j]!.spec);
      another = q !== undefined && q !== period;
    }
    if (!isHabitualPeriod(text, c.start, c.end, another)) continue;
    out ??= [...picked];
    out[i] = { ...c, spec: typeof period === 'number' ? { kind: 'set', m: period } : period.startsWith('Q') ? { kind: 'set', q: +period.slice(1) } : { kind: 'set', s: period } };
  }
  return out ?? picked;
}
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** After a year-less month, its noun and the year: "that April night in 1993", "the December meeting of 1998". */
const YEAR_AFTER = /^\s+[a-z]+\s+(?:in|of)\s+(1[89]\d{2}|20\d{2})(?![\d%-])/;
/** After a year-less day, the rest of a span of days and its year: "Oct. 12-13, 1992", "May 4 and 5, 1999". */
const DAY_SPAN_YEAR_AFTER = /^\s*(?:[-–]|\s(?:and|to|through)\s)\s*\d{1,2},?\s+(1[89]\d{2}|20\d{2})(?![\d%-])/;
/** "October 1, this year", "Oct. 31 last year": the year the words after a year-less date give... */
const YEAR_WORD_AFTER = /^,?\s+(?:of\s+)?(this|last|next)\s+year\b/i;
/** ...as years from the article's. */
const YEAR_WORD_OFFSET: Record<string, number> = { this: 0, last: -1, next: 1 };
const SPOKEN_YEAR_GAP = /^,?\s+(?:of\s+)?$/;
/** Right before a day: "the day before", "the day after" ("the day before last Tuesday's hearing" is the Monday). */
const DAY_SHIFT_BEFORE = /(?:^|[^\w'’-])(the\s+day\s+(before|after)\s+)$/i;
/** What joins two weekdays named together: "Friday and Saturday", "Monday or Tuesday", "Friday, Saturday". */
const COORDINATED = /^(?:\s*,\s*|\s+(?:and|or)\s+)$/;
/** Right before a date, a plan told of in the past: "were scheduled for", "was set for", "was due on". */
const PAST_PLAN_BEFORE = /\b(?:was|were)\s+(?:(?:originally|initially|first)\s+)?(?:scheduled|set|slated|due)\s+(?:for|on)\s+$/i;

/**
 * The year a year-less day takes from the sentence before ("governor of Texas in 1995 when the
 * first cases landed on his desk. Two executions were scheduled for Jan. 31"): the expression
 * right before it, with nothing dated between, is an explicit year or date told of as past, in
 * the sentence just before within its paragraph, and the day is told of as past or as a plan
 * made then. Whether it is taken depends on the article date (resolveAll).
 */
function yearOfSentenceBefore(text: string, out: readonly Prepared[], p: Prepared): { y: number; text: string } | undefined {
  const q = out[out.length - 1];
  if (!q || q.tense.tense !== 'past' || /^fiscal/i.test(q.text)) return undefined;
  const y = explicitYearOf(q.c.spec);
  if (y === undefined || p.start - q.c.end > SENTENCE_CHARS) return undefined;
  const between = text.slice(q.c.end, p.start);
  if (between.includes('\n') || sentenceStartsIn(text, q.c.end, p.start, 2) !== 1) return undefined;
  if (p.tense.tense !== 'past' && !PAST_PLAN_BEFORE.test(between.slice(-40))) return undefined;
  return { y, text: q.text };
}

function prepareUncached(text: string): Prepared[] {
  const urls = urlRanges(text);
  const cands = urls.length === 0 ? recognize(text) : recognize(text).filter((c) => !urls.some(([s, e]) => c.start < e && s < c.end));
  const picked = withHabits(text, withSpanEnds(text, withSpokenYears(text, selectNonOverlapping(cands))));

  const out: Prepared[] = [];
  const headings = yearHeadings(text);
  let heading = -1;
  for (let c of picked) {
    // "that year" with no date shortly before it tells of none ("trades made that day"), and
    // "the following year" is then the article's date's
    let ref: number | undefined;
    if (c.spec.kind === 'anaphor') {
      // (in the present tense it is a habit's: "you have strong redemptions that day")
      ref = readTense(text, c.start, c.end).tense === 'present' ? undefined : sameDayReference(text, out, c, referenceBefore(text, out, c.start, c.spec.unit === 'quarter'));
      // "earlier in the year" goes with a year the text gives (not an earnings report's "a year ago", not "Friday")
      if (ref !== undefined && c.rule === 'in-the-year' && !givesYear(out[ref]!.c.spec)) ref = undefined;
      if (ref === undefined) {
        if (!c.spec.fallback) continue;
        c = { ...c, spec: c.spec.fallback };
      }
    } else if (c.spec.kind === 'yearAgo' && YEAR_EARLIER.test(c.spec.word)) {
      // "In 1998, sales rose 4 percent from a year earlier": the year before the date told of
      // (read when no earnings report's quarter comes before it, resolveAll)
      ref = referenceBefore(text, out, c.start, false);
      // not of a span's end ("the 1997-1998 school year. A year earlier": the span before) nor of a fiscal year
      if (ref !== undefined && (/^fiscal/i.test(out[ref]!.text) || (ref > 0 && RANGE_BETWEEN.test(text.slice(out[ref - 1]!.c.end, out[ref]!.start))))) ref = undefined;
    }
    let start = c.start;
    let mod: DateMod | undefined;
    const k = c.spec.kind;
    if (k === 'decade') {
      mod = modOf(text.slice(c.start, c.end).replace(/^the\s+/i, ''));
    } else if (k === 'date' || k === 'year' || k === 'season' || k === 'unit' || k === 'weekday' || k === 'quarter' || k === 'half' || k === 'anaphor' || (c.spec.kind === 'set' && c.spec.wd === undefined)) {
      const m = mayFollowModifier(text, start) ? MODIFIER_RE.exec(text.slice(Math.max(0, start - 40), start)) : null;
      const prev = out[out.length - 1];
      if (m && !(prev && prev.c.end > start - m[1].length)) {
        const word = m[1];
        const isComparative = /^(earlier|later)/i.test(word);
        // "earlier"/"later" only before deictic/relative units ("earlier this year", "later Saturday")
        if (!isComparative || k === 'unit' || k === 'weekday' || k === 'anaphor') {
          start -= word.length;
          mod = modOf(word);
        }
      }
    }
    let dayShift: number | undefined;
    if (!mod && (k === 'weekday' || (c.spec.kind === 'date' && c.spec.d !== undefined))) {
      const shift = DAY_SHIFT_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      const prev = out[out.length - 1];
      if (shift && !(prev && prev.c.end > start - shift[1]!.length)) {
        start -= shift[1]!.length;
        dayShift = /^after$/i.test(shift[2]!) ? 1 : -1;
      }
    }
    const p: Prepared = { c, start, tense: readTense(text, start, c.end), text: text.slice(start, c.end) };
    if (dayShift) p.dayShift = dayShift;
    if (k === 'weekday' && c.spec.kind === 'weekday' && c.spec.dir === undefined && !mod && !dayShift) {
      const prev = out[out.length - 1];
      if (prev && prev.c.spec.kind === 'weekday' && prev.c.spec.dir !== undefined && !prev.dayShift && COORDINATED.test(text.slice(prev.c.end, start))) p.coordinated = true;
    }
    if (c.rule === 'year-end') mod = 'END';
    if (mod) p.mod = mod;
    if (ref !== undefined) {
      p.ref = ref;
      const eventDay = eventDayOf(text, out[ref]!, c);
      if (eventDay) p.eventDay = eventDay;
    }
    if (k === 'ago' && c.spec.kind === 'ago' && c.spec.unit === 'year' && c.spec.n === 1 && COMPARED.test(text.slice(Math.max(0, start - 100), start))) p.compared = true;
    // "compared with a loss of $3 million last year", "up from last year's $1.55 billion": an amount compared right before it
    if (k === 'unit' && c.spec.kind === 'unit' && c.spec.unit === 'year' && c.spec.offset === -1 && /^last year$/i.test(p.text) && AMOUNT_COMPARED.test(sentenceBefore(text, start, 80))) p.compared = true;
    if ((k === 'yearAgo' || k === 'reportPeriod' || p.compared) && LONGER_PERIOD.test(sentenceBefore(text, start, 200) + text.slice(c.end, c.end + 20))) p.longerPeriod = true;
    while (heading + 1 < headings.length && headings[heading + 1]!.at < start) heading++;
    if (heading >= 0 && isYearless(c.spec) && c.spec.kind === 'date') p.headingYear = headings[heading]!;
    if (isYearless(c.spec)) {
      const after = YEAR_AFTER.exec(text.slice(c.end, c.end + 40)) ?? (c.spec.kind === 'date' && c.spec.d !== undefined ? DAY_SPAN_YEAR_AFTER.exec(text.slice(c.end, c.end + 24)) : null);
      const word = after ? null : YEAR_WORD_AFTER.exec(text.slice(c.end, c.end + 16));
      if (after) p.yearAfter = +after[1]!;
      else if (word) p.yearWordAfter = YEAR_WORD_OFFSET[word[1]!.toLowerCase()]!;
      else if (c.spec.kind === 'date' && c.spec.d !== undefined) {
        const before = yearOfSentenceBefore(text, out, p);
        if (before) p.yearBefore = before;
      }
    }
    if (isYearless(c.spec) && p.tense.tense !== 'future') {
      for (let j = out.length - 1; j >= 0; j--) {
        const q = out[j]!;
        // (a sentence is rarely longer: the cap keeps a text without full stops linear)
        if (start - q.c.end > SENTENCE_CHARS || !inOneSentence(text, q.c.end, start)) break;
        // within the clause: "born on October 7, 1952 in Leningrad (now St. Petersburg), was elected in the March 26 election"
        if (OTHER_CLAUSE.test(text.slice(q.c.end, start))) break;
        const y = explicitYearOf(q.c.spec);
        // (a fiscal year is no calendar year)
        if (y !== undefined && !/^fiscal/i.test(q.text)) { p.sentenceYear = { y, text: q.text }; break; }
        // "Last year, the first case was reported in late August": the year before the article's,
        // when the sentence opens with it (not "since last year, the Daily said in its Aug. 24 edition")
        if (q.c.spec.kind === 'unit' && q.c.spec.unit === 'year' && q.c.spec.offset === -1 && /^last year,?$/i.test(text.slice(q.start, q.c.end + 1).trim()) && opensSentence(text, q.start)) { p.sentenceLastYear = q.text; break; }
      }
    }
    // "in March, June and September of 1996": the year that follows is theirs, not one before
    // An earlier expression with its own year cleared the run before it when it came (and has no
    // sentence year itself): the walk stops there, or a list of thousands of dates was quadratic.
    if (explicitYearOf(c.spec) !== undefined) {
      for (let j = out.length - 1, at = p.start; j >= 0 && at - out[j]!.c.end <= 40; at = out[j]!.start, j--) {
        delete out[j]!.sentenceYear;
        if (explicitYearOf(out[j]!.c.spec) !== undefined) break;
      }
    }
    out.push(p);
  }
  markMonthRanges(text, out);
  return out;
}

/** Between the two months of a range: "from March to June", "between May and July", "March-June". */
const RANGE_BETWEEN = /^\s*(?:to|until|till|through|thru|and|-|–)\s*$/i;
const RANGE_OPENS_BEFORE = /\b(?:from|between)\s+$/i;
/** Between the later month and the earlier of a figure's change: "rising to $42.875 a share in June from $29.75 in March". */
/** After a month, the end of a range at the article's day: "from November until now". */
const TO_NOW_AFTER = /^\s+(?:until|till|to|through)\s+(?:now|today|the\s+present)\b/i;
const CHANGE_FROM_BETWEEN = /^\s+from\s+(?:[^.;:()\n]|\.(?=\d)){1,40}?\s+in\s+$/i;

/** Marks the year-less month that opens each range of two year-less months (Prepared.rangeTo), for resolveAll to keep the range in order. */
function markMonthRanges(text: string, out: Prepared[]): void {
  for (const p of out) {
    if (isYearless(p.c.spec) && p.c.spec.d === undefined && RANGE_OPENS_BEFORE.test(text.slice(Math.max(0, p.start - 10), p.start)) && TO_NOW_AFTER.test(text.slice(p.c.end, p.c.end + 20))) p.rangeToNow = true;
  }
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!, b = out[i + 1]!;
    if (!isYearless(a.c.spec) || !isYearless(b.c.spec) || a.c.spec.d !== undefined || b.c.spec.d !== undefined) continue;
    const between = text.slice(a.c.end, b.start);
    if (RANGE_BETWEEN.test(between) && RANGE_OPENS_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start)) && (!/and/i.test(between) || /between\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start)))) a.rangeTo = i + 1;
    else if (CHANGE_FROM_BETWEEN.test(between)) b.rangeTo = i;
  }
}

/** Whether the year of a year-less month comes from words around it ("of this year", "in 1993", a heading), not from the article's date alone. */
function yearFromWords(p: Prepared): boolean {
  return p.yearWordAfter !== undefined || p.yearAfter !== undefined || p.headingYear !== undefined || p.sentenceLastYear !== undefined || p.sentenceYear !== undefined;
}

/**
 * A range of months runs forward. When the article's date read its two year-less months out of
 * order, the opening one is moved back before the closing one, or the closing one on after the
 * opening one, whichever puts the range nearer the article's month ("From January to September
 * of this year" in November 1999 is not from January 2000; "rising to a high in June from $29.75
 * in March" in October 1989 is from that March; "dry conditions from November to March" in
 * October 1997 last until March 1998). A year words give stays.
 */
function monthRangesInOrder(prepared: readonly Prepared[], mentions: ReadonlyArray<DateMention | undefined>, anchor: Ymd | undefined): void {
  if (!anchor) return;
  const at = anchor.y * 12 + anchor.m - 1;
  // "They've gone from November until now without anything to eat" in May: the last November
  for (let i = 0; i < prepared.length; i++) {
    const from = mentions[i];
    const f = prepared[i]!.rangeToNow && from?.value ? /^(\d{4})-(\d{2})$/.exec(from.value) : null;
    if (!f || +f[1]! * 12 + +f[2]! - 1 <= at || yearFromWords(prepared[i]!)) continue;
    const y = +f[2]! <= anchor.m ? anchor.y : anchor.y - 1;
    from!.value = `${pad(y, 4)}-${f[2]}`;
    from!.resolution = `year-less month: the latest one not after the article date (${formatYmd(anchor)}), since its range runs until now`;
  }
  const distance = (a: number, b: number) => (at < a ? a - at : at > b ? at - b : 0);
  for (let i = 0; i < prepared.length; i++) {
    const to = prepared[i]!.rangeTo;
    if (to === undefined) continue;
    const from = mentions[i], end = mentions[to];
    const f = from?.value ? /^(\d{4})-(\d{2})$/.exec(from.value) : null, e = end?.value ? /^(\d{4})-(\d{2})$/.exec(end.value) : null;
    if (!f || !e || from!.value! <= end!.value!) continue;
    const fm = +f[2]! - 1, em = +e[2]! - 1, fy = +f[1]!, ey = +e[1]!;
    // the opening month moved back (its latest not after the closing one), or the closing one on
    const back = (fm <= em ? ey : ey - 1) * 12 + fm, on = (em >= fm ? fy : fy + 1) * 12 + em;
    const mayBack = !yearFromWords(prepared[i]!), mayOn = !yearFromWords(prepared[to]!);
    if (!mayBack && !mayOn) continue;
    const moveBack = mayBack && (!mayOn || distance(back, ey * 12 + em) <= distance(fy * 12 + fm, on));
    const moved = moveBack ? from! : end!, other = moveBack ? end! : from!, index = moveBack ? back : on;
    moved.value = `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
    moved.resolution = `year-less month: the ${moveBack ? 'latest one not after' : 'earliest one not before'} "${other.text}" (${other.value}), the other end of its range of months, nearest the article date`;
  }
}

/**
 * Finds and normalizes the date expressions of `text`. With `options.anchor` (the article date,
 * 'YYYY-MM-DD') relative and year-less expressions are resolved; without it their value is null.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  return resolveAll(prepare(text), options);
}

/**
 * The expressions of findDates(text, options) that end by `end` (an article's first lines, for its
 * dateline): read in the whole text, whose recognition the article's dating reads next, so its
 * text is recognized once; each mention depends on those before it only.
 */
export function findDatesBefore(text: string, end: number, options: FindDatesOptions = {}): DateMention[] {
  const prepared = prepare(text);
  let n = 0;
  while (n < prepared.length && prepared[n]!.c.end <= end) n++;
  return resolveAll(n === prepared.length ? prepared : prepared.slice(0, n), options);
}

/** How many days before the article date a weekday of a scheduled event may be at most; the coming one is nearer when further ("Sunday's elections" on a Saturday). */
const SCHEDULED_BACK_DAYS = 4;

/**
 * A weekday whose possessive names an event held on a day set ahead, read back five or six days:
 * the coming one, a day or two ahead, is the one a reader takes ("troops beefed up security in
 * the run-up to Sunday's elections", "reporters writing about Thursday's anniversary").
 */
function comingWeekday(r: ReturnType<typeof resolveSpec>, anchor: Ymd, text: string): ReturnType<typeof resolveSpec> {
  const at = parseYmd(r.value!)!;
  const back = toDays(anchor) - toDays(at);
  if (back <= SCHEDULED_BACK_DAYS) return r;
  return { ...r, value: formatYmd(addDays(at, 7)), resolution: `weekday: the next after the article date (${formatYmd(anchor)}): "${text}'s" event is held on a day set ahead, and the coming one is ${7 - back === 1 ? 'a day' : 'two days'} away, the last one ${back} days before` };
}

/** How far ahead the coming month of an event may be, read over a past tense that does not govern it ("cover in the November elections" in June). */
const EVENT_MONTH_AHEAD = 8;

/** How far ahead the coming month may be of what was to be done, told by an infinitive under a past tense ("came to urge leaders ... in December" in September). */
const INFINITIVE_MONTH_AHEAD = 3;

/**
 * A year-less month naming an event held on a day set ahead ("the November elections"), or of
 * what an infinitive says was to be done ("begging fans to join him ... to see the film in May")
 * or was prepared for ("had conducted to prepare for the August start"):
 * the coming one when words say it is awaited ("ahead of March presidential elections"), or when
 * the only past cue is outside the date's stretch of clause and the coming one is near; an
 * event's own past verb ("elected in the December presidential elections") keeps the last one.
 */
function comingEventMonth(r: ReturnType<typeof resolveSpec>, spec: Extract<Spec, { kind: 'date' }>, anchor: Ymd, p: Prepared): ReturnType<typeof resolveSpec> {
  const ahead = (spec.m - anchor.m + 12) % 12;
  if (ahead === 0) return r;
  const awaited = p.tense.eventModified === 'awaited';
  // (with no tense cue at all, "The November election could turn on" in April, the event set ahead is the coming one as under a distant past)
  const untold = p.tense.tense === 'none' && p.tense.eventModified !== undefined;
  if (!awaited && !((untold || (p.tense.tense === 'past' && (p.tense.distant || p.tense.preparedFor))) && ahead <= (p.tense.eventModified ? EVENT_MONTH_AHEAD : INFINITIVE_MONTH_AHEAD))) return r;
  const y = spec.m > anchor.m ? anchor.y : anchor.y + 1;
  const value = `${pad(y, 4)}-${pad(spec.m)}`;
  if (value === r.value) return r;
  const why = awaited ? 'words around it say it is still to come' : `no verb of its own dates it as past, and the coming one is ${ahead} month${ahead === 1 ? '' : 's'} away`;
  const what = p.tense.eventModified ? 'names an event held on a day set ahead' : p.tense.preparedFor ? 'is of what was prepared for' : 'is of what an infinitive says was to be done';
  return { ...r, value, resolution: `month: the next after the article date (${formatYmd(anchor)}): "${p.text}" ${what}, and ${why}` };
}

/** The day before (shift -1) or after (1) the day `r` reads, for "the day before last Tuesday"; with no day read, none (nor its year-less form). */
function shiftedDay(r: ReturnType<typeof resolveSpec>, shift: number, text: string): ReturnType<typeof resolveSpec> {
  const { partial: _partial, weekday, weekdayMismatch: _mismatch, ...rest } = r;
  const which = shift < 0 ? 'the day before' : 'the day after';
  const day = r.value && DAY_VALUE.test(r.value) ? parseYmd(r.value) : undefined;
  const shiftedWeekday = weekday === undefined ? {} : { weekday: ((weekday - 1 + shift + 7) % 7) + 1 };
  if (!day) return { ...rest, value: null, ...shiftedWeekday, resolution: `"${text}": ${which} a day not known (${r.resolution})` };
  return { ...rest, value: formatYmd(addDays(day, shift)), ...shiftedWeekday, resolution: `"${text}": ${which} ${r.value} (${r.resolution})` };
}

function resolveAll(prepared: readonly Prepared[], options: FindDatesOptions): DateMention[] {
  const anchor = parseYmd(options.anchor);
  const out: DateMention[] = [];
  let lastMonth: { y?: number; m: number } | undefined;
  // days given with a year so far: month -> where and in which year
  const explicitMonths = new Map<number, { y: number; end: number; text: string }>();
  // the last quarter the article has told of ("the third quarter", "the latest quarter"): the one an earnings report compares
  let lastQuarter: { y: number; q: number; text: string } | undefined;
  // the last day each weekday was told of, for "the previous Friday"
  const lastWeekdays = new Map<number, { value: string; end: number; text: string }>();
  // the mention of each prepared expression (none for a dropped "a year earlier"), for "that year" to read
  const mentions: Array<DateMention | undefined> = [];
  for (const p of prepared) {
    const c = p.c;
    let r = c.spec.kind === 'anaphor'
      ? p.eventDay
        ? { value: null, granularity: 'day' as const, relative: true, explicitYear: false, resolution: `"${c.spec.word}" may be the day of an event, not of "${prepared[p.ref!]!.text}" (${p.eventDay}): which day is not said` }
        : resolveAnaphor(c.spec, mentions[p.ref!] ?? { value: null, text: prepared[p.ref!]!.text })
      : resolveSpec(c.spec, anchor, p.tense.tense, lastMonth, p.tense.governing, p.tense.pastEvent, p.tense.cueAfter);
    mentions.push(undefined);
    if (c.spec.kind === 'date' && c.spec.weekOf && r.value && r.granularity === 'day') r = { ...r, value: formatWeek(parseYmd(r.value)!), granularity: 'week', resolution: `${r.resolution}; the week it is in` };
    if (anchor && p.tense.scheduledEvent && c.spec.kind === 'weekday' && c.spec.dir === undefined && r.value) r = comingWeekday(r, anchor, p.text);
    if (anchor && (p.tense.eventModified || p.tense.infinitiveBetween || p.tense.preparedFor) && isYearless(c.spec) && c.spec.d === undefined && r.value) r = comingEventMonth(r, c.spec, anchor, p);
    // "up from $93.3 million a year earlier", "in the year-ago quarter": the quarter a year before
    // the one reported; with no quarter told of before, "a year ago" is the year and the others no date
    if (c.spec.kind === 'yearAgo' || (((c.spec.kind === 'ago' && c.spec.unit === 'year' && c.spec.n === 1) || c.spec.kind === 'unit') && lastQuarter && p.compared)) {
      if (!lastQuarter) {
        if (YEAR_AGO_END.test(p.text)) {
          r = resolveSpec({ kind: 'ago', unit: 'year', n: 1 }, anchor, p.tense.tense, lastMonth, p.tense.governing, p.tense.pastEvent, p.tense.cueAfter);
        } else {
          const told = p.ref === undefined ? undefined : mentions[p.ref];
          if (!told?.value) continue;
          r = resolveAnaphor({ kind: 'anaphor', unit: 'year', offset: -1, word: p.text }, told);
        }
        if (!r.value) continue;
      } else {
        // (of the first nine months, a half or the year, the year before)
        r = p.longerPeriod
          ? { value: String(lastQuarter.y - 1), granularity: 'year', relative: true, explicitYear: false, resolution: `"${p.text}" in a report of a period of "${lastQuarter.text}"'s year: the year before` }
          : { value: `${lastQuarter.y - 1}-Q${lastQuarter.q}`, granularity: 'quarter', relative: true, explicitYear: false, resolution: `"${p.text}" in a report of "${lastQuarter.text}": the same quarter a year before` };
      }
    } else if (c.spec.kind === 'latestPeriod') {
      // "Sales in the latest period were $1.76 billion": the quarter the report tells of; with none told of, no date
      if (!lastQuarter) continue;
      r = { value: `${lastQuarter.y}-Q${lastQuarter.q}`, granularity: 'quarter', relative: true, explicitYear: false, resolution: `"${p.text}" in a report of "${lastQuarter.text}": that quarter` };
    } else if (c.spec.kind === 'reportPeriod') {
      // "net was $5 million, against $3 million in the 1988 period": the quarter reported, of that year
      // (a longer period's "the 1988 period" is its year's)
      const q = lastQuarter;
      if (q && (c.spec.y === q.y || c.spec.y === q.y - 1) && (!p.longerPeriod || /quarter$/i.test(p.text))) {
        r = { value: `${c.spec.y}-Q${q.q}`, granularity: 'quarter', relative: true, explicitYear: true, resolution: `"${p.text}" in a report of "${q.text}": that quarter of ${c.spec.y}` };
      }
    } else if (anchor && r.value && r.granularity === 'quarter' && r.relative) {
      // a quarter of the article's year told of, as a report's is (not one forecast, nor one with its year)
      const q = /^(\d{4})-Q([1-4])$/.exec(r.value);
      const closed = q !== null && +q[1]! * 4 + +q[2]! < anchor.y * 4 + Math.ceil(anchor.m / 3);
      const ahead = (c.spec.kind === 'unit' && c.spec.offset > 0) || (c.spec.kind === 'quarter' && c.spec.dir === 'next');
      // (the report's quarter is the latest it tells of: "After a flat second quarter" in a report of the third is background)
      const later = q !== null && (!lastQuarter || +q[1]! * 4 + +q[2]! >= lastQuarter.y * 4 + lastQuarter.q);
      if (q && later && !ahead && (closed || p.tense.tense === 'past') && +q[1]! >= anchor.y - 1) lastQuarter = { y: +q[1]!, q: +q[2]!, text: p.text };
    }
    // A careful reader takes the year the sentence gives ("signed on November 10, 2020 ... after
    // its start on September 27"), where the article's date gives none.
    if (anchor && p.yearWordAfter !== undefined && c.spec.kind === 'date') {
      const y = anchor.y + p.yearWordAfter;
      const given = resolveSpec({ ...c.spec, y }, anchor, p.tense.tense, lastMonth);
      if (given.value !== null) r = { ...given, relative: true, explicitYear: false, resolution: `year-less ${c.spec.d ? 'date' : 'month'}: the year the words after it give (${y}, from the article date ${options.anchor})` };
    } else if (p.yearAfter !== undefined && c.spec.kind === 'date') {
      const given = resolveSpec({ ...c.spec, y: p.yearAfter }, anchor, p.tense.tense, lastMonth);
      if (given.value !== null) r = { ...given, relative: false, explicitYear: false, resolution: `year-less ${c.spec.d ? 'date' : 'month'}: the year its phrase gives after it (${p.yearAfter})` };
    } else if (p.headingYear && c.spec.kind === 'date') {
      const given = resolveSpec({ ...c.spec, y: p.headingYear.y }, anchor, p.tense.tense, lastMonth);
      if (given.value !== null) r = { ...given, relative: false, explicitYear: false, resolution: `year-less ${c.spec.d ? 'date' : 'month'}: the year of the heading "${p.headingYear.text}" above it` };
    } else if (anchor && p.sentenceLastYear && c.spec.kind === 'date') {
      const given = resolveSpec({ ...c.spec, y: anchor.y - 1 }, anchor, p.tense.tense, lastMonth);
      if (given.value !== null) r = { ...given, relative: true, explicitYear: false, resolution: `year-less ${c.spec.d ? 'date' : 'month'}: the year before the article's (${anchor.y - 1}), as "${p.sentenceLastYear}" opening its sentence says` };
    } else if (p.sentenceYear && !anchor && c.spec.kind === 'date') {
      const given = resolveSpec({ ...c.spec, y: p.sentenceYear.y }, anchor, p.tense.tense, lastMonth, p.tense.governing, p.tense.pastEvent, p.tense.cueAfter);
      if (given.value !== null) r = { ...given, relative: true, explicitYear: false, resolution: `year-less ${c.spec.d ? 'date' : 'month'}: the year of "${p.sentenceYear.text}" earlier in its sentence` };
    }
    // A day the article's year would put after the article, yet told of as past (or as a plan made
    // then) right after a sentence set in an earlier year, is of that year: "in 1995 when the first
    // cases landed on his desk. Two executions were scheduled for Jan. 31" (in a January 2000 article).
    if (anchor && p.yearBefore && p.yearBefore.y < anchor.y && c.spec.kind === 'date' && r.value && DAY_VALUE.test(r.value) && toDays(parseYmd(r.value)!) > toDays(anchor)) {
      const given = resolveSpec({ ...c.spec, y: p.yearBefore.y }, anchor, p.tense.tense, lastMonth);
      if (given.value !== null && !given.weekdayMismatch) r = { ...given, relative: true, explicitYear: false, resolution: `year-less date: the year of "${p.yearBefore.text}" in the sentence before, told of as past (the article's year, ${anchor.y}, would put a day told of as past after the article date ${options.anchor})` };
    }
    // A narrative's month: "the November 9, 2020 agreement ... In November it was also agreed"
    // in a 2021 article is that November, the one the story told of a little earlier.
    if (anchor && r.value && isYearless(c.spec) && c.spec.d === undefined && p.tense.tense === 'past') {
      const told = explicitMonths.get(c.spec.m);
      const y = parseInt(r.value.slice(0, 4), 10);
      if (told && told.y < y && p.start - told.end <= NARRATIVE_CHARS) {
        r = { ...r, value: `${told.y}${r.value.slice(4)}`, resolution: `year-less month: the year of "${told.text}" told of just before (article date ${options.anchor}, past tense)` };
      }
    }
    // "closed Friday at 2082.1, down 4.5% from the previous Friday": the week before the Friday told of
    if (c.spec.kind === 'weekday' && c.spec.dir === 'last' && /^the\s+previous\s/i.test(p.text)) {
      const told = lastWeekdays.get(c.spec.wd);
      if (told && p.start - told.end <= NARRATIVE_CHARS) {
        r = { ...r, value: formatYmd(addDays(parseYmd(told.value)!, -7)), resolution: `"${p.text}": the week before "${told.text}" (${told.value}), told of just before it` };
      }
    }
    // "this Friday and Saturday", "next Monday or Tuesday": the second day is of the first's week
    if (p.coordinated && r.value) {
      const first = prepared[mentions.length - 2]!;
      const told = mentions[mentions.length - 2];
      if (first.c.spec.kind === 'weekday' && c.spec.kind === 'weekday' && told?.value && DAY_VALUE.test(told.value)) {
        const day = addDays(parseYmd(told.value)!, (c.spec.wd - first.c.spec.wd + 7) % 7 || 7);
        r = { ...r, value: formatYmd(day), resolution: `weekday: the ${p.text} after "${first.text}" (${told.value}), named with it` };
      }
    }
    // "from November 2 to 13": the span's other day is of its first day's month and year
    if (c.rule === 'day-span-end' && c.spec.kind === 'date' && c.spec.y === undefined) {
      const first = mentions[mentions.length - 2];
      if (first?.value && DAY_VALUE.test(first.value) && +first.value.slice(5, 7) === c.spec.m) {
        r = { ...r, value: `${first.value.slice(0, 8)}${pad(c.spec.d!)}`, resolution: `the other day of a span or pair of days after "${first.text}" (${first.value}): of its month and year` };
      }
    }
    if (p.dayShift) r = shiftedDay(r, p.dayShift, p.text);
    if (c.spec.kind === 'weekday' && !p.dayShift && r.value && DAY_VALUE.test(r.value)) lastWeekdays.set(c.spec.wd, { value: r.value, end: c.end, text: p.text });
    if (c.spec.kind === 'date') {
      const y = r.value ? parseInt(r.value.slice(0, 4), 10) : undefined;
      lastMonth = { y, m: c.spec.m };
      // (a day the story tells of, not a month-year compared with: "a deficit in July 1999")
      if (c.spec.y !== undefined && c.spec.d !== undefined) explicitMonths.set(c.spec.m, { y: c.spec.y, end: c.end, text: p.text });
    }
    // (not `{ start, end, text, ...r }`: V8 builds such a literal on a slow path)
    const mention: DateMention = Object.assign({ start: p.start, end: c.end, text: p.text }, r);
    if (p.mod) mention.mod = p.mod;
    mentions[mentions.length - 1] = mention;
    out.push(mention);
  }
  monthRangesInOrder(prepared, mentions, anchor);
  return out;
}
