// Writes an ISO date the way a date expression in the text is written, for the code action
// that aligns a mention with another date: "November 10, 2020" -> "November 9, 2020",
// "10 November" -> "9 November".

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function rewriteDate(original: string, isoDay: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return undefined;
  const [year, month, day] = [m[1]!, MONTHS[+m[2]! - 1]!, String(+m[3]!)];
  const monthWord = /\p{L}+\.?/u.exec(original.replace(/^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*/i, ''))?.[0] ?? month;
  const abbreviated = !MONTHS.some((full) => full.toLowerCase() === monthWord.toLowerCase());
  const monthText = abbreviated ? `${month.slice(0, 3)}.` : month;
  if (/^\d{4}-\d{2}-\d{2}$/.test(original)) return isoDay;
  const hasYear = /\b\d{4}\b/.test(original);
  const yearSep = /\d,\s*\d{4}/.test(original) ? ', ' : ' ';
  const weekday = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s*/i.exec(original);
  if (weekday) return undefined; // changing the day would make the weekday wrong: leave it to the user
  if (/^\d/.test(original)) return `${day} ${monthText}${hasYear ? ` ${year}` : ''}`;
  return `${monthText} ${day}${hasYear ? `${yearSep}${year}` : ''}`;
}
