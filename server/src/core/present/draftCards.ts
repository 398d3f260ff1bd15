// Drafts cards for a corpus's most mentioned names without a card, for the "Draft Cards for This
// Story" command and `dateline cards draft`. A set of drafts is valid together: no alias that
// two drafts (or a draft and an existing card) would claim, one draft per name and per file.

import type { Workspace } from '../workspace/workspace.ts';
import type { EntityType } from '../knowledge/card.ts';
import { fold } from '../text/fold.ts';
import { cardText, draftCard, type CardDraft } from './newCard.ts';

export interface Identity {
  id: string;
  type: EntityType;
  /** Every mention's text, in corpus order. */
  spellings: string[];
  mentions: number;
  /** The articles that mention it, sorted. */
  articles: string[];
}

/** The names no card describes, most mentioned first (then by id, for a stable order). */
export function identitiesWithoutCards(ws: Workspace): Identity[] {
  const byId = new Map<string, Identity & { articleSet: Set<string> }>();
  for (const path of ws.articlePaths()) {
    for (const m of ws.entities(path)) {
      if (m.linked) continue;
      let identity = byId.get(m.id);
      if (!identity) byId.set(m.id, (identity = { id: m.id, type: m.type, spellings: [], mentions: 0, articles: [], articleSet: new Set() }));
      identity.spellings.push(m.text);
      identity.mentions++;
      identity.articleSet.add(path);
    }
  }
  return [...byId.values()]
    .map(({ articleSet, ...rest }) => ({ ...rest, articles: [...articleSet].sort() }))
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

export interface StoryDraft extends CardDraft {
  mentions: number;
  articles: string[];
}

export interface DraftOptions {
  /** At most this many drafts (default 30). */
  limit?: number;
  /** Only names mentioned at least this often (default 2). */
  minMentions?: number;
}

/**
 * Drafts for the most mentioned names without a card. Aliases another draft or an existing card
 * also claims are left out (a claimed alias links to no one and is a card warning), and so are
 * names an existing card or a more mentioned draft already has.
 */
export function draftStoryCards(ws: Workspace, options: DraftOptions = {}): StoryDraft[] {
  const limit = options.limit ?? 30;
  const minMentions = options.minMentions ?? 2;
  const kb = ws.knowledge();
  const taken = new Set<string>([...kb.entityAliases.keys(), ...kb.eventAliases.keys()]);
  const existingIds = new Set(kb.cards.keys());
  const drafts: StoryDraft[] = [];
  const ids = new Set<string>();
  for (const identity of identitiesWithoutCards(ws)) {
    if (drafts.length >= limit || identity.mentions < minMentions) break;
    const draft = draftCard(identity);
    const nameKey = fold(draft.name);
    if (taken.has(nameKey) || ids.has(draft.id) || existingIds.has(draft.id)) continue;
    taken.add(nameKey);
    ids.add(draft.id);
    drafts.push({ ...draft, mentions: identity.mentions, articles: identity.articles });
  }
  // Aliases: each kept only where exactly one draft has it and nothing else claims it.
  const claims = new Map<string, number>();
  for (const d of drafts) for (const a of new Set(d.aliases.map(fold))) claims.set(a, (claims.get(a) ?? 0) + 1);
  return drafts.map((d) => {
    const aliases = d.aliases.filter((a) => claims.get(fold(a)) === 1 && !taken.has(fold(a)));
    return aliases.length === d.aliases.length ? d : { ...d, aliases, text: cardText(d.type, d.name, aliases, d.role) };
  });
}
