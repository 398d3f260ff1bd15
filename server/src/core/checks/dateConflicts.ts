// date-conflict: the same event dated differently by different sources. Mentions are compared at
// the coarser granularity of the two ("November 2020" agrees with "November 9, 2020"). The
// reference date is the one most articles give, the event's card counting as one more source
// and breaking ties; the warning sits on every mention that disagrees, names the event, the
// dates and how many sources give each, adds the card's note when there is one, and points at
// every other dated mention. Dates recorded on the card as known discrepancies do not warn.
// What the warnings of one event share is its summary; an article's warnings follow from the
// summary and that article's own mentions, which lets the index rebuild only what an edit touched.

import type { Card } from '../knowledge/card.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { Finding, RelatedLocation } from './finding.ts';
import type { CorpusCheck } from './check.ts';
import { MAX_RELATED, rankVotes } from './votes.ts';
import type { Fix, FixContext } from './fix.ts';
import { rewriteDate } from '../present/dateText.ts';
import { addKnownDiscrepancy } from '../knowledge/editCard.ts';

export interface EventDateMention {
  path: string;
  date: DatedMention;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

export { MAX_RELATED } from './votes.ts';

/**
 * The mentions a warning points at, by their places in the list, in order of interest: every
 * distinct date first, then every article, then the rest; at most MAX_RELATED + 1 (one may be the
 * warned mention itself). Chosen once per event, so that a large archive neither attaches
 * thousands of locations to each warning nor spends time choosing them per warning.
 * `firstOfEachDate`: the place of the first mention of each date, in the list's order (the caller
 * found them in its own pass over the list). The choice reads only the list's paths and values.
 */
function representatives(list: readonly EventDateMention[], firstOfEachDate: Iterable<number>): number[] {
  if (list.length <= MAX_RELATED + 1) return list.map((_, i) => i);
  const picked = new Set<number>();
  for (const i of firstOfEachDate) {
    if (picked.size > MAX_RELATED) break;
    picked.add(i);
  }
  const seen = new Set<string>();
  for (let i = 0; i < list.length && picked.size <= MAX_RELATED; i++) {
    const { path } = list[i]!;
    if (seen.has(path)) continue;
    seen.add(path);
    picked.add(i);
  }
  for (let i = 0; i < list.length && picked.size <= MAX_RELATED; i++) picked.add(i);
  return [...picked];
}

/** The place of each of the list's mentions at `places` among its article's in the list (an article's mentions are together, in path order). */
function placesInArticle(list: readonly EventDateMention[], places: readonly number[]): number[] {
  return places.map((i) => {
    let first = i;
    while (first > 0 && list[first - 1]!.path === list[i]!.path) first--;
    return i - first;
  });
}

/** Whether a value is a day, a month or a year (by its length first: one pattern tried, not three). */
function isComparable(v: string): boolean {
  return v.length === 10 ? DAY.test(v) : v.length === 7 ? MONTH.test(v) : v.length === 4 && YEAR.test(v);
}

/** Can this mention take part in the comparison (a resolved day, month or year)? */
function comparableMention(m: EventDateMention): boolean {
  const v = m.date.value;
  return !!m.date.event && !!v && isComparable(v);
}

/**
 * What every warning about one event shares: the votes, the reference date, the card and the
 * mentions shown as related. An article's warnings follow from this and its own mentions alone,
 * so an index can recompute it per edit and build each article's warnings only when asked.
 */
export interface EventDateSummary {
  event: string;
  name: string;
  card?: Card;
  reference: string;
  /** Dates with the articles (and '\0card') giving them, the reference first. */
  ranked: Array<[string, Set<string>]>;
  known: Set<string>;
  shown: EventDateMention[];
  /** Each shown mention's place among its article's comparable mentions of the event (update reads it). */
  shownAt: number[];
  /** Equal for two summaries exactly when they give the same warnings for the same mentions. */
  signature: string;
}

/** The summary of one event's dated mentions (all of them, in path order), or undefined when none is a precise day. */
export function summarizeEventDates(event: string, mentions: readonly EventDateMention[], card: Card | undefined): EventDateSummary | undefined {
  // One pass: the comparable mentions, the first of each date, and the votes (one per article
  // for each day-precise date it gives; the card is one more voter). A hub event has thousands.
  const list: EventDateMention[] = [];
  const firstOfEachDate = new Map<string, number>();
  const votes = new Map<string, Set<string>>();
  for (const m of mentions) {
    const v = m.date.value;
    if (!m.date.event || !v) continue;
    const day = v.length === 10 && DAY.test(v);
    if (!day && !isComparable(v)) continue;
    if (!firstOfEachDate.has(v)) firstOfEachDate.set(v, list.length);
    list.push(m);
    if (day) {
      const who = votes.get(v);
      if (who) who.add(m.path);
      else votes.set(v, new Set([m.path]));
    }
  }
  if (card?.date && DAY.test(card.date)) votes.set(card.date, (votes.get(card.date) ?? new Set()).add('\0card'));
  if (votes.size === 0) return undefined;
  const ranked = rankVotes(votes, card?.date);
  const known = new Set(card?.knownDiscrepancies ?? []);
  const places = representatives(list, firstOfEachDate.values());
  const shown = places.map((i) => list[i]!);
  const name = card?.name ?? event;
  return { event, name, card, reference: ranked[0]![0], ranked, known, shown, shownAt: placesInArticle(list, places), signature: signatureOf(name, card, known, ranked, shown) };
}

function signatureOf(name: string, card: Card | undefined, known: Set<string>, ranked: Array<[string, Set<string>]>, shown: readonly EventDateMention[]): string {
  return [
    name,
    card ? `${card.path}:${card.nameStart}:${card.nameEnd}:${card.date ?? ''}:${card.note ?? ''}` : '',
    [...known].join(','),
    ranked.map(([v, who]) => `${v}=${who.size}${who.has('\0card') ? '+card' : ''}`).join(','),
    ...shown.map((o) => `${o.path}:${o.date.start}:${o.date.end}:${o.date.value}:${o.date.text}`),
  ].join('\n');
}

/** An article's mentions of an event as the votes and the choice of mentions to show read them: their values and words, in order. */
function wordingOf(list: readonly EventDateMention[]): string {
  return list.map(({ date: d }) => `${d.value}\u0000${d.text}`).join('\n');
}

/** Does this mention get a warning under the summary? */
export function disagrees(summary: EventDateSummary, m: EventDateMention): boolean {
  if (!comparableMention(m)) return false;
  // At the coarser granularity of the two: the shorter value is not the start of the longer.
  const v = m.date.value!;
  const ref = summary.reference;
  const agree = v.length <= ref.length ? ref.startsWith(v) : v.startsWith(ref);
  return !agree && !summary.known.has(v);
}

/** The warnings on the given mentions of the summarized event (those that disagree), in their order. */
export function conflictsOf(summary: EventDateSummary, mentions: readonly EventDateMention[]): Finding[] {
  const { name, card, ranked } = summary;
  // Counted once per date, and each date's account of the others once: an event many articles
  // date many ways would otherwise cost the dates squared per warning.
  const sources = new Map(ranked.map(([v, who]) => [v, who.has('\0card') ? who.size - 1 : who.size]));
  const sourceCount = (value: string) => sources.get(value) ?? 0;
  const described = ranked.map(([v, who]) => {
    const n = sourceCount(v);
    const givers = [n > 0 ? `${n} ${n === 1 ? 'source' : 'sources'}` : '', who.has('\0card') ? "the event's card" : ''].filter(Boolean).join(' and ');
    return [v, `${givers} ${n + (who.has('\0card') ? 1 : 0) === 1 ? 'gives' : 'give'} ${v}`] as const;
  });
  const othersOf = new Map<string, string>();
  const findings: Finding[] = [];
  for (const m of mentions) {
    if (!disagrees(summary, m)) continue;
    let others = othersOf.get(m.date.value!);
    if (others === undefined) othersOf.set(m.date.value!, (others = described.filter(([v]) => v !== m.date.value).map(([, said]) => said).join('; ')));
    const mine = sourceCount(m.date.value!) || 1;
    let message = `Date conflict for ${name}: "${m.date.text}" gives ${m.date.value} (${mine} ${mine === 1 ? 'source' : 'sources'}), but ${others}.`;
    if (card?.note) message += ` Note: ${card.note}`;
    const related: RelatedLocation[] = summary.shown
      .filter((o) => !sameMention(o, m))
      .slice(0, MAX_RELATED)
      .map((o) => ({ path: o.path, start: o.date.start, end: o.date.end, message: `${name}: dated ${o.date.value} here ("${o.date.text}")` }));
    if (card) related.push({ path: card.path, start: card.nameStart, end: card.nameEnd, message: `the card of ${name}${card.date ? `, dated ${card.date}` : ''}` });
    findings.push({
      path: m.path,
      start: m.date.start,
      end: m.date.end,
      severity: 'warning',
      code: 'date-conflict',
      message,
      related,
      data: { kind: 'date-conflict', event: summary.event, reference: summary.reference, cardDate: card?.date },
    });
  }
  return findings;
}

/** The same mention: an index may hold a summary made from an earlier analysis of the same text. */
function sameMention(a: EventDateMention, b: EventDateMention): boolean {
  return a.path === b.path && a.date.start === b.date.start && a.date.end === b.date.end;
}

/** Every warning of a set of dated mentions, all at once (the reference the index must agree with). */
export function findDateConflicts(mentions: readonly EventDateMention[], cards: ReadonlyMap<string, Card>): Finding[] {
  const byEvent = new Map<string, EventDateMention[]>();
  for (const m of mentions) {
    if (!comparableMention(m)) continue;
    const list = byEvent.get(m.date.event!);
    if (list) list.push(m);
    else byEvent.set(m.date.event!, [m]);
  }
  const findings: Finding[] = [];
  for (const [event, list] of byEvent) {
    const summary = summarizeEventDates(event, list, cards.get(event));
    if (summary) findings.push(...conflictsOf(summary, list));
  }
  return findings;
}

/** The articles with a mention the summary warns about. */
function warnedPaths(summary: EventDateSummary, mentions: readonly EventDateMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (!out.has(m.path) && disagrees(summary, m)) out.add(m.path);
  return out;
}

/** Each event's dated mentions across the corpus, keyed by the event's id. */
export const dateConflictCheck: CorpusCheck<EventDateMention, EventDateSummary> = {
  codes: ['date-conflict'],
  *collect({ path, dates }) {
    for (const date of dates) if (date.event) yield [date.event, { path, date }];
  },
  summarize: (event, mentions, ctx) => summarizeEventDates(event, mentions, ctx.cards.get(event)),
  signature: (summary) => summary.signature,
  reported: warnedPaths,
  findings: (summary, mine) => conflictsOf(summary, mine),
  /**
   * The article gives the event the same dates with the same words, in the same order, and the
   * mentions of it that warnings elsewhere point at have not moved (only positions no other
   * article shows moved).
   */
  unchanged(before, after, path, summary) {
    const shown = summary?.shown.filter((o) => o.path === path) ?? [];
    if (!shown.every((o) => after.some(({ date: d }) => d.start === o.date.start && d.end === o.date.end && d.value === o.date.value && d.text === o.date.text))) return false;
    return wordingOf(before) === wordingOf(after);
  },
  /**
   * The article gives the event the same dates with the same words, in the same order, some of
   * them elsewhere in its text: the votes, the reference and which mentions are shown stay; the
   * shown ones of this article are its new mentions at the same places.
   */
  update(summary, path, before, after) {
    if (before.length === 0 || wordingOf(before) !== wordingOf(after)) return undefined;
    const mine = after.filter(comparableMention);
    const shown = summary.shown.map((o, i) => (o.path === path ? mine[summary.shownAt[i]!]! : o));
    return { ...summary, shown, signature: signatureOf(summary.name, summary.card, summary.known, summary.ranked, shown) };
  },
  fixes: conflictFixes,
};

/** Align the mention with the date most sources give or with the card's; or record it on the card as known. */
function conflictFixes(finding: Finding, ctx: FixContext): Fix[] {
  const data = finding.data;
  const date = ctx.dateAt(finding.path, finding.start);
  if (data?.kind !== 'date-conflict' || !date?.value) return [];
  const fixes: Fix[] = [];
  const targets: Array<[string, string]> = [[data.reference, 'the date most sources give']];
  if (data.cardDate && data.cardDate !== data.reference) targets.push([data.cardDate, "the event card's date"]);
  for (const [value, why] of targets) {
    const newText = rewriteDate(date.text, value);
    if (!newText || newText === date.text) continue;
    fixes.push({ title: `Change to "${newText}" (${why})`, edits: [{ path: finding.path, start: date.start, end: date.end, newText }] });
  }
  const card = ctx.card(data.event);
  const cardText = card ? ctx.cardText(card.path) : undefined;
  const edit = card && cardText !== undefined ? addKnownDiscrepancy(cardText, date.value) : undefined;
  if (card && edit) fixes.push({ title: `Record ${date.value} as a known discrepancy on the card of ${card.name}`, edits: [{ path: card.path, ...edit }] });
  return fixes;
}
