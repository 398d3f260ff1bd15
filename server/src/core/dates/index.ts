// Dateline date recognizer/normalizer — pure TypeScript, no I/O, no editor/LSP imports.
//
//   findDates(text, { anchor?: 'YYYY-MM-DD' }): DateMention[]
//     Every date expression of the text (TimeML DATE sense: calendar dates, months, years,
//     decades, centuries, seasons, quarters, halves, weeks, weekdays, today/yesterday/...,
//     "last year", "three weeks ago", "now"/"recently"/"the future" as PRESENT_REF/PAST_REF/
//     FUTURE_REF), with offsets, ISO/TimeML value at the granularity the text supports, an
//     optional mod (early/mid/late), and how it was resolved. Durations ("44 days"), times
//     ("18:30") and quantities ("15 to 20 percent", "6,500 deaths") are not dates and are not
//     returned. Without an anchor, relative expressions get value null; year-less ones also a
//     TimeML-style `partial` ('XXXX-11-09', 'XXXX-11', 'XXXX-WXX-2').
//
//   findArticleDate(text, { maxYear? }): ArticleDate
//     The article's own date from a dateline near the top, or unknown (never guessed).
//     See articleDate.ts for the weekday-inference window.

export type { DateMention, ArticleDate, FindDatesOptions, Granularity, DateMod } from './types.ts';
export { findDates } from './findDates.ts';
export { inferArticleDate, type InferredArticleDate } from './inferArticleDate.ts';
export { findReleaseRange, type ReleaseRange } from './releaseLine.ts';
export { findDatesWithin } from './findDatesWithin.ts';
export { datelineDay, itemDatelinesDay, type DatelineDay } from './inferredDay.ts';
export { findArticleDate, findDateline, type ArticleDateOptions, type Dateline } from './articleDate.ts';
