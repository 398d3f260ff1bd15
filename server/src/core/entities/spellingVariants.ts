// Links a name the tagger found but no card lists to a card, when it is a spelling variant
// of one card's name or alias: the same transliteration key ("Pachinian" ~ "Pashinyan"), or a
// likely typo (one edit apart on a key of at least MIN_TYPO_LENGTH letters). Precision first:
// the types must agree and exactly one card may fit, or nothing is linked.

import { editDistance, transliterationKey } from '../text/transliteration.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { Card, EntityType } from '../knowledge/card.ts';

const MIN_TYPO_LENGTH = 7;

export type VariantKind = 'spelling-variant' | 'probable-typo';

export class SpellingVariants {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(private readonly kb: KnowledgeBase) {
    for (const card of kb.cards.values()) {
      if (card.type === 'event') continue;
      for (const form of [card.name, ...card.aliases]) {
        const key = transliterationKey(form);
        if (key.length < 4) continue;
        const ids = this.byKey.get(key) ?? new Set<string>();
        ids.add(card.id);
        this.byKey.set(key, ids);
      }
    }
  }

  find(name: string, type: EntityType): { card: Card; kind: VariantKind } | undefined {
    const key = transliterationKey(name);
    if (key.length < 4) return undefined;
    const exact = this.fitting(this.byKey.get(key), type);
    if (exact.length === 1) return { card: exact[0]!, kind: 'spelling-variant' };
    if (exact.length > 1 || key.length < MIN_TYPO_LENGTH) return undefined;
    const near = new Set<string>();
    for (const [other, ids] of this.byKey) {
      if (other.length >= MIN_TYPO_LENGTH && editDistance(key, other, 1) <= 1) ids.forEach((id) => near.add(id));
    }
    const cards = this.fitting(near, type);
    return cards.length === 1 ? { card: cards[0]!, kind: 'probable-typo' } : undefined;
  }

  private fitting(ids: Set<string> | undefined, type: EntityType): Card[] {
    if (!ids) return [];
    return [...ids].map((id) => this.kb.cards.get(id)!).filter((c) => c.type === type);
  }
}
