// Pattern rules that find candidate date expressions in plain text (HeidelTime-style: one
// regular expression per expression shape, a normalization function per rule). Overlaps are
// settled later (longest match wins); see findDates.ts.

import type { Candidate, Dir, Spec } from './spec.ts';
import {
  DAY_RE, DECADE_WORDS, MONTH_FULL_RE, MONTH_RE, MONTHS, ORDINALS, SEASONS, SEASON_RE, WEEKDAY_RE, WEEKDAYS, YEAR_RE, NUMBER_WORDS,
  monthNumber, weekdayNumber,
} from './lexicon.ts';
import { opensSentence } from './sentenceBounds.ts';
import { IRREGULAR_PAST } from './tense.ts';

type Groups = Record<string, string | undefined>;
interface Rule {
  name: string;
  re: RegExp;
  priority: number;
  build(g: Groups, text: string, start: number, end: number): Spec | null;
}

const B = '(?<![\\w\'’$€£-])(?<!\\d[.,])'; // left word boundary (not inside a word, number or amount: "11,600 years ago" is no "600 years ago")
const BM = '(?<![\\w\'’$€£])(?<!(?<!\\b(?:mid|early|late))-)'; // same, but "mid-May", "late-November" are allowed

function dirOf(word: string | undefined): Dir | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(last|the previous|this past|the past|past)$/.test(w)) return 'last';
  if (/^(next|the next|the following|this coming|the coming|coming)$/.test(w)) return 'next';
  if (/^(this|the current|current)$/.test(w)) return 'this';
  return undefined;
}

const cap = (s: string | undefined) => !s || /^[A-Z]/.test(s);

/** Is a capitalized "May"/"March" here a month rather than a modal verb, a verb or a name? */
function ambiguousMonthOk(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return /\b(?:in|since|until|till|by|from|through|throughout|during|before|after|early|late|of|last|this|next|between|and|or|to|mid|end|beginning|start|middle|around|on|past|coming|for)[\s-]+$/i.test(before);
}

/** After a month's possessive, what a month has: its figures, its vote ("March's figures", "May's trade deficit"). */
const MONTH_POSSESSIVE_AFTER = /^['’]s\s+(?:[a-z]+\s+)?(?:figures|data|numbers|statistics|sales|exports|imports|output|production|level|levels|rate|rates|total|results|report|deficit|surplus|inflation|unemployment|index|elections?|vote|meeting|summit|session|issue|edition)\b/;

/**
 * Is a capitalized "March"/"May" a month's possessive ("March's figures")? Not a name's: no
 * capitalized word right before it ("Theresa May's figures", "Fredric March's films").
 */
function monthPossessive(text: string, start: number, end: number): boolean {
  if (!MONTH_POSSESSIVE_AFTER.test(text.slice(end, end + 40))) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start));
  // (a sentence's first word that is no name: "Yet March's figures")
  return !before || !/^[A-Z][\w.'’-]*$/.test(before[1]!) || (OPENING_WORD.test(before[1]!) && opensSentence(text, start - before[0].length));
}
const OPENING_WORD = /^(?:And|But|Yet|Still|So|Then|Also|Now|Meanwhile|However|Even|Only|With|After|Since|Until|From|By|Of|For|In|On|At|The|Last|This|Next)$/;

