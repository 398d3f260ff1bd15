// The readable report of `dateline analyze` without --json (what `npm start` prints):
// per article, who and what it mentions; then the problems found across the corpus.

import { styleText } from 'node:util';
import { counted } from '../core/present/counted.ts';
import type { WorkspaceQueries } from '../core/workspace/workspace.ts';
import type { EntityMention } from '../core/entities/mention.ts';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
}

export function plainStyle(): Style {
  const id = (s: string) => s;
  return { bold: id, dim: id, yellow: id, red: id };
}

/**
 * Colours through Node's styleText, which leaves them out where `stream` is no terminal or the
 * environment says so (NO_COLOR, NODE_DISABLE_COLORS; FORCE_COLOR asks for them).
 */
export function ansiStyle(stream: NodeJS.WriteStream = process.stdout): Style {
  const wrap = (format: 'bold' | 'dim' | 'yellow' | 'red') => (s: string) => styleText(format, s, { stream });
  return { bold: wrap('bold'), dim: wrap('dim'), yellow: wrap('yellow'), red: wrap('red') };
}

const TYPE_ORDER: EntityMention['type'][] = ['person', 'place', 'organization', 'misc'];
const TYPE_LABEL: Record<EntityMention['type'], string> = { person: 'People', place: 'Places', organization: 'Organizations', misc: 'Other' };

/**
 * An entity's name as listed. "Other" mentions are mostly words made from a name ("Russian",
 * "Armenians"): listed by their own most frequent form with the entity after it, "Russian
 * (Russia)", since "Other: Russia" beside "Places: Russia" reads as the same mentions twice.
 */
function shownName(type: EntityMention['type'], e: { name: string; forms: Map<string, number> }): string {
  if (type !== 'misc') return e.name;
  const form = [...e.forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  return form === e.name ? e.name : `${form} (${e.name})`;
}

export function renderReport(ws: WorkspaceQueries, style: Style): string {
  const out: string[] = [];
  const articles = ws.articlePaths();
  const allIds = new Set<string>();
  let mentionCount = 0;
  for (const path of articles) {
    const mentions = ws.entities(path);
    mentionCount += mentions.length;
    out.push(style.bold(path));
    const analysis = ws.analysis(path)!;
    const date = analysis.articleDate;
    out.push(`  Date: ${date.value ?? 'unknown'} ${style.dim(`(${date.explanation})`)}`);
    const events = new Map<string, Set<string>>();
    for (const d of analysis.dates) {
      if (!d.event || !d.value) continue;
      const name = ws.card(d.event)?.name ?? d.event;
      events.set(name, (events.get(name) ?? new Set()).add(d.value));
    }
    if (events.size > 0) out.push(`  Events: ${[...events].map(([name, values]) => `${name} ${style.dim(`(${[...values].join(', ')})`)}`).join(', ')}`);
    for (const type of TYPE_ORDER) {
      const byId = new Map<string, { name: string; count: number; linked: boolean; forms: Map<string, number> }>();
      for (const m of mentions) {
        if (m.type !== type) continue;
        allIds.add(m.id);
        const e = byId.get(m.id) ?? { name: m.name, count: 0, linked: m.linked, forms: new Map() };
        e.count++;
        e.forms.set(m.text, (e.forms.get(m.text) ?? 0) + 1);
        byId.set(m.id, e);
      }
      if (byId.size === 0) continue;
      const list = [...byId.values()]
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
        .map((e) => `${shownName(type, e)}${e.count > 1 ? style.dim(` ×${e.count}`) : ''}${e.linked ? '' : style.dim(' (no card)')}`);
      out.push(`  ${TYPE_LABEL[type]}: ${list.join(', ')}`);
    }
    out.push('');
  }
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const problems: string[] = [];
  for (const path of ws.reportedPaths()) {
    for (const f of ws.findings(path)) {
      counts[f.severity]++;
      if (f.severity === 'hint') continue;
      const color = f.severity === 'error' ? style.red : f.severity === 'warning' ? style.yellow : style.dim;
      problems.push(`  ${color(f.severity)} ${path}: ${f.message} ${style.dim(`[${f.code}]`)}`);
    }
  }
  out.push(style.bold('Problems'));
  out.push(problems.length > 0 ? problems.join('\n') : '  none');
  out.push('');
  out.push(
    `${articles.length} articles, ${mentionCount} entity mentions of ${allIds.size} entities; ` +
      `${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}, ${counted(counts.information, 'note')}, ${counted(counts.hint, 'name')} without a card.`,
  );
  // Empty states say what to do next.
  if (articles.length === 0) {
    out.push(style.dim('No article found: give a folder of .txt articles, or name them in a .dateline.yaml (articles: [folder]) in the folder or above it.'));
  } else if (ws.knowledge().cards.size === 0) {
    out.push(style.dim('No cards yet: `dateline cards draft --write <folder>/entities` drafts cards for the most mentioned names, to check and complete.'));
  }
  return out.join('\n');
}
