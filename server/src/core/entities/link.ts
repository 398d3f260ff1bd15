// Linking across articles: a surname alone in one article stands for a person named in full
// elsewhere in the corpus, when exactly one such person exists. Mentions are copied, never
// changed in place, so per-document results stay cacheable.

import { fold } from '../text/fold.ts';
import type { EntityMention } from './mention.ts';

export function linkAcrossDocuments(perDocument: ReadonlyMap<string, readonly EntityMention[]>): Map<string, EntityMention[]> {
  const bySurname = new Map<string, Map<string, EntityMention>>();
  for (const mentions of perDocument.values()) {
    for (const m of mentions) {
      if (m.type !== 'person') continue;
      const words = m.name.split(/\s+/);
      if (words.length < 2) continue;
      const key = fold(words[words.length - 1]!);
      const people = bySurname.get(key) ?? new Map<string, EntityMention>();
      if (!people.has(m.id)) people.set(m.id, m);
      bySurname.set(key, people);
    }
  }
  const out = new Map<string, EntityMention[]>();
  for (const [path, mentions] of perDocument) {
    out.set(
      path,
      mentions.map((m) => {
        if (m.linked || m.type !== 'person' || /\s/.test(m.name)) return m;
        const people = bySurname.get(fold(m.text));
        if (!people || people.size !== 1) return m;
        const full = [...people.values()][0]!;
        return { ...m, id: full.id, name: full.name, linked: full.linked, source: 'short-form' as const };
      }),
    );
  }
  return out;
}
