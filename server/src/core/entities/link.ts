// Linking across articles: a short form in one article stands for a name given in full elsewhere
// in the corpus, when exactly one such entity exists. Two kinds of short form share one key space:
// a surname alone ("Grigoryan") stands for a person named in full, with any suffix left out
// ("Robert F. Kennedy Jr." -> "kennedy"); an acronym ("NTSB", "U.S.") for an organization or place
// whose name has those initials ("National Transportation Safety Board"; keys start with "#").
// Mentions are copied, never changed in place, so per-document results stay cacheable.

import { fold } from '../text/fold.ts';
import type { EntityMention } from './mention.ts';
import { NAME_SUFFIXES } from './nameShapes.ts';
import type { Card } from '../knowledge/card.ts';
import { isNotHere } from '../knowledge/notHere.ts';

/** Words an acronym leaves out ("Federal Bureau of Investigation" -> FBI). */
const NOT_INITIALS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'de', 'du', 'des', 'la', 'le', '&']);

/** The surname of a person's name, suffixes left out ("Kennedy Jr." -> "kennedy"), or undefined for one word. */
export function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((w) => w !== ',');
  let last = words.length - 1;
  while (last > 0 && NAME_SUFFIXES.has(words[last]!.toLowerCase().replace(/,$/, ''))) last--;
  return last < 1 ? undefined : fold(words[last]!.replace(/,$/, ''));
}

/** The acronym key of an organization's or place's name of several words ("#ntsb"), if it has 2 to 6 initials. */
export function initialsKey(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w) && !NOT_INITIALS.has(w.toLowerCase()));
  // words, not abbreviations: "U.S. Senate" is no expansion of "U.S."
  if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return '#' + fold(words.map((w) => w[0]!).join(''));
}

/** The acronym key of one all-capitals word ("NTSB", "U.S." -> "#us"), if it could be one. */
export function acronymKey(word: string): string | undefined {
  const c = word.charCodeAt(1);
  // the second character is a capital or a dot (ASCII), or the word is not ASCII
  if (word.length > 10 || word.length < 2 || (c < 128 && !(c >= 65 && c <= 90) && c !== 46)) return undefined;
  if (!/^(?:\p{Lu}\.?){2,5}$/u.test(word)) return undefined;
  return '#' + fold(word.replace(/\./g, ''));
}

/**
 * The key by which short forms may stand for this mention, given in full: a person's surname, or
 * the initials of an organization or place the tagger found (card names do not lend their
 * initials: a card lists its own acronyms as aliases).
 */
export function fullNameKey(m: EntityMention): string | undefined {
  // one word: no full name (most mentions; spares hashing a fresh string for the memo)
  if (m.name.indexOf(' ') < 0 && !/\s/.test(m.name)) return undefined;
  if (m.type === 'person') return remembered(surnames, m.name, surnameOf);
  if ((m.type === 'organization' || m.type === 'place') && !m.linked) return remembered(initials, m.name, initialsKey);
  return undefined;
}

/**
 * The keys of names, remembered: the corpus index asks for every mention of every article it
 * takes in, a few names many times each (null: no key).
 */
const surnames = new Map<string, string | null>();
const initials = new Map<string, string | null>();
const MAX_NAMES = 50_000;

function remembered(memo: Map<string, string | null>, name: string, compute: (name: string) => string | undefined): string | undefined {
  let key = memo.get(name);
  if (key === undefined) {
    key = compute(name) ?? null;
    if (memo.size >= MAX_NAMES) memo.clear();
    memo.set(name, key);
  }
  return key ?? undefined;
}

/**
 * The key of a one-word unlinked mention that may stand for a full name. The tagger often calls
 * an unfamiliar surname alone MISC ("Grigoryan said"), so MISC qualifies too; an acronym may be
 * typed anything.
 */
