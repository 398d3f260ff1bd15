// Linking across articles: a surname alone in one article stands for a person named in full
// elsewhere in the corpus, when exactly one such person exists. Mentions are copied, never
// changed in place, so per-document results stay cacheable.

import { fold } from '../text/fold.ts';
import type { EntityMention } from './mention.ts';

/** The surname key of a person named in full ("Armen Grigoryan" -> "grigoryan"), else undefined. */
export function fullNameSurname(m: EntityMention): string | undefined {
  if (m.type !== 'person') return undefined;
  let key = surnameOfName.get(m.name);
  if (key === undefined) {
    const words = m.name.split(/\s+/);
    key = words.length < 2 ? null : fold(words[words.length - 1]!);
    // The corpus index asks for every mention of every article it takes in, a few names many times each.
    if (surnameOfName.size >= MAX_NAMES) surnameOfName.clear();
    surnameOfName.set(m.name, key);
  }
  return key ?? undefined;
}

/** fullNameSurname by name (null: not a full name). */
const surnameOfName = new Map<string, string | null>();
const MAX_NAMES = 50_000;

/**
 * The surname key of a one-word unlinked mention that may stand for a full name. The tagger
 * often calls an unfamiliar surname alone MISC ("Grigoryan said"), so MISC qualifies too.
 */
export function shortFormSurname(m: EntityMention): string | undefined {
  return m.linked || (m.type !== 'person' && m.type !== 'misc') || /\s/.test(m.name) ? undefined : fold(m.text);
}

/** Links a short form to the one person with that surname, given by its first full mention. */
export function linkShortForm(m: EntityMention, people: ReadonlyMap<string, EntityMention> | undefined): EntityMention {
  if (!people || people.size !== 1) return m;
  const full = people.values().next().value!;
  return { ...m, type: 'person', id: full.id, name: full.name, linked: full.linked, source: 'short-form' };
}

/** The whole corpus at once; the incremental index (workspace/corpusIndex.ts) must agree with it. */
export function linkAcrossDocuments(perDocument: ReadonlyMap<string, readonly EntityMention[]>): Map<string, EntityMention[]> {
  const bySurname = new Map<string, Map<string, EntityMention>>();
  for (const mentions of perDocument.values()) {
    for (const m of mentions) {
      const key = fullNameSurname(m);
      if (key === undefined) continue;
      const people = bySurname.get(key) ?? new Map<string, EntityMention>();
      if (!people.has(m.id)) people.set(m.id, m);
      bySurname.set(key, people);
    }
  }
  const out = new Map<string, EntityMention[]>();
  for (const [path, mentions] of perDocument) {
    out.set(path, mentions.map((m) => {
      const key = shortFormSurname(m);
      return key === undefined ? m : linkShortForm(m, bySurname.get(key));
    }));
  }
  return out;
}
