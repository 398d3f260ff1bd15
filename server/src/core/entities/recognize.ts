// Recognition of entity mentions in one document: card names first, then the tagger's names
// that no card knows, then short forms resolved to the full name the article introduced.

import type { Token, Sentence } from '../text/tokenize.ts';
import { fold, slugify } from '../text/fold.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { EntityType } from '../knowledge/card.ts';
import { Gazetteer, toPieces, type Piece } from './gazetteer.ts';
import type { EntityMention, MentionSource } from './mention.ts';
import type { EntityTagger, TaggedSpan, TaggerMemo } from './tagger.ts';
import { filterTaggedSpans } from './taggerFilters.ts';
import type { SpellingVariants } from './spellingVariants.ts';
import { acronymKey, firstNamesOf, fullNameKey, shortFormKey, surnamesFirstOf } from './link.ts';
import { COMPANY_SUFFIXES, NAME_SUFFIXES, NICKNAMES, isNameHead } from './nameShapes.ts';
import { isShortCardForm, shortFormsInPlace } from './shortCardForms.ts';
import { isNotHere } from '../knowledge/notHere.ts';
import { taggedSpans } from './taggedSpans.ts';

const LABEL_TYPES: Record<TaggedSpan['label'], EntityType> = {
  PER: 'person',
  LOC: 'place',
  ORG: 'organization',
  MISC: 'misc',
};

export interface RecognitionContext {
  kb: KnowledgeBase;
  gazetteer: Gazetteer;
  variants?: SpellingVariants;
  tagger?: EntityTagger;
  /** The tagger's memo of this document's previous version (EntityTagger.newMemo), when it is being edited. */
  taggerMemo?: TaggerMemo;
  /**
   * The tagger's names in this text as it gives them (taggedSpans), found by another thread with
   * the same tagger: then this one does not tag it, and only applies the precision rules.
   */
  taggedElsewhere?: readonly TaggedSpan[];
  /** The article's path, for the forms a card says are not its entity there (`not:`). */
  articlePath?: string;
}

export function buildGazetteer(kb: KnowledgeBase): Gazetteer {
  return new Gazetteer(kb.entityAliases.values());
}

export function recognizeEntities(
  text: string,
  tokens: readonly Token[],
  sents: readonly Sentence[],
  ctx: RecognitionContext,
  /** `toPieces(text, tokens)` when the caller has them already. */
  pieces?: readonly Piece[],
  /** `taggerSpansOf(text, tokens, sents, ctx)` when the caller has them already (an analysis in steps). */
  taggerSpans?: readonly TaggedSpan[],
): EntityMention[] {
  let mentions: EntityMention[] = [];
  const short = new Set<number>();
  for (const m of ctx.gazetteer.match(pieces ?? toPieces(text, tokens))) {
    const card = ctx.kb.cards.get(m.entry.cardId)!;
    if (isNotHere(card, text.slice(m.start, m.end), ctx.articlePath)) continue;
    if (isShortCardForm(m.entry, card)) short.add(mentions.length);
    const source: MentionSource =
      m.entry.kind === 'name' ? 'card-name' : m.entry.kind === 'demonym' ? 'demonym' : m.entry.kind === 'surname' ? 'surname' : 'card-alias';
    mentions.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.entry.kind === 'demonym' ? 'misc' : (card.type as EntityType),
      id: card.id,
      name: card.name,
      linked: true,
      source,
    });
  }
  const spans = taggerSpans ?? taggerSpansOf(text, tokens, sents, ctx);
  mentions = shortFormsInPlace(text, mentions, short, ctx.kb.cards, spans);
  if (ctx.tagger) {
    mentions = insideLongerNames(text, mentions, spans);
    const known = mentions.slice();
    for (const span of spans) {
      if (known.some((m) => m.start < span.end && span.start < m.end)) continue; // cards take precedence
      const surface = text.slice(span.start, span.end);
      const variant = ctx.variants ? findVariant(ctx.variants, surface, LABEL_TYPES[span.label]) : undefined;
      if (variant && !isNotHere(variant.card, surface, ctx.articlePath)) {
        mentions.push({
          start: span.start,
          end: span.end,
          text: surface,
          type: variant.card.type as EntityType,
          id: variant.card.id,
          name: variant.card.name,
          linked: true,
          source: variant.kind,
        });
        continue;
      }
      mentions.push({
        start: span.start,
        end: span.end,
        text: surface,
        type: LABEL_TYPES[span.label],
        id: notTheCard(ctx, slugify(withoutArticle(span.label === 'ORG' ? withoutCompanySuffix(surface) : surface)), surface),
        name: surface.replace(/\s+/g, ' '),
        linked: false,
        source: 'tagger',
      });
    }
    mentions.sort((a, b) => a.start - b.start);
    resolveShortForms(text, mentions, (id, form) => isNotHere(ctx.kb.cards.get(id), form, ctx.articlePath));
  }
  return mentions;
}

