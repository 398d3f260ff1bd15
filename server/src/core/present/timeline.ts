// The corpus's events on a timeline: for each event, its card date and every date the
// articles give for it, with the disagreements marked. Data only; the client draws it.

import type { WorkspaceQueries } from '../workspace/workspace.ts';
import type { DateMention } from '../dates/types.ts';

export interface TimelineSource {
  path: string;
  start: number;
  end: number;
  text: string;
  value: string;
  conflict: boolean;
  /** The value was read against an inferred article date or the corpus's year for the event, never a given one (the JSON's `inferred`). */
  inferred?: true;
}

export interface TimelineEvent {
  id: string;
  name: string;
  kind?: string;
  cardDate?: string;
  /** The card's path; undefined for a group of mentions no card describes. */
  cardPath?: string;
  note?: string;
  sources: TimelineSource[];
  conflict: boolean;
}

const inferredOf = (d: DateMention): { inferred?: true } => (d.inferredAnchor && d.value !== null ? { inferred: true } : {});

export function buildTimeline(ws: WorkspaceQueries): TimelineEvent[] {
  const conflicts = new Set<string>();
  for (const path of ws.articlePaths()) {
    for (const f of ws.findings(path)) if (f.code === 'date-conflict' || f.code === 'possible-date-conflict') conflicts.add(`${path}:${f.start}`);
  }
  const events: TimelineEvent[] = [];
  for (const card of ws.knowledge().cards.values()) {
    if (card.type !== 'event') continue;
    const sources = ws
      .eventDates(card.id)
      .filter((d) => d.date.value !== null)
      .map((d) => ({ path: d.path, start: d.date.start, end: d.date.end, text: d.date.text, value: d.date.value!, conflict: conflicts.has(`${d.path}:${d.date.start}`), ...inferredOf(d.date) }));
    events.push({
      id: card.id,
      name: card.name,
      kind: card.kind,
      cardDate: card.date,
      cardPath: card.path,
      note: card.note,
      sources,
      conflict: sources.some((s) => s.conflict),
    });
  }
  for (const cluster of ws.uncardedEvents()) {
    const names = cluster.participants.map((id) => ws.displayName(id));
    // Each source at the day it gives in the group (a guessed year is the group's); marked where noted.
    const sources = cluster.members.map((m) => ({ path: m.path, start: m.date.start, end: m.date.end, text: m.date.text, value: cluster.dayOf.get(m)!, conflict: conflicts.has(`${m.path}:${m.date.start}`), ...inferredOf(m.date) }));
    events.push({
      id: cluster.id,
      name: `${cluster.noun[0]!.toUpperCase()}${cluster.noun.slice(1)} (${names.join(', ')}), found, no card`,
      kind: cluster.kind,
      sources,
      conflict: sources.some((s) => s.conflict),
    });
  }
  return events.sort((a, b) => (a.cardDate ?? a.sources[0]?.value ?? '').localeCompare(b.cardDate ?? b.sources[0]?.value ?? ''));
}
