// Dates an article and every date expression in it, in this order of evidence:
//   0. the `published` field of the article's sidecar metadata (name.meta.yaml);
//   1. a dateline near the top (dates/articleDate.ts), with weekday inference for year-less ones;
//   2. no dateline: the lead's weekday-with-date ("on Tuesday, November 16"), whose weekday fixes
//      the year within five years after the latest year the article refers to (its explicit
//      years and the years of the events it dates); said so in the explanation;
//   3. the date the caller supplies (the CLI's --published);
//   4. otherwise unknown: relative dates stay unresolved, never guessed.
// Event links are made after the anchor is known, so year-less event dates take the event's year.

import type { Sentence, Token } from '../text/tokenize.ts';
import { findArticleDate, findDates, type ArticleDate, type DateMention } from '../dates/index.ts';
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
  const attach = (dates: DateMention[]) => attachDates(text, tokens, sents, dates, phrases, kb);
  let articleDate: ArticleDate = metadata?.published
    ? { value: metadata.published, source: 'metadata', explanation: `given in ${metadata.path}` }
    : findArticleDate(text);
  if (articleDate.value === null) {
    const unanchored = attach(findDates(text));
    articleDate = leadDate(unanchored, kb) ?? articleDate;
    if (articleDate.value === null && fallbackPublished) {
      articleDate = { value: fallbackPublished, source: 'command-line', explanation: `given on the command line (--published ${fallbackPublished})` };
    }
    if (articleDate.value === null) return { articleDate, dates: unanchored };
  }
  return { articleDate, dates: attach(findDates(text, { anchor: articleDate.value! })) };
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