export function shortFormKey(m: EntityMention): string | undefined {
  if (m.linked || m.name.includes(' ') || /\s/.test(m.name)) return undefined;
  if (m.type === 'organization' || m.type === 'place') return acronymKey(m.text);
  if (m.type !== 'person' && m.type !== 'misc') return undefined;
  // "U.S.", "FBI" or "NTSB" typed a person: an acronym, not a surname (a surname in capitals has a vowel)
  return /\./.test(m.text) || /^\p{Lu}{2,3}$/u.test(m.text) || /^[B-DF-HJ-NP-TV-XZ]{2,5}$/.test(m.text) ? acronymKey(m.text) : fold(m.text);
}

/**
 * Links a short form to the one entity with that key, given by its first full mention; not to a
 * card that says the form in this article is not its entity (`cards`, `path`: knowledge/notHere.ts),
 * nor when its own article (`article`, its mentions) names someone else in full with the word
 * as a surname first ("Li" beside "Li Ka-shing": the one Li of the corpus, Victor Li, is not the
 * only one here; surnamesFirstOf).
 */
export function linkShortForm(m: EntityMention, people: ReadonlyMap<string, EntityMention> | undefined, cards?: ReadonlyMap<string, Card>, path?: string, article?: readonly EntityMention[]): EntityMention {
  if (!people || people.size !== 1) return m;
  const full = people.values().next().value!;
  if (full.linked && cards && isNotHere(cards.get(full.id), m.text, path)) return m;
  if (article) {
    const firsts = surnamesFirstOf(article).get(fold(m.text));
    if (firsts && [...firsts].some((id) => id !== full.id)) return m;
  }
  return { ...m, type: full.type, id: full.id, name: full.name, linked: full.linked, source: full.type === 'person' ? 'short-form' : 'acronym' };
}

/** First word (folded) -> ids of the people an article names in full with it, remembered per article. */
const firstNames = new WeakMap<readonly EntityMention[], Map<string, Set<string>>>();
const surnamesFirst = new WeakMap<readonly EntityMention[], Map<string, Set<string>>>();

/**
 * The first words that may be a surname written first, as Chinese names are ("Li Ka-shing", "Shi
 * Guangsheng"): a word of at most three letters. A longer one is a given name ("Kelly Boyd", "Frank
 * Riggs"), and a bare "Kelly" or "Frank" in the article is still someone's surname.
 */
export function surnamesFirstOf(mentions: readonly EntityMention[]): Map<string, Set<string>> {
  let out = surnamesFirst.get(mentions);
  if (out) return out;
  out = new Map([...firstNamesOf(mentions)].filter(([key]) => key.length <= 3));
  surnamesFirst.set(mentions, out);
  return out;
}

export function firstNamesOf(mentions: readonly EntityMention[]): Map<string, Set<string>> {
  let out = firstNames.get(mentions);
  if (out) return out;
  out = new Map();
  for (const m of mentions) {
    if (m.type !== 'person' || fullNameKey(m) === undefined) continue;
    const first = m.name.slice(0, m.name.search(/\s/));
    if (!/^\p{Lu}\p{Ll}+$/u.test(first)) continue; // not an initial ("K.") or a title left over
    const key = fold(first);
    (out.get(key) ?? out.set(key, new Set()).get(key)!).add(m.id);
  }
  firstNames.set(mentions, out);
  return out;
}

/** The whole corpus at once; the incremental index (workspace/corpusIndex.ts) must agree with it. */
export function linkAcrossDocuments(perDocument: ReadonlyMap<string, readonly EntityMention[]>, cards?: ReadonlyMap<string, Card>): Map<string, EntityMention[]> {
  const byKey = new Map<string, Map<string, EntityMention>>();
  for (const mentions of perDocument.values()) {
    for (const m of mentions) {
      const key = fullNameKey(m);
      if (key === undefined) continue;
      const people = byKey.get(key) ?? new Map<string, EntityMention>();
      if (!people.has(m.id)) people.set(m.id, m);
      byKey.set(key, people);
    }
  }
  const out = new Map<string, EntityMention[]>();
  for (const [path, mentions] of perDocument) {
    out.set(path, mentions.map((m) => {
      const key = shortFormKey(m);
      return key === undefined ? m : linkShortForm(m, byKey.get(key), cards, path, mentions);
    }));
  }
  return out;
}
