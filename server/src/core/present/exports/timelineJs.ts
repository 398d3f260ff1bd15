// The timeline in TimelineJS's JSON (the Knight Lab tool newsrooms embed): one slide per event at
// the date most sources give, its text listing every source's date and the disagreements, and
// which sources' dates were read against an article date Dateline inferred, never one given.

import type { TimelineEvent } from '../timeline.ts';
import { consensusDate } from './timelineTable.ts';
import { baseName } from '../markdown.ts';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

function tjsDate(iso: string): TimelineJsDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return undefined;
  return { year: +m[1]!, ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}) };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const INFERRED_NOTE = '(inferred): the article gives no date of its own; the date was read against the time Dateline inferred for it, not a date given.';

export function timelineJs(events: readonly TimelineEvent[], title: string): unknown {
  const slides = [];
  for (const e of events) {
    const date = tjsDate(consensusDate(e));
    if (!date) continue;
    const byValue = new Map<string, string[]>();
    for (const s of e.sources) byValue.set(s.value, [...(byValue.get(s.value) ?? []), `${baseName(s.path)}${s.inferred ? ' (inferred)' : ''}`]);
    const consensus = consensusDate(e);
    const items = [...byValue].map(([v, files]) => `<li>${v === consensus ? '' : '<strong>differs:</strong> '}${escapeHtml(v)}: ${escapeHtml([...new Set(files)].join(', '))}</li>`);
    slides.push({
      start_date: date,
      text: {
        headline: escapeHtml(e.name),
        text: `${e.cardDate ? `<p>Card: ${escapeHtml(e.cardDate)}</p>` : '<p>Found in the articles; no card yet.</p>'}${items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>No article dates it.</p>'}${e.sources.some((s) => s.inferred) ? `<p>${INFERRED_NOTE}</p>` : ''}${e.note ? `<p>${escapeHtml(e.note)}</p>` : ''}`,
      },
      ...(e.kind ? { group: e.kind } : {}),
      unique_id: e.id,
    });
  }
  return { title: { text: { headline: escapeHtml(title), text: `${slides.length} events` } }, events: slides };
}
