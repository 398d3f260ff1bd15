// Recognition of entity mentions in one document: card names first, then the tagger's names
// that no card knows, then short forms resolved to the full name the article introduced.

import type { Token, Sentence } from '../text/tokenize.ts';
import { fold, slugify } from '../text/fold.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { EntityType } from '../knowledge/card.ts';
import { Gazetteer, toPieces, type Piece } from './gazetteer.ts';
import type { EntityMention, MentionSource } from './mention.ts';
import type { EntityTagger, TaggedSpan } from './tagger.ts';
import { filterTaggedSpans } from './taggerFilters.ts';
import type { SpellingVariants } from './spellingVariants.ts';
import { shortFormSurname } from './link.ts';

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
): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const m of ctx.gazetteer.match(pieces ?? toPieces(text, tokens))) {
    const card = ctx.kb.cards.get(m.entry.cardId)!;
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
  if (ctx.tagger) {
    const spans = filterTaggedSpans(text, tokens, taggedSpans(tokens, sents, ctx.tagger));
    const known = mentions.slice();
    for (const span of spans) {
      if (known.some((m) => m.start < span.end && span.start < m.end)) continue; // cards take precedence
      const surface = text.slice(span.start, span.end);
      const variant = ctx.variants?.find(surface, LABEL_TYPES[span.label]);
      if (variant) {
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
        id: slugify(surface),
        name: surface.replace(/\s+/g, ' '),
        linked: false,
        source: 'tagger',
      });
    }
    mentions.sort((a, b) => a.start - b.start);
    resolveShortForms(mentions);
  }
  return mentions;
}

/** Turns the tagger's per-token tags into character spans. */
export function taggedSpans(tokens: readonly Token[], sents: readonly Sentence[], tagger: EntityTagger): TaggedSpan[] {
  const words = sents.map((s) => tokens.slice(s.firstToken, s.endToken).map((t) => t.text));
  const tags = tagger.tagDocument(words);
  const spans: TaggedSpan[] = [];
  sents.forEach((s, si) => {
    let open: TaggedSpan | undefined;
    const sentTags = tags[si] ?? [];
    for (let k = 0; k < s.endToken - s.firstToken; k++) {
      const tok = tokens[s.firstToken + k]!;
      const tag = sentTags[k] ?? 'O';
      const [bio, label] = tag.split('-') as [string, TaggedSpan['label'] | undefined];
      if (tag === 'O' || !label || !(label in LABEL_TYPES)) {
        if (open) spans.push(open);
        open = undefined;
        continue;
      }
      if (open && bio === 'I' && open.label === label) {
        open.end = tok.end;
      } else {
        if (open) spans.push(open);
        open = { start: tok.start, end: tok.end, label };
      }
    }
    if (open) spans.push(open);
  });
  return spans;
}

/**
 * A one-word unlinked mention (person, or MISC, as the tagger often calls a lone surname) that
 * is the last word of a person named in full in the same article ("Grigoryan" after "Armen
 * Grigoryan") is that person. Two people sharing the surname in one article leave it
 * unresolved: a wrong link is worse than none.
 */
function resolveShortForms(mentions: EntityMention[]): void {
  const bySurname = new Map<string, Set<string>>();
  const canonical = new Map<string, EntityMention>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const words = m.name.split(/\s+/);
    if (words.length < 2) continue;
    const key = fold(words[words.length - 1]!);
    const ids = bySurname.get(key) ?? new Set<string>();
    ids.add(m.id);
    bySurname.set(key, ids);
    if (!canonical.has(m.id)) canonical.set(m.id, m);
  }
  for (const m of mentions) {
    if (shortFormSurname(m) === undefined) continue;
    const ids = bySurname.get(fold(m.text));
    if (!ids || ids.size !== 1) continue;
    const full = canonical.get([...ids][0]!)!;
    m.type = 'person';
    m.id = full.id;
    m.name = full.name;
    m.linked = full.linked;
    m.source = 'short-form';
  }
}