/** The tagger's names in a document, with the precision rules applied (none without a tagger). */
export function taggerSpansOf(text: string, tokens: readonly Token[], sents: readonly Sentence[], ctx: Pick<RecognitionContext, 'tagger' | 'taggerMemo' | 'taggedElsewhere'>): readonly TaggedSpan[] {
  if (!ctx.tagger) return [];
  return filterTaggedSpans(text, tokens, ctx.taggedElsewhere ?? taggedSpans(tokens, sents, ctx.tagger, ctx.taggerMemo));
}

/**
 * A card's place or organization inside a longer place or organization the tagger found is part
 * of that name, not a mention, in the two shapes CoNLL names so: the card's name first and a
 * word places and institutions are named with last ("U.S." in "U.S. Supreme Court", "Washington"
 * in "Washington Dulles International Airport", "Nantucket" in "Nantucket Island"), or a demonym
 * before the card's institution ("French" "Navy"). One card mention, in a span of capitalized
 * words without a possessive: the tagger's longer spans are often two names ("France Urges Russia").
 */
function insideLongerNames(text: string, mentions: EntityMention[], spans: readonly TaggedSpan[]): EntityMention[] {
  let drop: Set<EntityMention> | undefined;
  let j = 0;
  for (const span of spans) {
    while (j < mentions.length && mentions[j]!.end <= span.start) j++;
    if (span.label !== 'ORG' && span.label !== 'LOC') continue;
    let k = j;
    while (k < mentions.length && mentions[k]!.start < span.end) k++;
    if (k === j) continue;
    const m = mentions[j]!;
    if (k !== j + 1 || m.start < span.start || m.end > span.end || (m.type !== 'place' && m.type !== 'organization')) continue;
    const surface = text.slice(span.start, span.end);
    const words = surface.split(/\s+/);
    if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) || /['’]s\b/u.test(surface)) continue;
    const before = text.slice(span.start, m.start).trim();
    const after = text.slice(m.end, span.end).trim();
    const headLast = before === '' && after !== '' && isNameHead(fold(words[words.length - 1]!));
    const demonymFirst = after === '' && /^\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)$/u.test(before);
    if (!headLast && !demonymFirst) continue;
    (drop ??= new Set()).add(m);
  }
  return drop ? mentions.filter((m) => !drop!.has(m)) : mentions;
}

/** The id of a name the tagger found, unless a card has it and says this form here is not its entity: then another. */
function notTheCard(ctx: RecognitionContext, id: string, surface: string): string {
  const card = ctx.kb.cards.get(id);
  return card && isNotHere(card, surface, ctx.articlePath) ? `${id}-other` : id;
}

/** "The Associated Press" and "Associated Press" are one: the id leaves a leading article out. */
function withoutArticle(name: string): string {
  return /^The\s+\S/.test(name) ? name.replace(/^The\s+/, '') : name;
}

/** "Boeing Co." and "Boeing" are one company: the id leaves the suffix out. */
function withoutCompanySuffix(name: string): string {
  const m = /^(.*\S)(?:,?\s+)(\S+)$/.exec(name);
  return m && COMPANY_SUFFIXES.has(m[2]!.toLowerCase()) ? m[1]! : name;
}

/**
 * SpellingVariants.find, remembered per instance: it compares the name with every card key (edit
 * distance), and the same names recur across articles. An instance belongs to one immutable
 * knowledge base (a card edit builds a new one), so its answers never change.
 */
const variantMemo = new WeakMap<SpellingVariants, Map<string, ReturnType<SpellingVariants['find']>>>();
const MAX_VARIANT_MEMO = 50_000;

function findVariant(variants: SpellingVariants, name: string, type: EntityType): ReturnType<SpellingVariants['find']> {
  // (without cards there is nothing to find, and the memo's key alone costs more than the answer)
  if (variants.empty) return undefined;
  let memo = variantMemo.get(variants);
  if (!memo) variantMemo.set(variants, (memo = new Map()));
  const key = type + '\u0000' + name;
  if (memo.has(key)) return memo.get(key);
  const found = variants.find(name, type);
  if (memo.size >= MAX_VARIANT_MEMO) memo.clear();
  memo.set(key, found);
  return found;
}

/**
 * A one-word unlinked mention that stands for a name the same article gives in full is that
 * entity: a surname (person, or MISC, as the tagger often calls a lone surname) for the person
 * whose name ends with it ("Grigoryan" after "Armen Grigoryan"; suffixes aside: "Kennedy" after
 * "Robert Kennedy Jr."), an acronym for the organization or place with those initials or that
 * the article defines it for in brackets ("Federal Security Service (FSB)"). Two entities with
 * the key in one article leave it unresolved: a wrong link is worse than none.
 */
