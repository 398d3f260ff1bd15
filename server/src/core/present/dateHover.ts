// The hover of a date expression: its value at the granularity the text gives, how it was
// resolved, the article date it was resolved against, and the event it dates with what every
// other source says about that event's date (a card's event, or one found without a card).

import type { WorkspaceQueries } from '../workspace/workspace.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { LinkMaker } from './entityHover.ts';
import { baseName, escapeMarkdown } from './markdown.ts';

export function dateHoverMarkdown(ws: WorkspaceQueries, path: string, date: DatedMention, link: LinkMaker): string {
  const lines: string[] = [];
  const value = date.value ?? (date.partial ? `${date.partial} (${date.set ? 'recurring' : 'year unknown'})` : 'unresolved');
  lines.push(`**${escapeMarkdown(date.text)}** → \`${value}\` · ${date.granularity}${date.mod ? ` (${date.mod.toLowerCase()})` : ''}`);
  lines.push('', `*${escapeMarkdown(date.resolution)}.*`);
  if (date.value === null && date.within) lines.push('', `**Between \`${date.within.from}\` and \`${date.within.to}\`**, the days the article may be of: which one, its date would say (inferred, not given).`);
  if (date.inferredAnchor && date.value !== null) {
    lines.push('', date.yearFromEvent
      ? `**Inferred, not given:** the year is the one the corpus gives its event (\`${date.yearFromEvent}\`).`
      : '**Resolved against an inferred article date**, not a given one.');
  }
  const article = ws.analysis(path)?.articleDate;
  if (date.relative && article) {
    lines.push('', article.value ? `Article date: \`${article.value}\` — ${escapeMarkdown(article.explanation)}.`
      : article.inferred?.to && article.inferred.to === article.inferred.from ? `Article date unknown, inferred to be \`${article.inferred.from}\` (never given): ${escapeMarkdown(article.explanation)}.`
      : article.inferred?.to ? `Article date unknown, inferred between \`${article.inferred.from}\` and \`${article.inferred.to}\`: ${escapeMarkdown(article.explanation)}.`
      : `Article date unknown: ${escapeMarkdown(article.explanation)}; relative dates stay unresolved.`);
  }
  lines.push(...eventLines(ws, path, date, link));
  return lines.join('\n');
}

/**
 * The hover of a word that names again an event the article dated before ("the crash" after
 * "Friday night's crash"): which date it goes back to, and that event with every source's date.
 */
export function referenceHoverMarkdown(ws: WorkspaceQueries, path: string, date: DatedMention, link: LinkMaker): string {
  const lines = [`The event dated [${escapeMarkdown(date.text)}](${link(path, date.start)}) earlier in this article (\`${date.value ?? '?'}\`).`];
  lines.push(...eventLines(ws, path, date, link));
  return lines.join('\n');
}

/** The event a date dates and what the other sources say of its date. */
function eventLines(ws: WorkspaceQueries, path: string, date: DatedMention, link: LinkMaker): string[] {
  const lines: string[] = [];
  if (date.event) {
    const card = ws.card(date.event);
    const name = card?.name ?? date.event;
    lines.push('', `**Dates:** ${card ? `[${escapeMarkdown(name)}](${link(card.path, card.nameStart)})` : escapeMarkdown(name)}${card?.date ? ` (card: \`${card.date}\`)` : ''}`);
    const others = ws.eventDates(date.event).filter((o) => !(o.path === path && o.date.start === date.start));
    const byValue = new Map<string, string[]>();
    for (const o of others) byValue.set(o.date.value ?? '?', [...(byValue.get(o.date.value ?? '?') ?? []), `[${escapeMarkdown(baseName(o.path))}](${link(o.path, o.date.start)})`]);
    for (const [v, where] of byValue) lines.push(`- \`${v}\` in ${[...new Set(where)].join(', ')}`);
    if (card?.note) lines.push('', `*Note:* ${escapeMarkdown(card.note)}`);
  }
  const found = date.event ? undefined : ws.uncardedEventOf(path, date);
  if (found) {
    const names = found.participants.map((id) => ws.displayName(id)).join(', ');
    const articles = new Set(found.members.map((m) => m.path)).size;
    lines.push('', `**Dates:** the ${escapeMarkdown(found.noun)} (${escapeMarkdown(names)}), found in ${articles} articles; no card describes it`);
    const byValue = new Map<string, string[]>();
    for (const m of found.members) {
      if (m.path === path && m.date.start === date.start) continue;
      const v = found.dayOf.get(m)!;
      byValue.set(v, [...(byValue.get(v) ?? []), `[${escapeMarkdown(baseName(m.path))}](${link(m.path, m.date.start)})`]);
    }
    for (const [v, where] of byValue) {
      const unique = [...new Set(where)];
      lines.push(`- \`${v}\` in ${unique.slice(0, SHOWN_PER_DATE).join(', ')}${unique.length > SHOWN_PER_DATE ? ` and ${unique.length - SHOWN_PER_DATE} more` : ''}`);
    }
  }
  return lines;
}

/** Articles a hover names for each date an event found without a card is given. */
const SHOWN_PER_DATE = 8;
