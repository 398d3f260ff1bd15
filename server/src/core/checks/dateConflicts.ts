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

export interface EventDateMention {
  path: string;
  date: DatedMention;
}

/** Data a code action needs to fix the mention, kept beside the finding. */
export interface ConflictFix {
  event: string;
  reference: string;
  cardDate?: string;
}

export interface DateConflict extends Finding {
  fix: ConflictFix;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

function comparable(a: string, b: string): [string, string] {
  const n = Math.min(a.length, b.length);
  return [a.slice(0, n), b.slice(0, n)];
}

/** Related locations shown with one warning; beyond this the message's counts tell the rest. */
export const MAX_RELATED = 24;

/**
 * The mentions a warning points at, in order of interest: every distinct date first, then every
 * article, then the rest; at most MAX_RELATED + 1 (one may be the warned mention itself). Chosen
 * once per event, so that a large archive neither attaches thousands of locations to each
 * warning nor spends time choosing them per warning.
 */
function representatives(list: readonly EventDateMention[]): EventDateMention[] {
  if (list.length <= MAX_RELATED + 1) return [...list];
  const picked = new Set<EventDateMention>();
  for (const key of [(o: EventDateMention) => o.date.value ?? '', (o: EventDateMention) => o.path]) {
    const seen = new Set<string>();
    for (const o of list) {
      if (picked.size > MAX_RELATED) break;
      const k = key(o);
      if (seen.has(k)) continue;
      seen.add(k);
      picked.add(o);
    }
  }
  for (const o of list) {
    if (picked.size > MAX_RELATED) break;
    picked.add(o);
  }
  return [...picked];
}

/** Can this mention take part in the comparison (a resolved day, month or year)? */
function comparableMention(m: EventDateMention): boolean {
  const v = m.date.value;
  return !!m.date.event && !!v && (DAY.test(v) || MONTH.test(v) || YEAR.test(v));
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
  /** Equal for two summaries exactly when they give the same warnings for the same mentions. */
  signature: string;
}

/** The summary of one event's dated mentions (all of them, in path order), or undefined when none is a precise day. */
export function summarizeEventDates(event: string, mentions: readonly EventDateMention[], card: Card | undefined): EventDateSummary | undefined {
  const list = mentions.filter(comparableMention);
  // Votes: one per article for each day-precise date it gives; the card is one more voter.
  const votes = new Map<string, Set<string>>();
  for (const m of list) if (DAY.test(m.date.value!)) votes.set(m.date.value!, (votes.get(m.date.value!) ?? new Set()).add(m.path));
  if (card?.date && DAY.test(card.date)) votes.set(card.date, (votes.get(card.date) ?? new Set()).add('\0card'));
  if (votes.size === 0) return undefined;
  const ranked = [...votes.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] === card?.date ? -1 : b[0] === card?.date ? 1 : a[0] < b[0] ? -1 : 1));
  const known = new Set(card?.knownDiscrepancies ?? []);
  const shown = representatives(list);
  const name = card?.name ?? event;
  const signature = [
    name,
    card ? `${card.path}:${card.nameStart}:${card.nameEnd}:${card.date ?? ''}:${card.note ?? ''}` : '',
    [...known].join(','),
    ranked.map(([v, who]) => `${v}=${who.size}${who.has('\0card') ? '+card' : ''}`).join(','),
    ...shown.map((o) => `${o.path}:${o.date.start}:${o.date.end}:${o.date.value}:${o.date.text}`),
  ].join('\n');
  return { event, name, card, reference: ranked[0]![0], ranked, known, shown, signature };
}

/** Does this mention get a warning under the summary? */
export function disagrees(summary: EventDateSummary, m: EventDateMention): boolean {
  if (!comparableMention(m)) return false;
  const [a, b] = comparable(m.date.value!, summary.reference);
  return a !== b && !summary.known.has(m.date.value!);
}

/** The warnings on the given mentions of the summarized event (those that disagree), in their order. */
export function conflictsOf(summary: EventDateSummary, mentions: readonly EventDateMention[]): DateConflict[] {
  const { name, card, ranked } = summary;
  const sourceCount = (value: string) => {
    const who = summary.ranked.find(([v]) => v === value)?.[1];
    return who ? (who.has('\0card') ? who.size - 1 : who.size) : 0;
  };
  const findings: DateConflict[] = [];
  for (const m of mentions) {
    if (!disagrees(summary, m)) continue;
    const others = ranked
      .filter(([v]) => v !== m.date.value)
      .map(([v, who]) => {
        const n = sourceCount(v);
        const givers = [n > 0 ? `${n} ${n === 1 ? 'source' : 'sources'}` : '', who.has('\0card') ? "the event's card" : ''].filter(Boolean).join(' and ');
        return `${givers} ${n + (who.has('\0card') ? 1 : 0) === 1 ? 'gives' : 'give'} ${v}`;
      });
    const mine = sourceCount(m.date.value!) || 1;
    let message = `Date conflict for ${name}: "${m.date.text}" gives ${m.date.value} (${mine} ${mine === 1 ? 'source' : 'sources'}), but ${others.join('; ')}.`;
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
      fix: { event: summary.event, reference: summary.reference, cardDate: card?.date },
    });
  }
  return findings;
}

/** The same mention: an index may hold a summary made from an earlier analysis of the same text. */
function sameMention(a: EventDateMention, b: EventDateMention): boolean {
  return a.path === b.path && a.date.start === b.date.start && a.date.end === b.date.end;
}

/** Every warning of a set of dated mentions, all at once (the reference the index must agree with). */
export function findDateConflicts(mentions: readonly EventDateMention[], cards: ReadonlyMap<string, Card>): DateConflict[] {
  const byEvent = new Map<string, EventDateMention[]>();
  for (const m of mentions) {
    if (!comparableMention(m)) continue;
    const list = byEvent.get(m.date.event!);
    if (list) list.push(m);
    else byEvent.set(m.date.event!, [m]);
  }
  const findings: DateConflict[] = [];
  for (const [event, list] of byEvent) {
    const summary = summarizeEventDates(event, list, cards.get(event));
    if (summary) findings.push(...conflictsOf(summary, list));
  }
  return findings;
}
