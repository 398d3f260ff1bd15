// The timeline as rows a spreadsheet or a newsroom tool reads: one row per source's date of an
// event, with where it is and whether it disagrees. The CSV and TimelineJS exports and the
// report are made from these rows.

import type { WorkspaceQueries } from '../../workspace/workspace.ts';
import { buildTimeline, type TimelineEvent } from '../timeline.ts';

export interface TimelineRow {
  eventId: string;
  event: string;
  kind: string;
  /** The card's date, '' without a card. */
  cardDate: string;
  /** The date most sources give ('' when there are none). */
  consensus: string;
  file: string;
  line: number;
  column: number;
  text: string;
  value: string;
  conflict: boolean;
  published: string;
  /** The value was read against an article date Dateline inferred, never one given (the analyze JSON's `inferred`). */
  inferred?: true;
  /** An undated article's inferred day, or days ('1999-10-31 to 1999-11-06'), when it has them. */
  inferredPublished?: string;
}

/** The date most of an event's sources give, earliest on a tie; the card's when no source dates it. */
export function consensusDate(e: TimelineEvent): string {
  const counts = new Map<string, number>();
  for (const s of e.sources) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? e.cardDate ?? '';
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** An undated article's inferred day or days as the exports write them; undefined when it has a date or no inferred days. */
function inferredPublishedOf(a: ReturnType<WorkspaceQueries['analysis']>): string | undefined {
  const inferred = a && a.articleDate.value === null ? a.articleDate.inferred : undefined;
  if (!inferred?.to) return undefined;
  return inferred.from === inferred.to ? inferred.from : `${inferred.from} to ${inferred.to}`;
}

export function timelineRows(ws: WorkspaceQueries, events: readonly TimelineEvent[] = buildTimeline(ws)): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const e of events) {
    const consensus = consensusDate(e);
    for (const s of e.sources) {
      const a = ws.analysis(s.path);
      const at = a ? a.lines.positionAt(s.start) : { line: 0, character: 0 };
      const inferredPublished = inferredPublishedOf(a);
      rows.push({
        eventId: e.id, event: e.name, kind: e.kind ?? '', cardDate: e.cardDate ?? '', consensus,
        file: s.path, line: at.line + 1, column: at.character + 1, text: s.text, value: s.value, conflict: s.conflict || (!e.cardPath && isDay(s.value) && isDay(consensus) && s.value !== consensus),
        published: a?.articleDate.value ?? '',
        ...(s.inferred ? { inferred: true as const } : {}),
        ...(inferredPublished ? { inferredPublished } : {}),
      });
    }
  }
  return rows;
}
