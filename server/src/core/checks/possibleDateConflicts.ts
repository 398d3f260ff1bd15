// possible-date-conflict: articles date what looks like one event differently, and no card
// describes it. The events are the groups of events/clusters.ts. A disagreement is information,
// never a warning: without a card we cannot be sure the articles speak of one event (the
// ceasefires of October 10 and 17, 2020 were two). Writing an event card turns it into a checked
// event. Precision first, so a date is noted only when
//   - the date most articles give has at least two articles and twice as many as the noted date;
//   - all the group's days lie within a few days (a longer chain may be several events);
//   - the noted article gives the group one day only (an article with two is unclear, and sits out);
//   - the noted date is not counted from the article's day ("tomorrow", "last month"): a wire's
//     filing date can be a day off the paper's, so such a date counts for the day it gives but is
//     not noted. A weekday ("on Sunday") names its day whichever of the two the count starts from.
// The note says how many mentions give each date, which article it is, the likely reason when
// there is one (a day apart: around midnight or another time zone; the article's own date taken
// for the event's), and points at a sample of the other mentions.

import { dayNumber, regroup, type EventCluster, type GroupingState, type UncardedDate } from '../events/clusters.ts';
import { DISCREPANCY_DAYS } from '../events/attachDates.ts';
import type { CorpusCheck } from './check.ts';
import type { Finding, RelatedLocation, UncardedEventData } from './finding.ts';
import { cardKind, draftEventCard } from '../present/eventCardDraft.ts';
import type { Card } from '../knowledge/card.ts';
import { MAX_RELATED, rankVotes } from './votes.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The mentions shown with a note: one of each date first, then one of each article, then the rest. */
function sample(list: readonly UncardedDate[], dayOf: ReadonlyMap<UncardedDate, string>, except: UncardedDate): UncardedDate[] {
  const picked = new Set<UncardedDate>();
  for (const key of [(o: UncardedDate) => dayOf.get(o)!, (o: UncardedDate) => o.path, (o: UncardedDate) => `${o.path}:${o.date.start}`]) {
    const seen = new Set<string>();
    for (const o of list) {
      if (picked.size >= MAX_RELATED) break;
      if (o === except || seen.has(key(o))) continue;
      seen.add(key(o));
      picked.add(o);
    }
  }
  return list.filter((o) => picked.has(o));
}

/** "tomorrow", "last month": neither a weekday nor a day or month the text writes out. */
function countedFromArticleDay(m: UncardedDate): boolean {
  return m.date.relative && m.date.weekday === undefined && !/\d/.test(m.date.text);
}

function likelyReason(m: UncardedDate, day: string, reference: string): string | undefined {
  const reasons: string[] = [];
  if (Math.abs(dayNumber(day) - dayNumber(reference)) === 1) reasons.push('One day apart: the event may have happened around midnight, or the sources count in different time zones.');
  if (m.date.published === day) reasons.push(`${day} is this article's own date: the day of the report may have been taken for the day of the event.`);
  return reasons.length > 0 ? reasons.join(' ') : undefined;
}

/**
 * An event card of the group's kind, dated within a few days of the date most of its articles give
 * and sharing a participant or place with it: the group may be that card's event, its mentions
 * worded so that they were not tied to it. The note then says so instead of "no card".
 */
function nearbyCard(cluster: EventCluster, reference: string, cards: ReadonlyMap<string, Card>): Card | undefined {
  const kinds = new Set([cluster.kind, cluster.noun, cardKind(cluster)]);
  for (const card of cards.values()) {
    if (card.type !== 'event' || !card.kind || !kinds.has(card.kind) || !card.date || !DAY.test(card.date)) continue;
    if (Math.abs(dayNumber(card.date) - dayNumber(reference)) > DISCREPANCY_DAYS) continue;
    if (cluster.participants.some((p) => card.participants.includes(p))) return card;
  }
  return undefined;
}

