// The hover of a date expression: its value at the granularity the text gives, how it was
// resolved, the article date it was resolved against, and the event it dates with what every
// other source says about that event's date.

import type { Workspace } from '../workspace/workspace.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { LinkMaker } from './entityHover.ts';
import { baseName, escapeMarkdown } from './markdown.ts';

export function dateHoverMarkdown(ws: Workspace, path: string, date: DatedMention, link: LinkMaker): string {
  const lines: string[] = [];
  const value = date.value ?? (date.partial ? `${date.partial} (${date.set ? 'recurring' : 'year unknown'})` : 'unresolved');
  lines.push(`**${escapeMarkdown(date.text)}** → \`${value}\` · ${date.granularity}${date.mod ? ` (${date.mod.toLowerCase()})` : ''}`);
  lines.push('', `*${escapeMarkdown(date.resolution)}.*`);
  const article = ws.analysis(path)?.articleDate;
  if (date.relative && article) {
    lines.push('', article.value ? `Article date: \`${article.value}\` — ${escapeMarkdown(article.explanation)}.` : `Article date unknown: ${escapeMarkdown(article.explanation)}; relative dates stay unresolved.`);
  }
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
  return lines.join('\n');
}
