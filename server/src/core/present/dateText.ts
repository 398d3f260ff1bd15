// Writes an ISO date the way a date expression in the text is written, for the code action
// that aligns a mention with another date: each part the expression has (weekday, month, day,
// ordinal, year) is replaced in its own spelling and case, and everything between the parts
// (commas, "of", spaces) is kept: "Tuesday, November 10th, 2020" -> "Monday, November 9th, 2020",
// "NOVEMBER 10, 2020" -> "NOVEMBER 9, 2020", "10 Nov. 2020" -> "9 Nov. 2020".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const WEEKDAY = /\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b\.?/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?/i;
const DAY = /\b(\d{1,2})(st|nd|rd|th)?\b(?!\s*[:.]\d)/i;
const YEAR = /\b\d{4}\b/;

/** The case of the original word, applied to another: NOVEMBER, november, November. */
function inCaseOf(original: string, word: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return word.toUpperCase();
  if (letters === letters.toLowerCase()) return word.toLowerCase();
  return word;
}

/** AP style abbreviations, for a text that abbreviates with a period ("Nov. 9"). */
const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A month or weekday named as the original names its own: in full, AP-abbreviated ("Sept."), or in three letters ("Sep"). */
function spelledLike(original: string, names: readonly string[], index: number, abbreviated: readonly string[]): string {
  const bare = original.replace(/\.$/, '').toLowerCase();
  const full = names.some((n) => n.toLowerCase() === bare);
  const word = full ? names[index]! : original.endsWith('.') ? abbreviated[index]! : names[index]!.slice(0, 3);
  return inCaseOf(original, word);
}

function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

/** The text rewritten to name `isoDay`, or undefined when its form is not one to rewrite safely (11/10/2020). */
export function rewriteDate(original: string, isoDay: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(original)) return isoDay;
  if (/\d[/.-]\d/.test(original)) return undefined;
  const year = m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const weekday = new Date(`${isoDay}T00:00:00Z`).getUTCDay();
  let out = original;
  const replaceOnce = (re: RegExp, make: (match: RegExpExecArray) => string): boolean => {
    const found = re.exec(out);
    if (!found) return false;
    out = out.slice(0, found.index) + make(found) + out.slice(found.index + found[0].length);
    return true;
  };
  // The month first, so that "May" is not mistaken for anything else and digits stay for the day.
  if (!replaceOnce(MONTH, (f) => spelledLike(f[0], MONTHS, month - 1, MONTHS_AP))) return undefined;
  replaceOnce(WEEKDAY, (f) => spelledLike(f[0], WEEKDAYS, weekday, WEEKDAYS.map((w) => `${w.slice(0, 3)}.`)));
  // The day: the first number of one or two digits that is not the year.
  if (!replaceOnce(DAY, (f) => `${day}${f[2] ? inCaseOf(f[2], ordinal(day)) : ''}`)) return undefined;
  replaceOnce(YEAR, () => year);
  return out;
}
