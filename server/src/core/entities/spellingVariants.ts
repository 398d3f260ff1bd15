// Links a name the tagger found but no card lists to a card, when it is a spelling variant
// of one card's name or alias: the same transliteration key ("Pachinian" ~ "Pashinyan"), or a
// likely typo (one edit apart on a key of at least MIN_TYPO_LENGTH letters). Precision first:
// the types must agree and exactly one card may fit, or nothing is linked.
//
// Typos are looked up, not searched: keys one edit apart (insertion, deletion, substitution or
// swap of neighbours) always share the key itself or the key with one letter left out, so each
// key is filed under those, and a name's candidates are the keys filed under its own. Only the
// candidates get the edit distance: the cost of a name no longer grows with the number of cards.

import { editDistance, transliterationKey } from '../text/transliteration.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { Card, EntityType } from '../knowledge/card.ts';

const MIN_TYPO_LENGTH = 7;

export type VariantKind = 'spelling-variant' | 'probable-typo';

export class SpellingVariants {
  private readonly byKey = new Map<string, Set<string>>();
  /** A key of at least MIN_TYPO_LENGTH, and the key with one letter left out -> the keys filed there. */
  private readonly byNearKey = new Map<string, string[]>();

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
    for (const key of this.byKey.keys()) {
      if (key.length < MIN_TYPO_LENGTH) continue;
      for (const near of withOneLetterLess(key)) {
        const keys = this.byNearKey.get(near);
        if (keys) keys.push(key);
        else this.byNearKey.set(near, [key]);
      }
    }
  }

  /** No card has a name or alias to compare with (a corpus without cards): nothing is ever a variant. */
  get empty(): boolean {
    return this.byKey.size === 0;
  }

  find(name: string, type: EntityType): { card: Card; kind: VariantKind } | undefined {
    if (this.empty) return undefined;
    const key = transliterationKey(name);
    if (key.length < 4) return undefined;
    const exact = this.fitting(this.byKey.get(key), type);
    if (exact.length === 1) return { card: exact[0]!, kind: 'spelling-variant' };
    if (exact.length > 1 || key.length < MIN_TYPO_LENGTH) return undefined;
    const near = new Set<string>();
    const compared = new Set<string>();
    for (const filed of withOneLetterLess(key)) {
      for (const other of this.byNearKey.get(filed) ?? []) {
        if (compared.has(other)) continue;
        compared.add(other);
        if (editDistance(key, other, 1) <= 1) this.byKey.get(other)!.forEach((id) => near.add(id));
      }
    }
    const cards = this.fitting(near, type);
    return cards.length === 1 ? { card: cards[0]!, kind: 'probable-typo' } : undefined;
  }

  private fitting(ids: Set<string> | undefined, type: EntityType): Card[] {
    if (!ids) return [];
    return [...ids].map((id) => this.kb.cards.get(id)!).filter((c) => c.type === type);
  }
}

/** The key itself, then the key with each letter (UTF-16 unit) left out in turn. */
function withOneLetterLess(key: string): Set<string> {
  const out = new Set<string>([key]);
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return out;
}
