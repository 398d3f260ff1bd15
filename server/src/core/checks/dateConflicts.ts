// date-conflict: the same event dated differently by different sources. Mentions are compared at
// the coarser granularity of the two ("November 2020" agrees with "November 9, 2020"). The
// reference date is the one most articles give, the event's card counting as one more source
// and breaking ties; the warning sits on every mention that disagrees, names the event, the
// dates and how many sources give each, adds the card's note when there is one, and points at
// every other dated mention. Dates recorded on the card as known discrepancies do not warn.

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

export function findDateConflicts(mentions: readonly EventDateMention[], cards: ReadonlyMap<string, Card>): DateConflict[] {
  const byEvent = new Map<string, EventDateMention[]>();
  for (const m of mentions) {
    const v = m.date.value;
    if (!m.date.event || !v || !(DAY.test(v) || MONTH.test(v) || /^\d{4}$/.test(v))) continue;
    const list = byEvent.get(m.date.event);
    if (list) list.push(m);
    else byEvent.set(m.date.event, [m]);
  }
  const findings: DateConflict[] = [];
  for (const [eventId, list] of byEvent) {
    const card = cards.get(eventId);
    const precise = list.filter((m) => DAY.test(m.date.value!));
    // Votes: one per article for each day-precise date it gives; the card is one more voter.
    const votes = new Map<string, Set<string>>();
    for (const m of precise) votes.set(m.date.value!, (votes.get(m.date.value!) ?? new Set()).add(m.path));
    if (card?.date && DAY.test(card.date)) votes.set(card.date, (votes.get(card.date) ?? new Set()).add('\0card'));
    if (votes.size === 0) continue;
    const ranked = [...votes.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] === card?.date ? -1 : b[0] === card?.date ? 1 : a[0] < b[0] ? -1 : 1));
    const reference = ranked[0]![0];
    const known = new Set(card?.knownDiscrepancies ?? []);
    const shown = representatives(list);
    const counts = new Map([...votes].map(([v, who]) => [v, who.has('\0card') ? who.size - 1 : who.size]));
    const sourceCount = (value: string) => counts.get(value) ?? 0;
    const name = card?.name ?? eventId;

    for (const m of list) {
      const [a, b] = comparable(m.date.value!, reference);
      if (a === b || known.has(m.date.value!)) continue;
      const others = ranked
        .filter(([v]) => v !== m.date.value)
        .map(([v]) => {
          const n = sourceCount(v);
          const who = [n > 0 ? `${n} ${n === 1 ? 'source' : 'sources'}` : '', votes.get(v)!.has('\0card') ? "the event's card" : ''].filter(Boolean).join(' and ');
          return `${who} ${n + (votes.get(v)!.has('\0card') ? 1 : 0) === 1 ? 'gives' : 'give'} ${v}`;
        });
      const mine = sourceCount(m.date.value!) || 1;
      let message = `Date conflict for ${name}: "${m.date.text}" gives ${m.date.value} (${mine} ${mine === 1 ? 'source' : 'sources'}), but ${others.join('; ')}.`;
      if (card?.note) message += ` Note: ${card.note}`;
      const related: RelatedLocation[] = shown.filter((o) => o !== m).slice(0, MAX_RELATED).map((o) => ({
        path: o.path, start: o.date.start, end: o.date.end, message: `${name}: dated ${o.date.value} here ("${o.date.text}")`,
      }));
      if (card) related.push({ path: card.path, start: card.nameStart, end: card.nameEnd, message: `the card of ${name}${card.date ? `, dated ${card.date}` : ''}` });
      findings.push({
        path: m.path,
        start: m.date.start,
        end: m.date.end,
        severity: 'warning',
        code: 'date-conflict',
        message,
        related,
        fix: { event: eventId, reference, cardDate: card?.date },
      });
    }
  }
  return findings;
}