function resolveShortForms(text: string, mentions: EntityMention[], notHere: (cardId: string, form: string) => boolean): void {
  joinFullNameVariants(mentions);
  const byKey = new Map<string, Set<string>>();
  const canonical = new Map<string, EntityMention>();
  const add = (key: string, m: EntityMention) => {
    const ids = byKey.get(key) ?? new Set<string>();
    ids.add(m.id);
    byKey.set(key, ids);
    if (!canonical.has(m.id)) canonical.set(m.id, m);
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const key = fullNameKey(m); // remembered per name: the same names recur across articles
    if (key !== undefined) add(key, m);
    if (m.type === 'organization' && !m.linked) {
      // "Federal Security Service (FSB)": an organization's, starting with the same letter
      // (not a dateline's "LOS ANGELES (AP)")
      const next = mentions[i + 1];
      if (next === undefined || text.charCodeAt(next.end) !== 41 /* ) */ || !/^\s*\(\s*$/.test(text.slice(m.end, next.start))) continue;
      const acronym = acronymKey(next.text);
      if (acronym && acronym !== key && acronym[1] === fold(m.name[0]!)) add(acronym, m);
    }
  }
  for (const m of mentions) {
    const key = shortFormKey(m);
    if (key === undefined) continue;
    const ids = byKey.get(key);
    let source: MentionSource = 'short-form';
    let only = ids && ids.size === 1 ? [...ids][0]! : undefined;
    // "Li" beside "Victor Li" and "Li Ka-shing": a surname someone else of the article has first is no one's
    if (only !== undefined && !key.startsWith('#')) {
      const firsts = surnamesFirstOf(mentions).get(key);
      if (firsts && [...firsts].some((id) => id !== only)) only = undefined;
    }
    // A given name alone ("Elian" after "Elian Gonzalez") when no one in the article has it as a
    // surname and one person as a given name; within the article only: across a corpus, given
    // names are shared too widely.
    if (!ids && (m.type === 'person' || m.type === 'misc') && !key.startsWith('#')) {
      const people = firstNamesOf(mentions).get(key);
      if (people && people.size === 1) {
        only = [...people][0]!;
        source = 'given-name';
      }
    }
    if (only === undefined) continue;
    const full = canonical.get(only)!;
    if (full === m || (full.linked && notHere(full.id, m.text))) continue;
    m.type = full.type;
    m.id = full.id;
    m.name = full.name;
    m.linked = full.linked;
    m.source = full.type === 'person' ? source : 'acronym';
  }
}


/** A person's name as given name, middle initials or names, surname and suffix, folded. */
function nameParts(name: string): { given: string; middle: string[]; rest: string } | undefined {
  const words = name.split(/\s+/).map((w) => fold(w.replace(/,$/, '')));
  let end = words.length;
  while (end > 2 && NAME_SUFFIXES.has(words[end - 1]!)) end--;
  if (end < 2) return undefined;
  return { given: NICKNAMES.get(words[0]!) ?? words[0]!, middle: words.slice(1, end - 1), rest: words.slice(end - 1).join(' ') };
}

/**
 * Within an article, "William J. Clinton" and "Bill Clinton" are one person when they are the only
 * people of that surname it names: same surname and suffix, the same given name or its short form,
 * and no middle names that disagree ("Robert F. Kennedy" and "Robert Kennedy" are one;
 * "Robert F. Kennedy Jr." and "Robert F. Kennedy" are two). The later take the first one's id.
 */
function joinFullNameVariants(mentions: EntityMention[]): void {
  let bySurname: Map<string, EntityMention[]> | undefined;
  for (const m of mentions) {
    if (m.type !== 'person' || m.linked) continue;
    const key = fullNameKey(m);
    if (key === undefined) continue;
    bySurname ??= new Map();
    const list = bySurname.get(key);
    if (list) list.push(m);
    else bySurname.set(key, [m]);
  }
  if (!bySurname) return;
  for (const list of bySurname.values()) {
    const first = list[0]!;
    if (list.every((m) => m.id === first.id)) continue;
    const a = nameParts(first.name);
    if (!a) continue;
    const compatible = list.every((m) => {
      const b = nameParts(m.name);
      if (!b || b.given !== a.given || b.rest !== a.rest) return false;
      const n = Math.min(a.middle.length, b.middle.length);
      for (let k = 0; k < n; k++) if (a.middle[k]![0] !== b.middle[k]![0]) return false;
      return true;
    });
    // every variant must fit the first one and each other (one middle name each at most, all alike)
    const middles = new Set(list.map((m) => nameParts(m.name)!.middle.map((w) => w[0]).join('')).filter((x) => x !== ''));
    if (!compatible || middles.size > 1) continue;
    for (const m of list) {
      m.id = first.id;
      m.name = first.name;
    }
  }
}
