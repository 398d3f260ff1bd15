// A card's short form stays in its place: a one-word form that is not the card's full name (its
// surname, or a one-word alias of a card named in several words: "Kennedy", "Shi") is the card's
// only where the article names no other person with that word in full, the rule names without
// cards follow (recognize.ts: a surname stands for the one person of the article named with it).
// "Sen. Edward Kennedy" in an article takes its bare "Kennedy" from the card of John F. Kennedy,
// and so does a name the tagger finds around the card's form ("Edward Kennedy", the card's
// "Kennedy" inside it), unless it is the card's person by given name ("John Kennedy").

import type { Card } from '../knowledge/card.ts';
import type { AliasEntry } from '../knowledge/knowledgeBase.ts';
import { fold } from '../text/fold.ts';
import type { EntityMention } from './mention.ts';
import type { TaggedSpan } from './tagger.ts';
import { NAME_SUFFIXES, NICKNAMES } from './nameShapes.ts';

/** A card form that stands for the card only where no one else fits: one word, not an acronym, of a card named in several words. */
export function isShortCardForm(entry: AliasEntry, card: Card): boolean {
  if (entry.kind !== 'surname' && entry.kind !== 'alias') return false;
  if (/\s/.test(entry.form.trim()) || !/\s/.test(card.name.trim())) return false;
  // "JFK", "NATO": an acronym is the card's own, not a name word someone else shares
  return /\p{Ll}/u.test(entry.form);
}

/**
 * The given name and surname of a name of several words, folded ("Robert F. Kennedy Jr." ->
 * robert, kennedy). `surnames`: the words that may be its surname, the last, and the first when it
 * is short enough to be one written first ("Shi Guangsheng"; link.ts: surnamesFirstOf).
 */
export function nameWords(name: string, surnames = false): string[] {
  const words = name.split(/\s+/).map((w) => fold(w.replace(/[,()"“”]/g, ''))).filter((w) => w !== '');
  let end = words.length;
  while (end > 1 && NAME_SUFFIXES.has(words[end - 1]!)) end--;
  if (end < 2) return [];
  if (surnames) return words[0]!.length <= 3 ? [words[0]!, words[end - 1]!] : [words[end - 1]!];
  return [words[0]!, words[end - 1]!];
}

const given = (word: string) => NICKNAMES.get(word) ?? word;
/** Lower-case words inside names ("Ahmed el-Habashy" aside: that is one word). */
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y']);

/**
 * The card mentions to keep: every one but the short forms (`short` holds their indexes in
 * `mentions`) of a word another person of the article is named in full with. `spans` are the
 * tagger's (none without a tagger: then only other cards' people are seen).
 */
export function shortFormsInPlace(
  text: string,
  mentions: readonly EntityMention[],
  short: ReadonlySet<number>,
  cards: ReadonlyMap<string, Card>,
  spans: readonly TaggedSpan[],
): EntityMention[] {
  if (short.size === 0) return mentions.slice();
  // word -> the ids of the people the article names in full with it
  const people = new Map<string, Set<string>>();
  const add = (name: string, id: string) => {
    for (const w of nameWords(name, true)) (people.get(w) ?? people.set(w, new Set()).get(w)!).add(id);
  };
  mentions.forEach((m, i) => {
    if (!short.has(i) && m.type === 'person' && /\s/.test(m.text.trim())) add(m.text, m.id);
  });
  // both in text order, card matches never overlapping each other: one pass
  let j = 0;
  for (const span of spans) {
    while (j < mentions.length && mentions[j]!.end <= span.start) j++;
    if (span.label !== 'PER') continue;
    const surface = text.slice(span.start, span.end);
    if (!/\s/.test(surface.trim())) continue;
    // a name, not the tagger running on into the sentence ("Putin ran Sobchak")
    if (!surface.trim().split(/\s+/).every((w) => /^[\p{Lu}]/u.test(w) || PARTICLES.has(w))) continue;
    let k = j;
    while (k < mentions.length && mentions[k]!.start < span.end) k++;
    // a name the cards already give, or one a card's short form is part of and that is the card's person
    let ownName = false;
    for (let x = j; x < k; x++) if (!short.has(x)) ownName = true;
    if (ownName) continue;
    const inside = k > j ? mentions[j] : undefined;
    if (inside) {
      const card = cards.get(inside.id);
      const mine = card ? nameWords(card.name) : [];
      const theirs = nameWords(surface);
      if (mine.length > 0 && theirs.length > 0 && given(mine[0]!) === given(theirs[0]!)) continue;
    }
    add(surface, `\u0000${span.start}`);
  }
  return mentions.filter((m, i) => {
    if (!short.has(i)) return true;
    const ids = people.get(fold(m.text));
    return !ids || [...ids].every((id) => id === m.id);
  });
}