/** Information findings on the mentions of a group that differ from the date most articles give. */
export function possibleConflicts(cluster: EventCluster, nameOf: (id: string) => string, cards: ReadonlyMap<string, Card> = new Map()): Finding[] {
  const { dayOf, noun } = cluster;
  const days = cluster.members.filter((m) => DAY.test(dayOf.get(m)!));
  // An article that gives the group two days is unclear: it sits out.
  const perArticle = new Map<string, Set<string>>();
  for (const m of days) perArticle.set(m.path, (perArticle.get(m.path) ?? new Set()).add(dayOf.get(m)!));
  const counted = days.filter((m) => perArticle.get(m.path)!.size === 1);
  const votes = new Map<string, Set<string>>();
  for (const m of counted) votes.set(dayOf.get(m)!, (votes.get(dayOf.get(m)!) ?? new Set()).add(m.path));
  if (votes.size < 2) return [];
  const numbers = [...votes.keys()].map(dayNumber);
  if (Math.max(...numbers) - Math.min(...numbers) > DISCREPANCY_DAYS) return [];
  const ranked = rankVotes(votes);
  const [reference, referenceArticles] = ranked[0]!;
  if (referenceArticles.size < 2) return [];
  const mentionsGiving = new Map<string, number>();
  for (const m of counted) mentionsGiving.set(dayOf.get(m)!, (mentionsGiving.get(dayOf.get(m)!) ?? 0) + 1);
  const total = counted.length;
  const articles = new Set(counted.map((m) => m.path)).size;
  const who = cluster.participants.map(nameOf).join(', ');
  const findings: Finding[] = [];
  const card = nearbyCard(cluster, reference, cards);
  const draft = draftEventCard(cluster, nameOf);
  // No card to draft when one may describe it already: a second card would be a duplicate.
  const data: UncardedEventData | undefined = card ? undefined : { kind: 'uncarded-event', cardId: draft.id, cardName: draft.name, cardText: draft.text };
  for (const m of counted) {
    const day = dayOf.get(m)!;
    if (day === reference || countedFromArticleDay(m) || referenceArticles.size < 2 * votes.get(day)!.size) continue;
    const mine = mentionsGiving.get(day)!;
    const rest = ranked.filter(([v]) => v !== day);
    const others =
      rest.length === 1
        ? `the others ${reference}`
        : rest.map(([v]) => `${plural(mentionsGiving.get(v)!, 'mention', 'mentions')} ${v}`).join(', ');
    const shown = m.date.value === day ? `"${m.date.text}"` : `"${m.date.text}" (${day} in the group's year)`;
    let message =
      `Possibly a date conflict: ${mine} of ${total} mentions in ${plural(articles, 'article', 'articles')} ` +
      `date${mine === 1 ? 's' : ''} the ${noun} (${who}) ${day}; ${others}. Here: ${shown}.`;
    const reason = likelyReason(m, day, reference);
    if (reason) message += ` ${reason}`;
    message += card
      ? ` The event card "${card.name}" (${card.date}) may describe it, but these mentions are not tied to it, so their dates are not checked against it.`
      : ' No event card describes it: write one to have the dates checked.';
    const related: RelatedLocation[] = sample(cluster.members, dayOf, m).map((o) => ({
      path: o.path,
      start: o.date.start,
      end: o.date.end,
      message: `${noun} dated ${dayOf.get(o)} here ("${o.date.text}")`,
    }));
    findings.push({ path: m.path, start: m.date.start, end: m.date.end, severity: 'information', code: 'possible-date-conflict', message, related, ...(data ? { data } : {}) });
  }
  return findings;
}

/** The groups of one kind of event and their findings. */
export interface UncardedEventsSummary {
  clusters: EventCluster[];
  /** What the next edit's re-grouping starts from (events/clusters.ts: regroup), shared with the summary it was updated from. */
  grouping: GroupingState;
  findings: Finding[];
  signature: string;
}

/** Dates tied to an event word no card fits, keyed by the word's kind: groups never mix kinds. */
export const possibleDateConflictCheck: CorpusCheck<UncardedDate, UncardedEventsSummary> = {
  codes: ['possible-date-conflict'],
  *collect({ path, dates }) {
    for (const date of dates) if (date.trigger) yield [date.trigger, { path, date }];
  },
  summarize(_kind, items, ctx, previous) {
    // An edit re-groups only the events the edited article's dates touch.
    const { state: grouping, clusters } = regroup(previous?.grouping, items);
    if (clusters.length === 0) return undefined;
    const findings = clusters.flatMap((c) => possibleConflicts(c, ctx.nameOf, ctx.cards));
    // The timeline and the JSON's event ids read the groups too: the signature covers them and every finding.
    const signature = [
      ...clusters.map((c) => `${c.id}|${c.noun}|${c.participants.map(ctx.nameOf).join(',')}|${c.members.map((m) => `${m.path}:${m.date.start}:${m.date.end}:${m.date.value}:${c.dayOf.get(m)}:${m.date.text}`).join('|')}`),
      ...findings.map((f) => `${f.path}:${f.start}:${f.end}:${f.message}|${f.related.map((r) => `${r.path}:${r.start}:${r.end}:${r.message}`).join('|')}|${f.data?.kind === 'uncarded-event' ? f.data.cardText : ''}`),
    ].join('\n');
    return { clusters, grouping, findings, signature };
  },
  signature: (summary) => summary.signature,
  reported: (summary) => new Set(summary.findings.map((f) => f.path)),
  findings: (summary, mine) => summary.findings.filter((f) => f.path === mine[0]?.path),
  /** "Draft an event card": the card the group's mentions give, created beside the other event cards. */
  fixes(finding, ctx) {
    const data = finding.data;
    if (data?.kind !== 'uncarded-event') return [];
    const path = ctx.newCardPath?.(finding.path, 'events', data.cardId);
    return path ? [{ title: `Draft an event card: "${data.cardName}"`, edits: [], creates: [{ path, text: data.cardText }] }] : [];
  },
  /** The article's dates of this kind say the same, and it is in none of the kind's groups. */
  unchanged(before, after, path, summary) {
    const wording = (list: readonly UncardedDate[]) =>
      list.map(({ date: d }) => `${d.value}\u0000${d.text}\u0000${d.eventNoun}\u0000${d.participants?.join(',')}\u0000${d.context?.join(',')}\u0000${d.published}\u0000${d.yearGuessed}\u0000${d.relative}`).join('\n');
    return wording(before) === wording(after) && !(summary?.clusters.some((c) => c.members.some((m) => m.path === path)) ?? false);
  },
};
