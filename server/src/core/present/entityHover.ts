// The hover card of an entity, as Markdown: who or what it is, other spellings, where the
// corpus mentions it, and how this mention was recognized. Links are made by the caller, so
// the core never needs to know about URIs.

import type { WorkspaceQueries } from '../workspace/workspace.ts';
import type { EntityMention } from '../entities/mention.ts';
import { baseName, escapeMarkdown } from './markdown.ts';

export type LinkMaker = (path: string, offset: number) => string;

const MAX_LISTED_ARTICLES = 8;

const SOURCE_EXPLANATIONS: Record<EntityMention['source'], string> = {
  'card-name': 'its name on the card',
  'card-alias': 'a spelling listed on the card',
  demonym: 'a demonym of',
  surname: 'the surname of',
  'short-form': 'the surname of',
  acronym: 'an acronym of',
  'given-name': 'the given name of',
  tagger: 'found by the statistical tagger; no card defines it yet',
  'spelling-variant': 'another romanization of a name on the card',
  'probable-typo': 'probably a misspelling of a name on the card (one letter off)',
};

export function entityHoverMarkdown(ws: WorkspaceQueries, mention: EntityMention, link: LinkMaker): string {
  const card = mention.linked ? ws.card(mention.id) : undefined;
  const lines: string[] = [];
  const typeLabel = card ? card.type : mention.type;
  lines.push(`**${escapeMarkdown(mention.name)}** · ${typeLabel}${card ? '' : ' · *no card yet*'}`);
  if (card?.role) lines.push('', `*${escapeMarkdown(card.role)}*`);
  if (card?.description) lines.push('', card.description);
  if (card) {
    const spellings = [...new Set([...card.aliases, ...card.demonyms])].filter((a) => a !== card.name);
    if (spellings.length > 0) lines.push('', `**Also written:** ${spellings.map(escapeMarkdown).join(', ')}`);
  }

  const summary = ws.mentionSummary(mention.id);
  if (summary.total > 0) {
    // The articles that mention it most; the rest are one "find all references" away (the editor's own key).
    const top = summary.articles.slice(0, MAX_LISTED_ARTICLES);
    const docs = top.map((a) => `[${escapeMarkdown(baseName(a.path))}](${link(a.path, a.first)}) (${a.count})`);
    const n = summary.articleCount;
    const more = n > top.length ? ` · and ${plural(n - top.length, 'more article')} (find all references lists them)` : '';
    lines.push('', `**Mentioned** ${plural(summary.total, 'time')} in ${plural(n, 'article')}: ${docs.join(' · ')}${more}`);
  }

  if (card) {
    const events = [...ws.knowledge().cards.values()]
      .filter((e) => e.type === 'event' && e.participants.includes(card.id))
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    if (events.length > 0) {
      lines.push('', '**Events:**');
      for (const e of events) lines.push(`- \`${e.date ?? '?'}\` [${escapeMarkdown(e.name)}](${link(e.path, e.nameStart)})`);
    }
  }

  const how =
    mention.source === 'demonym' || mention.source === 'surname'
      ? `${SOURCE_EXPLANATIONS[mention.source]} ${escapeMarkdown(mention.name)}`
      : mention.source === 'short-form'
        ? `${SOURCE_EXPLANATIONS[mention.source]} ${escapeMarkdown(mention.name)}, the one person with that surname in this article (or, if it names none, in the corpus)`
        : mention.source === 'given-name'
          ? `${SOURCE_EXPLANATIONS[mention.source]} ${escapeMarkdown(mention.name)}, the one person the article names in full with it`
        : mention.source === 'acronym'
          ? `${SOURCE_EXPLANATIONS[mention.source]} ${escapeMarkdown(mention.name)}, the one name with those initials, or defined by it in brackets, in this article (or, if it has none, in the corpus)`
          : SOURCE_EXPLANATIONS[mention.source];
  lines.push('', `---`, `*"${escapeMarkdown(mention.text)}": ${how}.*`);
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
