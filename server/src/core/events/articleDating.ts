// Dates an article and every date expression in it, in this order of evidence:
//   0. the `published` field of the article's sidecar metadata (name.meta.yaml), unless the
//      article's own dateline gives a date a day away: wire copy is filed across time
//      zones, and the dateline is the writer's date for "today", "yesterday" and weekdays. Then
//      the dateline's date is the article date and the sidecar's is kept beside it (a year-less
//      dateline, "WASHINGTON, March 3 (Xinhua) --", takes the sidecar's year);
//   1. a dateline near the top (dates/articleDate.ts), with weekday inference for year-less ones;
//   1b. a release line ("FOR RELEASE SUNDAY, AUG. 15", dates/releaseLine.ts): the day the copy is
//      for, written up to three days before; not a date but a range, and the dates that read the
//      same against each day of it are resolved (dates/findDatesWithin.ts). Unless --published
//      is given. On a year the article does not confirm, no range and no guess by step 2 (on
//      duc2006 that guess gave 1993 for columns of 1999);
//   2. no dateline: the lead's weekday-with-date ("on Tuesday, November 16"), whose weekday fixes
//      the year within five years after the latest year the article refers to (its explicit
//      years and the years of the events it dates); said so in the explanation;
//   3. the date the caller supplies (the CLI's --published);
//   4. otherwise unknown: relative dates stay unresolved, never guessed; what can be said is
//      kept beside it: the one day the datelines of its items give (a budget, a photo package),
//      or a year-less dateline falling within half a year of the days with a year
//      the article reports (after those it reports as past, before those to come) is the day it
//      is taken to be of, against which its dates are read, marked inferred (dates/inferredDay.ts);
//      or a bound: the article is no older than the latest day it reports in the past tense
//      (dates/inferArticleDate.ts).
// Event links are made after the anchor is known, so year-less event dates take the event's year.

import type { Sentence, Token } from '../text/tokenize.ts';
import { datelineDay, itemDatelinesDay, findArticleDate, findDateline, findDates, findDatesWithin, findReleaseRange, inferArticleDate, type ArticleDate, type DateMention } from '../dates/index.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import { attachDates } from './attachDates.ts';
import type { EventPhrase } from './eventPhrases.ts';
import type { DatedMention } from './datedMention.ts';
import type { ArticleMetadata } from '../knowledge/articleMetadata.ts';

export interface ArticleDating {
  articleDate: ArticleDate;
  dates: DatedMention[];
}

const LEAD_CHARS = 1200;
const WINDOW_YEARS = 5;
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function dateArticle(
  text: string,
  tokens: readonly Token[],
  sents: readonly Sentence[],
  phrases: readonly EventPhrase[],
  kb: KnowledgeBase,
  fallbackPublished?: string,
  metadata?: ArticleMetadata,
): ArticleDating {
  // A habit ("every Sunday") dates no event: sets are left out of the linking.
  const attach = (dates: DateMention[]): DatedMention[] => {
    if (!dates.some((d) => d.set)) return attachDates(text, tokens, sents, dates, phrases, kb);
    const linked = attachDates(text, tokens, sents, dates.filter((d) => !d.set), phrases, kb);
    let i = 0;
    return dates.map((d) => (d.set ? { ...d } : linked[i++]!));
  };
  let articleDate: ArticleDate = metadata?.published ? sidecarOrDateline(text, metadata, metadata.published) : findArticleDate(text);
  if (articleDate.value === null) {
    const unanchored = attach(findDates(text));
    // a release line is the day the copy is for, not the day it was written: a range, not a date
    const release = fallbackPublished ? undefined : findReleaseRange(text, unanchored);
    if (release?.range) {
      const { from, to, reason } = release.range;
      articleDate = {
        ...articleDate, start: release.mention.start, end: release.mention.end,
        explanation: `${articleDate.explanation}; it was written between ${from} and ${to} (${reason}), and the dates that read the same on each of those days are resolved`,
        inferred: { from, to, reason },
      };
      return { articleDate, dates: attach(findDatesWithin(text, from, to, `"${release.mention.text}"`)) };
    }
    if (release) {
      // the lead's weekday-with-date is the release day, not the news: no year from a window of guesses
      articleDate = { ...articleDate, explanation: `${articleDate.explanation}; the release line "${release.mention.text}" gives the day it is for, in a year it does not confirm` };
      return { articleDate, dates: unanchored };
    }
    articleDate = leadDate(unanchored, kb) ?? articleDate;
    if (articleDate.value === null && fallbackPublished) {
      articleDate = { value: fallbackPublished, source: 'command-line', explanation: `given on the command line (--published ${fallbackPublished})` };
    }
    if (articleDate.value === null) {
      // the day its items' datelines give, or a year-less dateline whose year the days the
      // article reports give: the day it is taken to be of, inferred and never its date; every
      // relative date is read against it, and says so
      const pinned = itemDatelinesDay(text, unanchored) ?? datelineDay(text, unanchored);
      if (pinned) {
        articleDate = { ...articleDate, explanation: `${articleDate.explanation}; ${pinned.reason}`, inferred: { from: pinned.day, to: pinned.day, reason: pinned.reason } };
        return { articleDate, dates: attach(findDatesWithin(text, pinned.day, pinned.day, 'the day its own text gives')) };
      }
      // unknown: what the article's own dates say of it, a bound and never its date
      const inferred = inferArticleDate(text, unanchored);
      if (inferred) articleDate = { ...articleDate, explanation: `${articleDate.explanation}; it is no older than ${inferred.from} (${inferred.reason})`, inferred };
      return { articleDate, dates: unanchored };
    }
  }
  return { articleDate, dates: attach(findDates(text, { anchor: articleDate.value! })) };
}

