// Word lists shared by the date patterns: months, weekdays, seasons, ordinals, number words.

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: -1, few: -1,
  'a few': -1, some: -1,
};

export const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

// Regex sources (used with the 'i' flag; capitalization is checked after matching).
export const MONTH_FULL_RE =
  'January|February|March|April|May|June|July|August|September|October|November|December';
export const MONTH_ABBR_RE = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A month name, full or abbreviated (abbreviation optionally with a dot). */
export const MONTH_RE = `(?:(?:${MONTH_FULL_RE})(?![a-z])|(?:${MONTH_ABBR_RE})(?:\\.|(?![a-z])))`;
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])';
/**
 * Day of month 1..31 with optional ordinal suffix, not followed by more digits, ':' times, '%' or
 * a number's decimals or thousands ("7,000"); "February 26,1989" is a day (a four-figure year
 * after the comma is no group of thousands).
 */
export const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d%]|:\\d|\\.\\d|,(?!(?:1[6-9]|20)\\d\\d(?![\\d,.]\\d))\\d)';
/** A four-digit year 1000..2099. */
export const YEAR_RE = '(?:1\\d{3}|20\\d{2})(?![\\d%]|s\\b|,\\d|\\.\\d)';
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)(?![a-z])';
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night)';

// The month and weekday numbers of words as written ("Nov.", "NOVEMBER"), kept: lowercasing is
// slow on the two-byte slices of a text with any non-ASCII character, and the spellings are few.
const monthByWord = new Map<string, number | undefined>();
const weekdayByWord = new Map<string, number | undefined>();

function lookup(cache: Map<string, number | undefined>, word: string, compute: (w: string) => number | undefined): number | undefined {
  if (cache.has(word)) return cache.get(word);
  const n = compute(word);
  if (cache.size > 10000) cache.clear();
  cache.set(word, n);
  return n;
}

const monthOf = (w: string): number | undefined => MONTHS[w.toLowerCase().replace(/\.$/, '')];
const weekdayOf = (w: string): number | undefined => WEEKDAYS[w.toLowerCase()];

export function monthNumber(word: string): number | undefined {
  return lookup(monthByWord, word, monthOf);
}

export function weekdayNumber(word: string): number | undefined {
  return lookup(weekdayByWord, word, weekdayOf);
}

export function dayNumber(word: string): number {
  return parseInt(word, 10);
}