/** Before "tomorrow": "the <noun> of", the noun no part of a day ("the people of", not "the morning of", "the end of"). */
const GENERIC_OF_BEFORE = /\b(?:the|our|their)\s+(?:[a-z]+\s+)?(?!(?:morning|afternoon|evening|night|end|start|beginning|middle|course|rest)\s)[a-z]+\s+of\s+$/i;
/** Right before a capitalized Today, Tonight, Tomorrow: a capitalized word and one space, inside a line (the name's words before it). */
const NAME_BEFORE = /(?:^|[\s(`"“'‘])[A-Z][A-Za-z'’&-]*[A-Za-z] $/;
/** After "today's", the people and things of our time, not of the article's day ("today's youth", "today's personal computers"). */
const NOWADAYS_AFTER = /^['’]s\s+(?:[a-z]+\s+)?(?:youth|world|kids|children|teenagers|teens|students|parents|families|workers|workforce|workplace|volunteers|trendsetters|seniors|pros|grads|graduates|generation|society|culture|economy|consumers|voters|standards|technology|computers|cars|music|politics|women|men|people)\b/;

// Names a weekday is part of: days of the church year and of commerce, whose date is no
// relative weekday ("Good Friday", "Black Friday", "Super Tuesday"), and people ("Man Friday").
const WEEKDAY_NAME_BEFORE = /(?:^|[^\w])(?:Black|Good|Casual|Cyber|Freaky|Bloody|Super|Ash|Palm|Easter|Holy|Maundy|Fat|Shrove|Blue|Manic|Girl|Man|Mr\.?|Miss)[\s-]+$/;
// A weekday used as a name: "his servant Friday", "a dog named Friday" (not "were named Thursday").
const NAMED_BEFORE = /\b(?:(?:a|an|the|his|her|their|its)\s+[a-z]+\s+(?:called|named|dubbed|nicknamed|christened)|servant|(?:called|named|dubbed|nicknamed|christened)\s+(?:his|her|their|its|the|a)\s+(?:new\s+)?(?:dog|cat|puppy|kitten|horse|pony|parrot|pet|goat|hamster|rabbit))\s+["“']?$/i;

/** After a weekday, the noun that makes it a name: "Sunday school". */
const SCHOOL_AFTER = /^\s+schools?\b/i;

/** Is the weekday at [start, end) a name: of a person, a pet, a film ("Black Friday" in quotes)? */
function weekdayIsName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (WEEKDAY_NAME_BEFORE.test(before) || NAMED_BEFORE.test(before)) return true;
  // the title "Next Friday" (its weekday is tried alone once "Next Friday" is refused)
  const next = /\bNext\s+$/.exec(before);
  if (next && !opensSentence(text, start - next[0].length)) return true;
  // "teaches Sunday school": the school's name, no day
  if (SCHOOL_AFTER.test(text.slice(end, end + 10))) return true;
  // a quoted title: the weekday alone between quotes, or its last word ("the film “Black Friday”")
  if (/["“]$/.test(before) && /^["”]/.test(text.slice(end, end + 1))) return true;
  // a title in quotes of capitalized words around it: ``Fox News Sunday,'' ``Monday Night Football''
  return QUOTED_TITLE_BEFORE.test(before) && QUOTED_TITLE_AFTER.test(text.slice(end, end + 40));
}

/** An opening quote and up to four capitalized words right before a weekday (``Fox News ...). */
const QUOTED_TITLE_BEFORE = /(?:^|\s)(?:``|["“‘'])(?:[A-Z][\w.'’&-]*\s+){0,4}$/;
/** Up to three capitalized words and the closing quote right after it (... Football'', ...,”). */
const QUOTED_TITLE_AFTER = /^(?:\s+[A-Z][\w.'’&-]*){0,3}[,.!?]?(?:''|["”’'])/;

/** Before a weekday, an indefinite article or "one": "on a Monday night", "one Saturday", "Aug. 14, a Monday". */
const INDEFINITE_BEFORE = /(?:^|[^\w'’])(?:a|one|any)\s+$/i;
/**
 * After such a weekday, what shows it is no noun's modifier: a punctuation mark or a function
 * word ("on a Friday night because ...", "one Saturday and he sat"), not "a Monday news conference",
 * which is that Monday's.
 */
const NO_NOUN_AFTER = /^(?:\s*[,.;:!?)'"”’]|\s*$|\s+(?:and|or|but|because|when|while|as|if|in|at|on|of|to|for|with|before|after|that|which|who|he|she|they|we|I|it|there|his|her|their|the|a|an)\b)/;

/** Is the weekday at [start, end) no particular day: "on a Monday night and", "one Saturday", ", a Monday,"? */
function weekdayIsIndefinite(text: string, start: number, end: number): boolean {
  return INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && NO_NOUN_AFTER.test(text.slice(end, end + 12));
}

/** "last" or "next" right before a month and day. */
const DIR_BEFORE_DAY = /\b(last|next|this past|this coming)\s+$/i;
/** A day right after a month (as month-day-year reads it). */
const DAY_AFTER_MONTH = new RegExp(`^\\s*${DAY_RE}`);

/** Hours of the day right before a span of weekdays: "8 a.m. to 10 p.m. Monday-Friday", "9 a.m.-5 p.m. Monday through Friday". */
const HOURS_BEFORE = /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\s*,?\s*$/i;
const DAYS_SPAN_AFTER = /^\s*(?:-|–|\s(?:through|to)\s)\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const DAYS_SPAN_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:-|–|\s(?:through|to)\s)\s*$/;

/** Whether the weekday at [start, end) begins or ends a span of days after hours of the day: opening hours, no date. */
function inHoursOfDays(text: string, start: number, end: number): boolean {
  if (DAYS_SPAN_AFTER.test(text.slice(end, end + 16))) return HOURS_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  const before = text.slice(Math.max(0, start - 40), start);
  const span = DAYS_SPAN_BEFORE.exec(before);
  return span !== null && HOURS_BEFORE.test(before.slice(0, span.index));
}

/** Before a weekday: "every Tuesday and", "each Friday night or", "Sundays and": a habit it is the other day of. */
const HABIT_BEFORE = /(?:\b(?:every|each)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night)s?)?|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days),?\s+(?:and|or)\s+$/i;

/** After a weekday: "and Tuesday nights", "or Sundays", the other day of a pair of habits (its part of day, if any). */
const WEEKDAY_SET_AFTER = /^,?\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s|\s+(morning|afternoon|evening|night)s)(?![a-z])/;

const FULL_MONTH = new RegExp(`^(?:${MONTH_FULL_RE})$`, 'i');
const TEMPORAL_BEFORE_MONTH = /\b(?:in|since|until|till|by|from|through|throughout|during|before|after|early|late|of|last|this|next|between|and|or|to|mid|end|beginning|start|middle|around|on|past|coming|for|each|every|that|the|as|at)[\s-]+$/i;
const NOT_A_SURNAME = /^(?:Of|And|Or|To|Through|Until|Till|The|In|On|At|For|By|From|With|This|Last|Next|Is|Was|Will)$/;

/**
 * Is the month name at [start, end) a first name ("Ambassador April Glaspie", "June Carter")?
 * A capitalized word follows that is no date word, and no preposition of time comes before.
 */
function monthIsFirstName(text: string, start: number, end: number): boolean {
  const next = /^ ([A-Z](?:[a-z]+|['’][A-Z][a-z]+))\b/.exec(text.slice(end, end + 30));
  if (!next || NOT_A_SURNAME.test(next[1]!) || monthNumber(next[1]!) !== undefined || weekdayNumber(next[1]!) !== undefined) return false;
  if (/^(?:Day|Fools?)$/.test(next[1]!)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (TEMPORAL_BEFORE_MONTH.test(before)) return false;
  // a title or a reporting verb before the name: "Ambassador April Glaspie", "said June Arnette"
  if (!/(?:\b[A-Z][A-Za-z.]*|\b(?:said|says|told|asked))\s+$/.test(before)) return false;
  return !inTitleCaseLine(text, start);
}

/** A given name right before a month, itself after a list's comma or parenthesis, "and", "or", "with", "by", "as" or a word for a performer: "and Pernilla August (Anakin's mother)". */
const GIVEN_NAME_BEFORE = /(?:[,(]\s*|\b(?:and|or|with|by|as|actress|actor|director|singer|star|stars|starring)\s+)([A-Z][a-z]{2,})\s+$/;

/** A courtesy or rank title right before a name: "Ms.", "Dr.", "Sen.". */
const NAME_TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Rev|Sgt|Capt|Lt)\.\s+$/;

/**
 * Is the month name at [start, end) a surname ("Pernilla August", "director Bille August")? A
 * given name comes right before it, no date word, and no day, year or possessive after it.
 */
function monthIsSurname(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // "Ms. August was asked": a title and the name
  if (NAME_TITLE_BEFORE.test(before)) return !/^\s*(?:\d|,\s*\d)/.test(text.slice(end, end + 6));
  const given = GIVEN_NAME_BEFORE.exec(before);
  if (!given) return false;
  const name = given[1]!;
  if (NOT_A_SURNAME.test(name) || monthNumber(name) !== undefined || weekdayNumber(name) !== undefined || /^(?:Day|Eve|Early|Late|Mid|Since|Until|During)$/.test(name)) return false;
  if (/^\s*(?:\d|['’]s\b|,\s*\d)/.test(text.slice(end, end + 6))) return false;
  return !inTitleCaseLine(text, start);
}

/** Right before a month, what makes it one even where the article names a person by it: a word of time, or another month before "and", "or", "to". */
const MONTH_TIME_BEFORE = new RegExp(`(?:\\b(?:in|since|until|till|by|through|throughout|during|before|after|early|late|mid|from|between|each|every|last|this|next)[\\s-]+|\\b(?:scheduled|set|slated|planned|due|expected|postponed|delayed|moved|put\\s+off|pushed\\s+back)\\s+(?:for|to|until|on)\\s+|\\b(?:${MONTH_FULL_RE})\\.?\\s*(?:,\\s*|\\s+(?:and|or|to|through)\\s+))$`, 'i');

/** The months the text names a person by, as a surname after a given name or a title ("Steve May", "Ms. August"); the last text's, kept. */
let lastSurnames: { text: string; months: Set<number> } | undefined;
function surnamesOf(text: string): Set<number> {
  if (lastSurnames?.text === text) return lastSurnames.months;
  const months = new Set<number>();
  for (const m of text.matchAll(SURNAME_MONTH)) {
    const at = m.index! + m[0].length - m[1]!.length;
    if (monthIsSurname(text, at, at + m[1]!.length)) months.add(monthNumber(m[1]!)!);
  }
  lastSurnames = { text, months };
  return months;
}
const SURNAME_MONTH = new RegExp(`[A-Z][a-z]*\\.?\\s+(${MONTH_FULL_RE})\\b`, 'g');

/** Is the line around `at` a headline in Title Case ("Treasury Posts $4.76B July Surplus")? */
function inTitleCaseLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  if (to - from > 150) return false;
  // no lowercase word but short function words
  return (text.slice(from, to).match(/[A-Za-z][A-Za-z'’]*/g) ?? []).every((w) => /^[A-Z]/.test(w) || HEADLINE_LOWER.test(w));
}

const HEADLINE_LOWER = /^(?:a|an|the|of|in|on|at|to|for|and|or|by|with|from|as|vs|is|are)$/;

const UNIT_NOUN = new RegExp(
  '^\\s*(?:percent|per\\s*cent|%|people|persons|troops|soldiers|men|women|children|dollars|euros|pounds|rubles|' +
    'yuan|yen|shares|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|units|deaths|votes|' +
    'residents|refugees|families|cases|jobs|workers|employees|members|acres|hectares|barrels|points|' +
    'students|civilians|prisoners|vehicles|homes|houses|cars|words|pages|hours|minutes|seconds|days|' +
    'weeks|months|years|[a-z]+(?<!ss)s\\b)',
);

/**
 * A street's name after a number, with a direction or a street's abbreviation: "1330 W. Peachtree
 * St.", "200 Main St."; not "the 1998 Buick Park Avenue", "a 1998 Supreme Court decision".
 */
const STREET_AFTER = /^\s+(?:[NSEW]\.?\s+(?:[A-Z][a-z]+\s+){1,2}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Lane|Ln|Pl|Place|Parkway|Pkwy)\b|(?:[A-Z][a-z]+\s+){1,2}(?:St|Ave|Blvd|Rd|Pkwy)\.)/;

function yearOk(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 20);
  const before = text.slice(Math.max(0, start - 25), start);
  if (/^(?:\s*(?:percent|per\s*cent|%)|\s*(?:-|to)?\s*(?:a\.m|p\.m|am\b|pm\b|GMT|UTC|[ECMP][SD]T\b|hours?\b))/i.test(after)) return false;
  // a street number ("1330 W. Peachtree St.")
  if (STREET_AFTER.test(text.slice(end, end + 40))) return false;
  if (/^[.,]\d|^\d|^:\d/.test(after)) return false;
  if (/[$€£#№]\s*$|\b(?:No|no|number|Number|page|p|pp|Room|room|flight|Flight|Route|route|Highway|code|Code|Article|article|Resolution|resolution|Res)\.?\s*$/.test(before)) return false;
  // a box, a suite, a rate or a test score ("P.O. Box 1413", "7.4 per 1000", "an SAT score of 1290", "scored a combined 1390")
  if (/\b(?:Box|Suite|Ste|per|score[sd]?(?:\s+(?:of|a))?|combined)\.?\s*$/i.test(before)) return false;
  // "about 1500 people", "some 2000 troops": a quantity, not a year
  if (UNIT_NOUN.test(after) && /\b(?:about|some|nearly|almost|over|than|around|approximately|roughly|least|only|just|estimated|total|of|to|and|the)\s+$/i.test(before)) return false;
  if (/^\s*(?:percent|%|people|troops|soldiers|dollars|deaths|refugees)\b/i.test(after)) return false;
  return true;
}

/** After a season, "of" and a spoken year's first words ("of nineteen ninety-four"; not "of twenty-one people"). */
const SPOKEN_YEAR_AFTER = /^\s+of\s+(?:nineteen|twenty)[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/i;

const NUM_WORDS_RE = 'a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|few|\\d{1,3}';

function numberOf(w: string): number {
  const n = NUMBER_WORDS[w.toLowerCase()];
  return n !== undefined ? n : parseInt(w, 10);
}

/**
 * Does a season (with no year nor "last"/"this") modify the noun after it: "the winter home", "the
 * winter flu", "winter wheat", "the summer rainfall region"? Then it names a kind of thing, no
 * date. Not when the word after it is a verb, a function word or an -ing, -ly, -ed or -s form
 * (the season heads its phrase: "the winter brought snow", "spent the summer learning", "pass the
 * winter safely", "winter storms"), nor in a season's own stretch ("the summer blockbuster season").
 */
function modifiesNoun(after: string): boolean {
  const next = /^ ([a-z]+)\b/.exec(after);
  if (!next || NOT_A_MODIFIED_NOUN.has(next[1]!) || IRREGULAR_PAST.has(next[1]!) || /(?:ly|ing|ed|s)$/.test(next[1]!)) return false;
  return !/^ (?:[a-z]+ ){0,2}(?:season|months?|term|session|semester|vacation|break|holidays?)\b/.test(after);
}
/** Function words and verb forms (besides tense.ts's past ones) that a season cannot be modifying as a noun's. */
const NOT_A_MODIFIED_NOUN = new Set(
  ('of and or nor but yet so in on at to into onto from by for with without within about above below over under ' +
    'after before during since until till through throughout toward against among between beyond across along ' +
    'around the a an this that these those his her its their our my your there then than when where while whereas ' +
    'whether if unless because though although as is are be been being am has have do does will would shall ' +
    'should can could may might must not no never ever also already still again now just even only too very quite ' +
    'rather here off out up down away back ahead alone together begun hit set cut let built which who whom whose ' +
    'what he she it we they i you him them us me one each every all both some any many much more most less least ' +
    'such like unlike via per arrive come end begin start bring approach').split(' '),
);

const RULES: Rule[] = [
  {
    name: 'iso-date', priority: 0,
    re: new RegExp(`(?<![\\w/.:-])(?<y>1\\d{3}|20\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\w/]|-\\d|:\\d)`, 'g'),
    build: (g) => ({ kind: 'date', y: +g.y!, m: +g.m!, d: +g.d! }),
  },
  {
    name: 'slash-ymd', priority: 0,
    re: new RegExp(`(?<![\\w/.:-])(?<y>1\\d{3}|20\\d{2})/(?<m>[01]?\\d)/(?<d>[0-3]?\\d)(?![\\w/])`, 'g'),
    build: (g) => ({ kind: 'date', y: +g.y!, m: +g.m!, d: +g.d! }),
  },
  {
    // US order m/d/yyyy (American news convention)
    name: 'slash-mdy', priority: 0,
    re: new RegExp(`(?<![\\w/.:-])(?<m>[01]?\\d)/(?<d>[0-3]?\\d)/(?<y>1\\d{3}|20\\d{2})(?![\\w/])`, 'g'),
    build: (g) => ({ kind: 'date', y: +g.y!, m: +g.m!, d: +g.d! }),
  },
  {
    // "Tuesday, November 16", "November 9, 2020", "Nov. 9", "November 9 2020", "Monday, Oct. 19"
    name: 'month-day-year', priority: 1,
    re: new RegExp(`${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<mon>${MONTH_RE})\\s*(?<day>${DAY_RE})(?:(?:,\\s*|\\s+)(?<y>${YEAR_RE}))?`, 'gi'),
    build: (g, text, start) => {
      if (!cap(g.mon) || !cap(g.wd)) return null;
      const spec: Spec = { kind: 'date', m: monthNumber(g.mon!)!, d: parseInt(g.day!, 10), y: g.y ? +g.y : undefined, wd: g.wd ? weekdayNumber(g.wd) : undefined };
      // "shot to death last Oct. 23": the last such day before the article (TimeML leaves "last" out of the span)
      if (!g.y && !g.wd) {
        const dir = DIR_BEFORE_DAY.exec(text.slice(Math.max(0, start - 12), start));
        if (dir) spec.dir = dirOf(dir[1]);
      }
      return spec;
    },
  },
  {
    // "the week of March 6": the week the day is in
    name: 'week-of', priority: 1,
    re: new RegExp(`${B}the\\s+week\\s+of\\s+(?<mon>${MONTH_RE})\\s*(?<day>${DAY_RE})(?:,\\s*(?<y>${YEAR_RE}))?(?![\\w])`, 'gi'),
    build: (g) => (cap(g.mon) ? { kind: 'date', m: monthNumber(g.mon!)!, d: parseInt(g.day!, 10), y: g.y ? +g.y : undefined, weekOf: true } : null),
  },
  {
    // "9 November 2020", "Tuesday, 16 November", "the 9th of November"
    name: 'day-month-year', priority: 1,
    re: new RegExp(`${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(?<day>${DAY_RE})(?:\\s+of)?\\s+(?<mon>${MONTH_RE})(?:,?\\s+(?<y>${YEAR_RE}))?`, 'gi'),
    build: (g) => {
      if (!cap(g.mon) || !cap(g.wd)) return null;
      return { kind: 'date', m: monthNumber(g.mon!)!, d: parseInt(g.day!, 10), y: g.y ? +g.y : undefined, wd: g.wd ? weekdayNumber(g.wd) : undefined };
    },
  },
  {
    // "May 2010", "November of 2020", "January this year", "June last year"
    name: 'month-year', priority: 2,
    re: new RegExp(`${B}(?<mon>${MONTH_RE}),?\\s+(?:(?:of\\s+)?(?<y>${YEAR_RE})|(?<rel>this|last|next)\\s+year\\b)`, 'gi'),
    build: (g) => {
      if (!cap(g.mon)) return null;
      const m = monthNumber(g.mon!)!;
      if (g.y) return { kind: 'date', m, y: +g.y };
      const rel = g.rel!.toLowerCase();
      return { kind: 'date', m, yearRel: rel === 'this' ? 0 : rel === 'last' ? -1 : 1 };
    },
  },
  {
    // "January", "last November", "this coming May"
    name: 'month', priority: 3,
    re: new RegExp(`${BM}(?:(?<dir>last|this|next|this past|this coming|the coming|the past)\\s+)?(?<mon>${MONTH_RE})`, 'gi'),
    build: (g, text, start, end) => {
      if (!cap(g.mon)) return null;
      const m = monthNumber(g.mon!)!;
      const monStart = start + (g.dir ? g.dir.length + 1 : 0);
      // a bare abbreviation without its dot ("Jan Kavan", "Sept") is not taken alone
      if (g.mon!.replace(/\.$/, '').length <= 4 && !g.mon!.endsWith('.') && m !== 5 && m !== 6 && m !== 7) return null;
      if (!g.dir && (m === 5 || m === 3)) {
        // "the March accession", "the May elections": a month before its event noun
        const attributive = /\bthe\s+$/i.test(text.slice(Math.max(0, monStart - 5), monStart)) && /^\s+(?!be\b|have\b|not\b)[a-z]{3,}/.test(text.slice(end, end + 12));
        if (!attributive && !ambiguousMonthOk(text, monStart) && !monthPossessive(text, monStart, end)) return null;
      }
      if (!g.dir && FULL_MONTH.test(g.mon!) && (monthIsFirstName(text, monStart, end) || monthIsSurname(text, monStart, end))) return null;
      // "at odds with Steve May ... the brainchild of May, an openly gay Army reservist": the article's
      // person again, unless a word of time or another month is right before it ("in May", "April and May")
      if (!g.dir && FULL_MONTH.test(g.mon!) && surnamesOf(text).has(m) && !MONTH_TIME_BEFORE.test(text.slice(Math.max(0, monStart - 30), monStart))) return null;
      // "last Oct. 23" is a day: the month-day rule takes it, with its direction
      if (g.dir && DAY_AFTER_MONTH.test(text.slice(end, end + 8))) return null;
      return { kind: 'date', m, dir: dirOf(g.dir) };
    },
  },
  {
    // "Friday", "last Tuesday", "Wednesday night"
    name: 'weekday', priority: 3,
    re: new RegExp(`${B}(?:(?<dir>last|this|next|this past|this coming|the previous|the following|the next|coming|past)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<pod>morning|afternoon|evening|night))?`, 'gi'),
    build: (g, text, start, end) => {
      if (!cap(g.wd)) return null;
      // "Next Friday" mid-sentence is a title; after a sentence's start it is a date
      if (g.dir && /^[A-Z]/.test(g.dir) && !opensSentence(text, start)) return null;
      if (weekdayIsName(text, start, end)) return null;
      // "on a Friday night because ...", "Aug. 14, a Monday, ...": some Friday, or the date's weekday told, no date of its own
      if (!g.dir && weekdayIsIndefinite(text, start, end)) return null;
      // "staffed 8 a.m. to 10 p.m. Monday-Friday": opening hours, a habit of both days
      if (!g.dir && !g.pod && inHoursOfDays(text, start, end)) return { kind: 'set', wd: weekdayNumber(g.wd!)! };
      // "Every Tuesday and Thursday": the second of a pair of habits is one too
      if (!g.dir && HABIT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return g.pod ? { kind: 'set', wd: weekdayNumber(g.wd!)!, pod: g.pod.toLowerCase() } : { kind: 'set', wd: weekdayNumber(g.wd!)! };
      // "on Monday and Tuesday nights", "Saturdays and Sundays": the first of a pair of habits is one too
      if (!g.dir && !g.pod) {
        const pair = WEEKDAY_SET_AFTER.exec(text.slice(end, end + 40));
        if (pair) return pair[1] ? { kind: 'set', wd: weekdayNumber(g.wd!)!, pod: pair[1].toLowerCase() } : { kind: 'set', wd: weekdayNumber(g.wd!)! };
      }
      return { kind: 'weekday', wd: weekdayNumber(g.wd!)!, dir: dirOf(g.dir) };
    },
  },
  {
    // habits, TimeML sets: "every Sunday", "each Friday night", "Sundays", "on Friday nights", "each July"
    name: 'weekday-set', priority: 2,
    re: new RegExp(`${B}(?:(?:every|each)\\s+(?:(?<wd>${WEEKDAY_RE})(?:\\s+(?<pod>morning|afternoon|evening|night)s?)?|(?<mon>${MONTH_FULL_RE})(?![a-z])(?:\\s+(?<day>${DAY_RE})(?![\\w:]))?)|(?<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s(?![a-z])|\\s+(?<pod2>morning|afternoon|evening|night)s(?![a-z])))`, 'gi'),
    build: (g) => {
      if (g.mon) {
        if (!cap(g.mon)) return null;
        const m = monthNumber(g.mon)!;
        return g.day ? { kind: 'set', m, d: parseInt(g.day, 10) } : { kind: 'set', m };
      }
      const wd = g.wd ?? g.wd2;
      if (!cap(wd)) return null;
      const pod = (g.pod ?? g.pod2)?.toLowerCase();
      return pod ? { kind: 'set', wd: weekdayNumber(wd!)!, pod } : { kind: 'set', wd: weekdayNumber(wd!)! };
    },
  },
  {
    name: 'year', priority: 4,
    re: new RegExp(`(?<![\\w'’$€£/.,:#])(?<!(?<!\\bmid|\\d{4})-)(?:(?<fiscal>fiscal(?:\\s+year)?)\\s+)?(?<y>${YEAR_RE})(?!-[a-z])`, 'gi'),
    build: (g, text, start, end) => (yearOk(text, start, end) ? { kind: 'year', y: +g.y! } : null),
  },
  {
    // "the 1990s", "the late 1990s", "the '90s", "the nineties", "1990s"
    name: 'decade', priority: 2,
    re: new RegExp(`${B}(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(?<dec>1\\d{2}|20\\d)0s|['’](?<dec2>\\d)0s|(?<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\w])`, 'gi'),
    build: (g) => {
      if (g.dec) return { kind: 'decade', dec: g.dec };
      if (g.dec2) return { kind: 'decade', dec: (+g.dec2 <= 2 ? '20' : '19') + g.dec2 };
      return { kind: 'decade', dec: '19' + DECADE_WORDS[g.decw!.toLowerCase()] };
    },
  },
  {
    name: 'century', priority: 2,
    re: new RegExp(`${B}(?:the\\s+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>nineteenth|twentieth|twenty-first|eighteenth))[\\s-]+century\\b`, 'gi'),
    build: (g) => {
      const n = g.n ? +g.n : ({ eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21 } as Record<string, number>)[g.w!.toLowerCase()];
      return { kind: 'century', cent: String(n - 1).padStart(2, '0') };
    },
  },
  {
    // "last summer", "the summer of 2019", "summer 2019", "this fall"
    name: 'season', priority: 3,
    re: new RegExp(`${B}(?:(?<dir>last|this|next|this past|this coming|the coming|the past)\\s+|(?<the>the\\s+))?(?<s>${SEASON_RE})(?:\\s+(?:of\\s+)?(?<y>${YEAR_RE}))?`, 'gi'),
    build: (g, text, start, end) => {
      const s = SEASONS[g.s!.toLowerCase()];
      // "winter-related mortality": a compound's word; "the Summer Games", "the Winter Olympics": an event's name
      if (!g.y && /^(?:-[a-z]|\s+(?:Games|Olympics?)\b)/.test(text.slice(end, end + 12))) return null;
      // "the winter of nineteen ninety-four": that year's (findDates.ts joins the spoken year)
      if (!g.dir && !g.y && !(g.the && SPOKEN_YEAR_AFTER.test(text.slice(end, end + 40)))) {
        // bare "fall"/"spring" are too often the verb or the noun; bare seasons need "the" or a preposition
        const before = text.slice(Math.max(0, start - 12), start);
        if (s === 'FA' || s === 'SP') return null;
        if (!g.the && !/\b(?:in|during|since|until|by|this|last|next|over)\s+$/i.test(before)) return null;
        if (/^\s+of\b/.test(text.slice(end, end + 5))) return null;
        if (modifiesNoun(text.slice(end, end + 40))) return null;
        // "behavior more common in the summer", "most pronounced in the winter": a comparison of seasons, every such one
        if (g.the && /\b(?:more|most|less|least)\s+[a-z]+\s+(?:in|during)\s+$/i.test(text.slice(Math.max(0, start - 40), start))) return { kind: 'set', s };
      }
      return { kind: 'season', s, y: g.y ? +g.y : undefined, dir: dirOf(g.dir) };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fourth quarter of 2020", "the fiscal first quarter", "Q3 2020"
    name: 'quarter', priority: 2,
    re: new RegExp(`${B}(?:(?<the>the|this year's|last year's|next year's)\\s+)?(?:(?<y0>${YEAR_RE})\\s+)?(?:(?:fiscal|calendar)[\\s-]+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)(?<hy>[\\s-]+)quarter(?!ly)(?:\\s+of\\s+(?:fiscal\\s+)?(?<y>${YEAR_RE}))?`, 'gi'),
    build: (g) => {
      // adjectival "third-quarter (results)": TimeML leaves the determiner out of the span
      if (g.the?.toLowerCase() === 'the' && g.hy === '-' && !g.y && !g.y0) return null;
      const y = g.y ? +g.y : g.y0 ? +g.y0 : undefined;
      const the = g.the?.toLowerCase();
      const dir: Dir | undefined = the === "last year's" ? 'last' : the === "next year's" ? 'next' : undefined;
      if (dir) return { kind: 'quarter', q: ORDINALS[g.ord!.toLowerCase()], dir };
      return { kind: 'quarter', q: ORDINALS[g.ord!.toLowerCase()], y };
    },
  },
  {
    name: 'quarter-q', priority: 2,
    re: new RegExp(`(?<![\\w-])Q(?<q>[1-4])(?:\\s+(?<y>${YEAR_RE}))?(?![\\w])`, 'g'),
    build: (g) => ({ kind: 'quarter', q: +g.q!, y: g.y ? +g.y : undefined }),
  },
  {
    name: 'half', priority: 2,
    re: new RegExp(`${B}the\\s+(?<h>first|second|last|latter)\\s+half\\s+of\\s+(?:(?<y>${YEAR_RE})|(?<rel>this|last|next)\\s+year|the\\s+year)`, 'gi'),
    build: (g) => {
      const h = /first/i.test(g.h!) ? 1 : 2;
      const rel = g.rel?.toLowerCase();
      return { kind: 'half', h, y: g.y ? +g.y : undefined, dir: rel === 'last' ? 'last' : rel === 'next' ? 'next' : undefined };
    },
  },
  {
    // "this week", "last month", "next year", "the current year", "this fiscal year", "this weekend"
    name: 'unit', priority: 3,
    re: /(?<![\w'’-])(?<dir>last|this|next|the previous|the following|the current|the coming|this past|the same|the latest|the most recent|that|the)\s+(?:(?<full>full)\s+)?(?:(?<fiscal>fiscal|calendar)\s+)?(?<unit>week|weekend|month|quarter|year|decade|century)(?![\w-])/gi,
    build: (g, text, start, end) => {
      const d = g.dir!.toLowerCase().replace(/\s+/g, ' ');
      const unit = g.unit!.toLowerCase() as 'week';
      // ABC's "This Week": a title in quotes, no week
      if (/^This\s+Week$/.test(text.slice(start, end)) && /["“]$/.test(text.slice(Math.max(0, start - 1), start))) return null;
      // an earnings report's "the latest quarter", "sales rose in the quarter": the last one
      // closed before the report (a fiscal "quarter ended July 31" is its own and left out)
      if (g.unit === 'quarter' && !/^\s+(?:of|ended|ending|that|which|when)\b|^\s+to\s+[A-Z]/.test(text.slice(end, end + 12))) {
        if (d === 'the latest' || d === 'the most recent') return { kind: 'unit', unit: 'quarter', offset: -1, word: d + ' quarter' };
        if (d === 'the' && /\b(?:in|for|during)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) return { kind: 'unit', unit: 'quarter', offset: -1, word: 'the quarter' };
      }
      if (d === 'the latest' || d === 'the most recent') return null;
      // "the last quarter century": 25 years; "the last year of white rule", "the last week of the campaign": a final one, not the one before the article
      if (/^\s+century\b/i.test(text.slice(end, end + 9)) || (d === 'last' && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) && /^\s+of\b/i.test(text.slice(end, end + 4)))) return null;
      // "sales for the full year", "an increase for the full year": a report's year, this one; "full" goes with nothing else
      // "warming over the last century": the hundred years before the article, a span (resolve.ts), not the 1800s of a 1999 article
      if (d === 'last' && g.unit === 'century' && /\b(?:over|during|in|within|throughout|for)\s+the\s+$/i.test(text.slice(Math.max(0, start - 16), start))) return { kind: 'unit', unit: 'century', offset: -1, word: 'the last century', span: true };
      if (g.full) return d === 'the' && g.unit === 'year' && !/^(?:\s+\d|['’]s\b|\s+end(?:ed|ing)\b)/.test(text.slice(end, end + 8)) ? { kind: 'unit', unit: 'year', offset: 0, word: 'the full year' } : null;
      const lead = text.slice(Math.max(0, start - 10), start);
      // "said over the weekend": the latest weekend, this one if the article is of it
      if (d === 'the' && g.unit === 'weekend' && /\b(?:over|during)\s+$/i.test(lead)) return { kind: 'unit', unit, offset: 0, word: 'the weekend', latest: true };
      // an annual report's "for the year" is this one ("For the year, volume was flat"; not "the year 2000", "the year's best", a fiscal "year ended March 31")
      if (d === 'the' && g.unit === 'year' && /\bfor\s+$/i.test(lead) && !/^(?:\s+\d|['’]s\b|\s+end(?:ed|ing)\b)/.test(text.slice(end, end + 8))) return { kind: 'unit', unit, offset: 0, word: 'for the year' };
      if (d === 'the' || d === 'that' || d === 'the same') {
        // "the end of the year", "the year" only after a boundary word
        const before = text.slice(Math.max(0, start - 20), start);
        if (!/\b(?:end|beginning|start|middle)\s+of\s+$/i.test(before) || d !== 'the') return null;
        return { kind: 'unit', unit, offset: 0, word: 'the ' + unit };
      }
      const offset = /^(last|the previous|this past)$/.test(d) ? -1 : /^(next|the following|the coming)$/.test(d) ? 1 : 0;
      return { kind: 'unit', unit, offset, word: d + ' ' + unit };
    },
  },
  {
    // "that year", "later that day", "the same day", "the following month", "the next morning",
    // "the previous week": relative to the date told of before it (findDates.ts)
    name: 'anaphor', priority: 2,
    re: /(?<![\w'’-])(?<dir>that\s+same|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior|the\s+preceding)\s+(?<unit>day|morning|afternoon|evening|night|week|month|quarter|year)(?![\w-])/gi,
    build: (g, text, start, end) => {
      const d = g.dir!.toLowerCase().replace(/\s+/g, ' ');
      const word = g.unit!.toLowerCase();
      const unit = word === 'week' || word === 'month' || word === 'quarter' || word === 'year' ? word : 'day';
      const offset = d === 'that' || d === 'that same' || d === 'the same' ? 0 : d === 'the following' || d === 'the next' ? 1 : -1;
      const after = text.slice(end, end + 12);
      // "that year 2000", "the next day or two": no time told of
      if (/^\s*\d|^\s+or\s+(?:so|two|three)\b/.test(after)) return null;
      const lead = text.slice(Math.max(0, start - 12), start);
      // "over the next year", "in the previous year": a span from now, the article's own ("next year" is read alone)
      if (offset !== 0 && d !== 'the following' && unit !== 'day' && /\b(?:over|in|during|within|for|through|throughout)\s+$/i.test(lead)) return null;
      // "said that day traders": the conjunction
      if (d === 'that' && /\b(?:said|says|say|told|believe[sd]?|think|thinks|thought|know|knew|expect(?:s|ed)?|hope[sd]?|fear(?:s|ed)?|noted|reported|showed?|shows|found|claim(?:s|ed)?|argued?|predicted|means|meant|so)\s+$/i.test(lead)) return null;
      const spec: Spec = { kind: 'anaphor', unit, offset, word: text.slice(start, end) };
      // (what the article's date gives "the following year" when no date comes before it)
      if (offset !== 0 && unit !== 'day') spec.fallback = { kind: 'unit', unit, offset, word: d + ' ' + unit };
      return spec;
    },
  },
  {
    // "earlier in the year", "later in the year": of the year told of just before, else the
    // article's ("earlier in the week" or "the day" is left out: a holiday or event told of
    // before, say Labor Day, is seldom the week a reader means)
    name: 'in-the-year', priority: 2,
    re: /(?<![\w'’-])(?:earlier|later)\s+in\s+the\s+year(?![\w'’-])/gi,
    build: (_g, text, start, end) => {
      const word = text.slice(start, end);
      return { kind: 'anaphor', unit: 'year', offset: 0, word, fallback: { kind: 'unit', unit: 'year', offset: 0, word } };
    },
  },
  {
    // "by year-end", "by year's end", "since year-end": the end of the article's year (findDates.ts marks it END), of the last after "since"
    name: 'year-end', priority: 3,
    re: /(?<=\b(?<lead>by|until|till|before|after|since|at|around|near|toward|towards|through)\s+)year(?:-end|\s+end|['’]s\s+end)(?![\w-])/gi,
    build: (g) => ({ kind: 'unit', unit: 'year', offset: g.lead!.toLowerCase() === 'since' ? -1 : 0, word: 'year-end' }),
  },
  {
    name: 'deictic-day', priority: 3,
    re: /(?<![\w'’-])(?:(?<pre>the day (?:before|after)\s+))?(?<w>today|yesterday|tomorrow|tonight)(?:\s+(?<pod>morning|afternoon|evening|night))?(?![\w-]|['’](?!s\b))/gi,
    build: (g, text, start, end) => {
      const w = g.w!.toLowerCase();
      if (/^T/.test(g.w!) && !g.pre) {
        // "Today Public Television": a capitalized Today followed by a capitalized name
        const after = text.slice(end, end + 40);
        const before = text.slice(Math.max(0, start - 3), start);
        if (/^\s+[A-Z][a-z]+/.test(after) && !/^\s+(?:I|It|He|She|We|They|The|A|An|In|On|At|As)\b/.test(after) && !/(?:^|[.!?\n"“]\s*)$/.test(before)) return null;
        if (/^\s+(?:Show|Public|Television|TV|News|Programme|Program)\b/.test(after)) return null;
        // "USA Today", "Showbiz Today", "Johnnie Cochran Tonight": the end of a name, after a capitalized word on its line
        // (not "in the U.S. Today, ...": after a full stop it may open a sentence)
        if (NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
      }
      // "today's youth", "today's world": our time, no day
      if (w === 'today' && !g.pre && NOWADAYS_AFTER.test(text.slice(end, end + 40))) return null;
      // "the people of tomorrow", "the cars of tomorrow": the future's, no day ("tomorrow's cars" is a day's; not "as of tomorrow", "the morning of tomorrow")
      if (w === 'tomorrow' && !g.pre && GENERIC_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !/^['’]s\b/.test(text.slice(end, end + 3))) return null;
      let offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (g.pre) offset += /before/i.test(g.pre) ? -1 : 1;
      return { kind: 'unit', unit: 'day', offset, word: (g.pre ?? '') + w };
    },
  },
  {
    name: 'ago', priority: 3,
    re: new RegExp(`${B}(?:(?<q>about|nearly|almost|some|more than|over|roughly)\\s+)?(?<n>${NUM_WORDS_RE})\\s+(?<unit>days?|weeks?|months?|years?|decades?)\\s+(?:ago|earlier|before)(?![\\w])`, 'gi'),
    build: (g, text, start, end) => {
      if (!/ago$/i.test(text.slice(start, end))) {
        // "up from $93.3 million a year earlier": a report's comparison (findDates.ts decides)
        return /^(?:a|one)\s+year\s+earlier$/i.test(text.slice(start, end)) ? { kind: 'yearAgo', word: text.slice(start, end) } : null;
      }
      const n = numberOf(g.n!);
      if (n < 0) return { kind: 'ref', ref: 'PAST_REF' };
      const spec: Spec = { kind: 'ago', unit: g.unit!.toLowerCase().replace(/s$/, '') as 'day', n };
      if (g.q && /^(?:more than|over)$/i.test(g.q)) spec.over = true;
      return spec;
    },
  },
  {
    // "the quarter a year ago", "the comparable period a year earlier", "the same period last
    // year", "last year's quarter": one expression, the report's quarter a year before
    // (findDates.ts), not the report's quarter and then a year
    name: 'period-year-ago', priority: 2,
    re: /(?<![\w'’-])(?:(?:the|that)\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period)\s+(?:(?:a|one)\s+year\s+(?:ago|earlier)|last\s+year)|last\s+year['’]s\s+(?:quarter|period))(?![\w'’-])/gi,
    build: (_g, text, start, end) => ({ kind: 'yearAgo', word: text.slice(start, end) }),
  },
  {
    // "the year-ago quarter", "the comparable year-earlier period", "the year-ago third quarter", "year-earlier (profit)"
    name: 'year-ago', priority: 2,
    re: /(?<![\w'’-])(?:(?<the>the)\s+)?(?:(?:comparable|same|corresponding)\s+)?year-(?:ago|earlier)(?:\s+(?:(?:first|second|third|fourth)[\s-]+)?(?<unit>quarter|period))?(?![\w-])/gi,
    build: (g, text, start, end) => {
      // the determiner belongs to the quarter or period; "the year-ago results" is "year-ago" (tried at "year")
      if (g.the && !g.unit) return null;
      // an adjective: a noun follows ("year-earlier profit")
      if (!g.unit && !/^\s+[a-z]/.test(text.slice(end, end + 3))) return null;
      return { kind: 'yearAgo', word: text.slice(start, end) };
    },
  },
  {
    name: 'ref', priority: 4,
    re: /(?<![\w'’-])(?<w>right now|now|currently|nowadays|these days|recently|the past|the future|the near future|the distant future)(?![\w'’-])/gi,
    build: (g, text, start, end) => {
      const w = g.w!.toLowerCase();
      const after = text.slice(end, end + 30);
      if (w === 'the past' && /^\s+(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day|century|days|weeks|months|years|decades)\b/i.test(after)) return null;
      if (w === 'now' && /^-/.test(after)) return null;
      if (w === 'the past' || w === 'recently') return { kind: 'ref', ref: 'PAST_REF' };
      if (/future/.test(w)) return { kind: 'ref', ref: 'FUTURE_REF' };
      return { kind: 'ref', ref: 'PRESENT_REF' };
    },
  },
  {
    // spelled-out years of broadcast transcripts: "nineteen ninety-six", "the year two thousand"
    name: 'spelled-year', priority: 2,
    re: /(?<![\w-])(?:(?<c>nineteen|twenty)[\s-]+(?<t>(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?<u>one|two|three|four|five|six|seven|eight|nine))?|(?<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))|the year two thousand)(?![\w-])/gi,
    build: (g) => {
      if (!g.c) return { kind: 'year', y: 2000 };
      const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
      const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
      const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
      const yy = g.teen ? TEENS[g.teen.toLowerCase()] : TENS[g.tens!.toLowerCase()] + (g.u ? UNITS[g.u.toLowerCase()] : 0);
      return { kind: 'year', y: (g.c.toLowerCase() === 'nineteen' ? 1900 : 2000) + yy };
    },
  },
  {
    // "in the 1988 period", "the 1989 quarter": a report's period of that year (findDates.ts)
    name: 'report-period', priority: 1,
    re: new RegExp(`(?<![\\w'’-])the\\s+(?<y>${YEAR_RE})\\s+(?<unit>period|quarter)(?![\\w-])`, 'gi'),
    build: (g, text, start, end) => ({ kind: 'reportPeriod', y: +g.y!, word: text.slice(start, end) }),
  },
  {
    // "in the latest period", "the most recent period": the quarter a report tells of (findDates.ts)
    name: 'latest-period', priority: 1,
    re: /(?<![\w'’-])the\s+(?:latest|most\s+recent)\s+period(?![\w-])/gi,
    build: (g, text, start, end) => ({ kind: 'latestPeriod', word: text.slice(start, end) }),
  },
  {
    name: 'holiday', priority: 2,
    re: new RegExp(`${B}(?:(?<dir>last|this|next|this past|this coming)\\s+)?(?<h>Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))|Election\\s+Day|Independence\\s+Day|Halloween|Valentine['’]s\\s+Day)(?:,?\\s+(?<y>${YEAR_RE}))?(?![\\w])`, 'g'),
    build: (g, text, start) => {
      const spec: Spec = { kind: 'holiday', name: g.h!.replace(/\s+/g, ' ').replace(/’/g, "'").replace(/ (Day)$/, '').toLowerCase(), y: g.y ? +g.y : undefined, dir: dirOf(g.dir) };
      if (!g.dir && !g.y && /(?:['’]s|\b(?:his|her|their|its|our|my|your))\s+first\s+$/i.test(text.slice(Math.max(0, start - 30), start))) spec.firstOf = true;
      return spec;
    },
  },
  {
    // "on the 20th" after a month was mentioned (resolved in findDates)
    name: 'day-of-month', priority: 5,
    re: /(?<=\b(?:on|by|until|since|from|before|after|till|through)\s+)the\s+(?<d>[12]?\d|3[01])(?:st|nd|rd|th)(?![\w-])(?!\s+(?:century|anniversary|of|birthday|time|day|year|floor|minute|percent|place|round|session|amendment|congress|division|army|brigade|district|street|avenue|parallel|and|or|grade|grader|graders|inning|hole|lap|precinct|ward|edition|episode|chapter|game|race|stage|generation|term|straight|consecutive|largest|biggest|most|best|worst))/gi,
    build: (g) => ({ kind: 'dom', d: +g.d! }),
  },
];

// Where a match of each rule can start. Every rule's match begins at a word start (its left
// boundary excludes a preceding [A-Za-z0-9_]) with an ASCII letter, a digit or an apostrophe
// (the '90s), and every letter-initial match begins with a whole ASCII word from a short list
// (the word is followed by a space, hyphen, dot, digit or non-letter in every pattern).
// recognize() tries each rule (as a sticky copy) only at those positions, in order, which finds
// exactly the matches a global scan would find, without scanning the rest of the text.
const MONTH_WORDS = Object.keys(MONTHS);
const WEEKDAY_WORDS = Object.keys(WEEKDAYS);
const SEASON_WORDS = Object.keys(SEASONS);
const DIRS = ['last', 'this', 'next', 'the', 'that', 'coming', 'past'];
const NUMBER_START = ['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'several', 'few'];

interface Starts {
  words: readonly string[];
  digit?: boolean;
  apostrophe?: boolean;
  /**
   * A word every match of the rule contains, at a word start: a start position is tried only
   * when one of the `reach` words after its own holds a core word. "the" starts a dozen rules
   * and is everywhere; "the" followed by no month, unit or season within reach starts none.
   * Words are maximal [A-Za-z0-9_] runs (what separates the words of a pattern, spaces,
   * hyphens, commas, dots and apostrophes, never makes one); a core word is matched against the
   * run's leading ASCII letters, whole (the patterns require a non-letter after it) or, with
   * `corePrefix`, as their beginning. `coreDigit`: any run that starts with a digit.
   */
  core?: { words: readonly string[]; corePrefix?: readonly string[]; coreDigit?: boolean; reach: number };
}

const STARTS: Record<string, Starts> = {
  'iso-date': { words: [], digit: true },
  'slash-ymd': { words: [], digit: true },
  'slash-mdy': { words: [], digit: true },
  'month-day-year': { words: [...WEEKDAY_WORDS, ...MONTH_WORDS] },
  // the(0) week(1) of(2) March(3)
  'week-of': { words: ['the'], core: { words: MONTH_WORDS, reach: 3 } },
  // Tuesday(0) the(1) 9th(2) of(3) November(4)
  'day-month-year': { words: [...WEEKDAY_WORDS, 'the'], digit: true, core: { words: MONTH_WORDS, reach: 4 } },
  'month-year': { words: MONTH_WORDS },
  // this(0) coming(1) May(2)
  month: { words: [...DIRS, ...MONTH_WORDS], core: { words: MONTH_WORDS, reach: 2 } },
  // the(0) previous(1) Monday(2)
  weekday: { words: [...DIRS, ...WEEKDAY_WORDS], core: { words: WEEKDAY_WORDS, reach: 2 } },
  'weekday-set': { words: ['every', 'each', ...WEEKDAY_WORDS, ...WEEKDAY_WORDS.map((w) => w + 's')] },
  year: { words: ['fiscal'], digit: true },
  // the(0) late(1) 1990s(2), the(0) mid(1) '90s(2), the(0) early(1) nineties(2)
  decade: { words: ['the', 'early', 'mid', 'late', ...Object.keys(DECADE_WORDS)], digit: true, apostrophe: true, core: { words: Object.keys(DECADE_WORDS), coreDigit: true, reach: 2 } },
  // the(0) twenty(1) first(2) century(3)
  century: { words: ['the', 'nineteenth', 'twentieth', 'twenty', 'eighteenth'], digit: true, core: { words: ['century'], reach: 3 } },
  // this(0) coming(1) summer(2)
  season: { words: [...DIRS, ...SEASON_WORDS], core: { words: SEASON_WORDS, reach: 2 } },
  // this(0) year(1) s(2) 2020(3) fiscal(4) first(5) quarter(6); "quarter" has no right boundary
  quarter: { words: [...DIRS, 'fiscal', 'calendar', 'first', 'second', 'third', 'fourth'], digit: true, core: { words: [], corePrefix: ['quarter'], reach: 6 } },
  'quarter-q': { words: ['q'] },
  // the(0) first(1) half(2)
  half: { words: ['the'], core: { words: ['half'], reach: 2 } },
  // the(0) following(1) fiscal(2) year(3)
  unit: { words: DIRS, core: { words: ['week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century'], reach: 3 } },
  // year(0) s(1) end(2)
  'year-end': { words: ['year'], core: { words: ['end'], reach: 2 } },
  // the(0) 1988(1) period(2)
  'report-period': { words: ['the'], core: { words: ['period', 'quarter'], reach: 2 } },
  // that(0) same(1) day(2)
  anaphor: { words: ['that', 'the'], core: { words: ['day', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'quarter', 'year'], reach: 2 } },
  // earlier(0) in(1) the(2) year(3)
  'in-the-year': { words: ['earlier', 'later'], core: { words: ['year'], reach: 3 } },
  // the(0) day(1) before(2) yesterday(3)
  'deictic-day': { words: ['the', 'today', 'yesterday', 'tomorrow', 'tonight'], core: { words: ['today', 'yesterday', 'tomorrow', 'tonight'], reach: 3 } },
  // more(0) than(1) a(2) few(3) days(4) ago(5); a match without "ago" is refused by build(), but "a year earlier"
  ago: { words: ['about', 'nearly', 'almost', 'some', 'more', 'over', 'roughly', ...NUMBER_START], digit: true, core: { words: ['ago', 'earlier'], reach: 5 } },
  // the(0) comparable(1) period(2) a(3) year(4) ago(5); last(0) year(1) s(2) quarter(3)
  'period-year-ago': { words: ['the', 'that', 'last'], core: { words: ['quarter', 'period'], reach: 3 } },
  // the(0) comparable(1) year(2) ago(3)
  'year-ago': { words: ['the', 'comparable', 'same', 'corresponding', 'year'], core: { words: ['year'], reach: 2 } },
  // the(0) near(1) future(2), right(0) now(1), these(0) days(1)
  ref: { words: ['right', 'now', 'currently', 'nowadays', 'these', 'recently', 'the'], core: { words: ['now', 'currently', 'nowadays', 'days', 'recently', 'past', 'future'], reach: 2 } },
  // the(0) year(1) two(2) thousand(3), nineteen(0) ...
  'spelled-year': { words: ['nineteen', 'twenty', 'the'], core: { words: ['nineteen', 'twenty', 'thousand'], reach: 3 } },
  // the(0) most(1) recent(2) period(3)
  'latest-period': { words: ['the'], core: { words: ['period'], reach: 3 } },
  holiday: { words: ['last', 'this', 'next', 'thanksgiving', 'christmas', 'new', 'election', 'independence', 'halloween', 'valentine'] },
  // the(0) 20th(1)
  'day-of-month': { words: ['the'], core: { words: [], coreDigit: true, reach: 1 } },
};

const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', '') + 'y'));

/** What an ASCII word (lowercase) means to the rules: may start them, is their core word. */
interface WordRole {
  word: string;
  start: number;
  core: number;
}

let DIGIT_START = 0;
let DIGIT_CORE = 0;
let APOSTROPHE_START = 0;
/** Rules with no core word: every start position is tried. */
let NO_CORE = 0;
/** REACH[d]: the rules whose core word may be d words after the start. */
const MAX_REACH = 6;
const REACH = new Array<number>(MAX_REACH + 1).fill(0);
const ROLES = new Map<string, WordRole>();
const PREFIX_CORES: WordRole[] = [];
let MIN_PREFIX_CORE = Infinity;

function role(word: string): WordRole {
  let r = ROLES.get(word);
  if (!r) ROLES.set(word, (r = { word, start: 0, core: 0 }));
  return r;
}

RULES.forEach((rule, i) => {
  const bit = 1 << i;
  const st = STARTS[rule.name];
  if (!st) throw new Error(`no start words for date rule ${rule.name}`);
  for (const w of st.words) role(w).start |= bit;
  if (st.digit) DIGIT_START |= bit;
  if (st.apostrophe) APOSTROPHE_START |= bit;
  if (!st.core) {
    NO_CORE |= bit;
    return;
  }
  for (const w of st.core.words) role(w).core |= bit;
  for (const w of st.core.corePrefix ?? []) {
    PREFIX_CORES.push({ word: w, start: 0, core: bit });
    MIN_PREFIX_CORE = Math.min(MIN_PREFIX_CORE, w.length);
  }
  if (st.core.coreDigit) DIGIT_CORE |= bit;
  for (let d = 0; d <= st.core.reach; d++) REACH[d]! |= bit;
});

// The words by first letter and length, so that a text's words are looked up without slicing
// or lowercasing them.
const MAX_WORD = 15;
const ROLE_TABLE: Array<WordRole[] | undefined> = new Array(26 * (MAX_WORD + 1)).fill(undefined);
for (const r of ROLES.values()) {
  if (r.word.length > MAX_WORD) throw new Error(`date word too long: ${r.word}`);
  const k = tableKey(r.word.charCodeAt(0), r.word.length);
  (ROLE_TABLE[k] ??= []).push(r);
}

function tableKey(lowerFirst: number, length: number): number {
  return (lowerFirst - 97) * (MAX_WORD + 1) + length;
}

/** Does text[i, i + word.length) spell `word` (lowercase ASCII) in any case? */
function spells(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** The role of the ASCII letters text[i, j) (i.e. a whole word), if any. */
function roleOf(text: string, i: number, j: number): WordRole | undefined {
  if (j - i > MAX_WORD) return undefined;
  const list = ROLE_TABLE[tableKey(text.charCodeAt(i) | 0x20, j - i)];
  if (list) for (const r of list) if (spells(text, i, r.word)) return r;
  return undefined;
}

/** Core bits of the rules whose core word begins the ASCII letters text[i, j). */
function prefixCores(text: string, i: number, j: number): number {
  let mask = 0;
  for (const r of PREFIX_CORES) if (j - i >= r.word.length && spells(text, i, r.word)) mask |= r.core;
  return mask;
}

// Character classes of ASCII code units.
const OTHER = 0, LETTER = 1, DIGIT = 2, UNDERSCORE = 3;
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? DIGIT : c === 95 ? UNDERSCORE : OTHER;
}

/** End of the ASCII letters from i. */
function letterRunEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || CLASS[c] !== LETTER) break;
  }
  return i;
}

/** End of the [A-Za-z0-9_] run from i. */
function wordRunEnd(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || CLASS[c] === OTHER) break;
  }
  return i;
}

// Scratch space reused across calls (recognize is synchronous): per word (a maximal
// [A-Za-z0-9_] run), the core bits it carries; per possible start, its offset, the rules it may
// start and the index of the first word of the window to look for a core word in.
let wordCore = new Int32Array(1024);
let startPos = new Int32Array(1024);
let startMask = new Int32Array(1024);
let startWord = new Int32Array(1024);
const positions: number[][] = RULES.map(() => []);

function grow(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

let words = 0;
let starts = 0;

function addStart(p: number, mask: number, word: number): void {
  if (starts === startPos.length) {
    startPos = grow(startPos, starts + 1);
    startMask = grow(startMask, starts + 1);
    startWord = grow(startWord, starts + 1);
  }
  startPos[starts] = p;
  startMask[starts] = mask;
  startWord[starts] = word;
  starts++;
}

/** The text whose start positions `positions` holds (the scan of the last text is kept). */
let scannedText: string | undefined;

/** For each rule, the offsets where a match of it may start, ascending. */
function startPositions(text: string): number[][] {
  if (text === scannedText) return positions;
  scannedText = undefined;
  starts = 0;
  const n = text.length;
  // (locals in the loop: module variables are slower to read and write)
  // at most one word per two code units, and one more
  const core = (wordCore = grow(wordCore, (n >> 1) + 1));
  let w = 0; // words so far; a start begins word w (an apostrophe precedes it)
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? CLASS[c]! : OTHER;
    if (cls === OTHER) {
      if ((c === 0x27 || c === 0x2019) && APOSTROPHE_START !== 0) addStart(i, APOSTROPHE_START, w);
      i++;
      continue;
    }
    // a word start (the previous code unit is not [A-Za-z0-9_])
    let bits = 0;
    if (cls === DIGIT) {
      addStart(i, DIGIT_START, w);
      bits = DIGIT_CORE;
    } else if (cls === LETTER) {
      const j = letterRunEnd(text, i + 1);
      const r = roleOf(text, i, j);
      if (r) {
        if (r.start !== 0) addStart(i, r.start, w);
        bits = r.core;
      }
      if (j - i >= MIN_PREFIX_CORE) bits |= prefixCores(text, i, j);
      i = j;
    }
    core[w++] = bits;
    i = wordRunEnd(text, i);
  }
  words = w;
  for (const p of positions) p.length = 0;
  for (let s = 0; s < starts; s++) {
    const mask = startMask[s]! & (NO_CORE | coresWithinReach(startWord[s]!));
    if (mask !== 0) addPosition(mask, startPos[s]!);
  }
  scannedText = text;
  return positions;
}

/** The rules whose core word is within their reach of word w. */
function coresWithinReach(w: number): number {
  let mask = 0;
  for (let d = 0; d <= MAX_REACH && w + d < words; d++) mask |= wordCore[w + d]! & REACH[d]!;
  return mask;
}

function addPosition(mask: number, p: number): void {
  while (mask !== 0) {
    const low = mask & -mask;
    positions[31 - Math.clz32(low)]!.push(p);
    mask ^= low;
  }
}

/** All candidate expressions of the text, possibly overlapping. */
export function recognize(text: string): Candidate[] {
  const positions = startPositions(text);
  const out: Candidate[] = [];
  RULES.forEach((rule, r) => {
    const re = STICKY[r]!;
    let lastIndex = 0;
    for (const p of positions[r]!) {
      if (p < lastIndex) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      if (m[0].length === 0) { lastIndex = p + 1; continue; }
      const start = m.index;
      const end = start + m[0].length;
      const spec = rule.build((m.groups ?? {}) as Groups, text, start, end);
      if (spec) out.push({ start, end, spec, rule: rule.name, priority: rule.priority });
      // allow overlapping matches of the same rule starting later (e.g. a weekday inside a failed date)
      lastIndex = spec ? end : start + 1;
    }
  });
  return out;
}