/**
 * How far a dateline may be from the sidecar and still be the writer's date. On the 1,249 wire
 * articles we develop on, 135 datelines are a day off their sidecar and all read right; the one
 * two days off is a typo ("SYDNEY, September 28" over "officials said Saturday", the 30th).
 */
const DATELINE_TOLERANCE_DAYS = 1;

const dayNumber = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / 86400000);

/** The sidecar's date, or the dateline's when it gives a date a day or two away. */
function sidecarOrDateline(text: string, metadata: ArticleMetadata, published: string): ArticleDate {
  const given: ArticleDate = { value: published, source: 'metadata', explanation: `given in ${metadata.path}` };
  const dateline = findDateline(text);
  if (!dateline) return given;
  const d = dateline.mention;
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
  const p = dayNumber(py, pm, pd);
  let value: string | undefined;
  let yearNote = '';
  if (d.value && d.explicitYear) value = d.value;
  else {
    // a year-less dateline: the year of the sidecar, or of a neighbour across New Year
    const [, mm, dd] = d.partial!.split('-').map(Number) as [number, number, number];
    const y = [py, py - 1, py + 1].find((y) => Math.abs(dayNumber(y, mm, dd) - p) <= DATELINE_TOLERANCE_DAYS && new Date(Date.UTC(y, mm - 1, dd)).getUTCDate() === dd);
    if (y === undefined) return given;
    value = `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
    yearNote = `, its year from ${metadata.path}`;
  }
  const [vy, vm, vd] = value.split('-').map(Number) as [number, number, number];
  const diff = p - dayNumber(vy, vm, vd);
  if (diff === 0 || Math.abs(diff) > DATELINE_TOLERANCE_DAYS) return given;
  const days = Math.abs(diff) === 1 ? 'a day' : `${Math.abs(diff)} days`;
  return {
    value, source: 'dateline', start: d.start, end: d.end,
    explanation: `dateline "${d.text}" on line ${dateline.line}${yearNote}; ${metadata.path} gives ${published}, ${days} ${diff > 0 ? 'later' : 'earlier'}: the dateline is the writer's own date, against which "today", "yesterday" and weekdays are read`,
    sidecar: { value: published, path: metadata.path, start: metadata.publishedStart ?? 0, end: metadata.publishedEnd ?? 0 },
  };
}

function leadDate(dates: readonly DatedMention[], kb: KnowledgeBase): ArticleDate | undefined {
  const years: number[] = [];
  for (const d of dates) {
    if (d.explicitYear && d.value && /^\d{4}/.test(d.value)) years.push(+d.value.slice(0, 4));
    const eventDate = d.event ? kb.cards.get(d.event)?.date : undefined;
    if (eventDate) years.push(+eventDate.slice(0, 4));
  }
  if (years.length === 0) return undefined;
  const latest = Math.max(...years);
  const lead = dates.find((d) => d.start < LEAD_CHARS && d.weekday !== undefined && /^XXXX-\d{2}-\d{2}$/.test(d.partial ?? ''));
  if (!lead) return undefined;
  const [, mm, dd] = /^XXXX-(\d{2})-(\d{2})$/.exec(lead.partial!)!;
  const fits: number[] = [];
  for (let y = latest; y < latest + WINDOW_YEARS; y++) {
    const wd = new Date(Date.UTC(y, +mm! - 1, +dd!)).getUTCDay() || 7;
    if (wd === lead.weekday && new Date(Date.UTC(y, +mm! - 1, +dd!)).getUTCDate() === +dd!) fits.push(y);
  }
  if (fits.length !== 1) return undefined;
  const year = fits[0]!;
  return {
    value: `${year}-${mm}-${dd}`,
    source: 'weekday-inference',
    start: lead.start,
    end: lead.end,
    explanation:
      `no dateline; the lead dates the news "${lead.text}", and ${year} is the only year from ${latest} ` +
      `(the latest year the article refers to) to ${latest + WINDOW_YEARS - 1} in which ${MONTHS[+mm!]} ${+dd!} is a ${WEEKDAYS[lead.weekday!]}`,
  };
}
