// What can be said of an article's date when nothing gives it (no sidecar, dateline, lead or
// --published): it is no older than the latest day it reports with a past verb right before. A bound with
// its reason, never the article date: nothing is resolved against it. Years alone are no bound
// (articles name the years of plans and forecasts: "by 2005"), nor are days in the future tense.
// Why no range after it: on duc2006's development stories the four undated articles it bounds
// lie 163 to 1,370 days after it, and most of those with other evidence in their text (a latest
// past day, month or year) lie over a year after it (scripts/dates/undatedEvidence.ts).

import type { DateMention } from './types.ts';
import { tenseOfExpression } from './findDates.ts';

export interface InferredArticleDate {
  /** The article is no older than this day, 'YYYY-MM-DD'. */
  from: string;
  reason: string;
}

/** The bound, from the days with a year the article reports with a past verb right before them. */
export function inferArticleDate(text: string, mentions: readonly DateMention[]): InferredArticleDate | undefined {
  let latest: DateMention | undefined;
  for (const d of mentions) {
    if (!d.explicitYear || d.granularity !== 'day' || !d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    // a past verb right before the day ("dated March 1, 2021", "signed on ..."), not a day
    // inside a noun phrase ("to prepare for Macau's Dec. 20, 1999, handover")
    const tense = tenseOfExpression(text, d.start, d.end);
    if (tense.tense !== 'past' || !tense.governing) continue;
    if (!latest || d.value > latest.value!) latest = d;
  }
  return latest ? { from: latest.value!, reason: `the latest day it reports as past is "${latest.text}"` } : undefined;
}
