// The timeline as CSV (RFC 4180): one row per source's date of an event. Quoting is the whole of
// the format here (a field with a comma, quote or line break is quoted, quotes doubled), so it is
// written out rather than taken from a library. Columns are only ever added, at the end, so that a
// sheet that reads them by position keeps reading them.

import type { TimelineRow } from './timelineTable.ts';

const COLUMNS: Array<[header: string, get: (r: TimelineRow) => string | number | boolean]> = [
  ['event_id', (r) => r.eventId], ['event', (r) => r.event], ['kind', (r) => r.kind], ['card_date', (r) => r.cardDate],
  ['consensus_date', (r) => r.consensus], ['source_date', (r) => r.value], ['text', (r) => r.text], ['disagrees', (r) => r.conflict],
  ['file', (r) => r.file], ['line', (r) => r.line], ['column', (r) => r.column], ['published', (r) => r.published],
  // what is inferred, never given: the source's date read against an inferred article date, and that date
  ['source_date_inferred', (r) => r.inferred === true], ['published_inferred', (r) => r.inferredPublished ?? ''],
];

function field(v: string | number | boolean): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function timelineCsv(rows: readonly TimelineRow[]): string {
  const lines = [COLUMNS.map(([h]) => h).join(','), ...rows.map((r) => COLUMNS.map(([, get]) => field(get(r))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
