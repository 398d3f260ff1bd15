// Everything the core knows about one article on its own, before the corpus is considered.
// Computed from the article's text and the knowledge base only, so it can be cached per text.

import { tokenize, sentences, type Sentence } from '../text/tokenize.ts';
import { LineIndex } from '../text/lineIndex.ts';
import { fold } from '../text/fold.ts';
import { recognizeEntities, taggerSpansOf, type RecognitionContext } from '../entities/recognize.ts';
import type { EntityMention } from '../entities/mention.ts';
import type { EntityTagger, TaggedSpan } from '../entities/tagger.ts';
import { toPieces, type Gazetteer } from '../entities/gazetteer.ts';
import { findEventPhrases, type EventPhrase } from '../events/eventPhrases.ts';
import { findReferences } from '../events/references.ts';
import { dateArticle } from '../events/articleDating.ts';
import type { DatedMention } from '../events/datedMention.ts';
import { tieToCard } from '../events/attachDates.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { Card } from '../knowledge/card.ts';
import { partiesNeeded } from '../events/eventKinds.ts';
import type { ArticleDate } from '../dates/index.ts';
import type { ArticleMetadata } from '../knowledge/articleMetadata.ts';
import { formatFor } from '../formats/index.ts';
import type { ArticleProse } from '../formats/format.ts';
import type { OffsetMap } from '../formats/offsetMap.ts';
import { findClaims } from '../claims/findClaims.ts';
import type { Claim } from '../claims/claim.ts';
import { itemAt, within } from '../text/ordered.ts';

/**
 * What an article yields. Tokens and sentences are intermediate and not kept: a large corpus
 * would hold millions of them for nothing.
 */
export interface DocumentAnalysis {
  path: string;
  text: string;
  lines: LineIndex;
  entities: EntityMention[];
  articleDate: ArticleDate;
  dates: DatedMention[];
  /** Counts the article gives ("more than 6,500 deaths"). */
  claims: Claim[];
}

/** An analysis as it crosses a thread boundary: everything but the text and its line index. */
export type PortableAnalysis = Omit<DocumentAnalysis, 'text' | 'lines'>;

/** One article's portable analysis, as a worker gives it back. */
export interface AnalysisResult {
  path: string;
  analysis: PortableAnalysis;
}

export interface AnalysisContext extends RecognitionContext {
  eventGazetteer: Gazetteer;
  /** The article date to use when the text gives none (the CLI's --published). */
  fallbackPublished?: string;
  /** The article's sidecar metadata, if any. */
  metadata?: ArticleMetadata;
}

/**
 * Analyzes an article as written in its file: its format gives the prose (for plain text, the
 * file itself) and what the document says of itself; offsets are mapped back to the file's.
 */
export function analyzeDocument(path: string, source: string, ctx: AnalysisContext): DocumentAnalysis {
  return finishSteps(analyzeDocumentInSteps(path, source, ctx));
}

/** Runs the steps left of an analysis in steps (analyzeDocumentInSteps) and returns its result. */
export function finishSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * analyzeDocument in steps, for a caller that answers requests between them (a server re-analyzing
 * the article being edited: the whole of it holds a thread some 17 ms on a 1,500-word article, each
 * step a few). The result is analyzeDocument's; the steps read nothing but their arguments, so a
 * caller that changes the article meanwhile throws the steps away and starts again.
 */
export function* analyzeDocumentInSteps(path: string, source: string, ctx: AnalysisContext): Generator<void, DocumentAnalysis, void> {
  const prose = formatFor(path).read(source);
  const metadata = withDocumentMetadata(path, ctx.metadata, prose);
  const found = yield* analyzeProse(prose.text, { ...ctx, metadata, articlePath: path });
  const { entities, articleDate, dates, claims } = prose.map ? toSourceOffsets(found, prose.map) : found;
  return { path, text: source, lines: new LineIndex(source), entities, articleDate, dates, claims };
}

type ProseAnalysis = Pick<DocumentAnalysis, 'entities' | 'articleDate' | 'dates' | 'claims'>;

function* analyzeProse(text: string, ctx: AnalysisContext): Generator<void, ProseAnalysis, void> {
  const tokens = tokenize(text);
  const sents = sentences(text, tokens);
  // Word pieces serve both gazetteers (events and names); without cards neither has an alias
  // to match, and the pieces (a fold of every token) are not made.
  const pieces = ctx.gazetteer.isEmpty && ctx.eventGazetteer.isEmpty ? [] : toPieces(text, tokens);
  const eventPhrases = findEventPhrases(text, tokens, ctx.eventGazetteer, pieces);
  yield;
  const { articleDate, dates } = dateArticle(text, tokens, sents, eventPhrases, ctx.kb, ctx.fallbackPublished, ctx.metadata);
  yield;
  const taggerSpans = taggerSpansOf(text, tokens, sents, ctx);
  yield;
  // A name inside the proper name of an event ("Second Karabakh War") belongs to the event.
  const eventNames = eventPhrases.filter((p) => p.eventId && isProperName(text.slice(p.start, p.end)));
  // A form the ignore list names is not a name, unless a card claims it.
  const notNames = ctx.kb.notNames;
  const entities = recognizeEntities(text, tokens, sents, ctx, pieces, taggerSpans).filter(
    (m) => !eventNames.some((p) => p.start <= m.start && m.end <= p.end) && (m.linked || notNames.size === 0 || !(notNames.has(fold(m.text)) || notNames.has(fold(m.name)))),
  );
  yield;
  return { entities, articleDate, dates: withParticipants(text, eventPhrases, dates, sents, entities, articleDate, ctx.kb), claims: findClaims(text, sents, dates, articleDate.value) };
}

/** A sidecar's fields win; the document's own (front matter, page metadata) fill what it leaves out. */
function withDocumentMetadata(path: string, sidecar: ArticleMetadata | undefined, prose: ArticleProse): ArticleMetadata | undefined {
  const own = prose.metadata;
  if (!own || (sidecar?.published && (sidecar.source || !own.source))) return sidecar;
  const merged: ArticleMetadata = { path: sidecar?.published ? sidecar.path : path };
  const published = sidecar?.published ?? own.published;
  const source = sidecar?.source ?? own.source;
  if (published) merged.published = published;
  if (sidecar?.published && sidecar.publishedStart !== undefined) [merged.publishedStart, merged.publishedEnd] = [sidecar.publishedStart, sidecar.publishedEnd];
  if (source) merged.source = source;
  return merged;
}

/** Every offset an analysis gives, from the prose's to the file's. The texts stay the prose's ("AT&T"). */
function toSourceOffsets(a: ProseAnalysis, map: OffsetMap): ProseAnalysis {
  const entities = a.entities.map((m) => {
    const [start, end] = map.toSource(m.start, m.end);
    return { ...m, start, end };
  });
  const dates = a.dates.map((d) => {
    const [start, end] = map.toSource(d.start, d.end);
    return d.references ? { ...d, start, end, references: d.references.map(([s, e]) => map.toSource(s, e)) } : { ...d, start, end };
  });
  const claims = a.claims.map((c) => {
    const [start, end] = map.toSource(c.start, c.end);
    return { ...c, start, end };
  });
  let articleDate = a.articleDate;
  if (articleDate.start !== undefined && articleDate.end !== undefined) {
    const [start, end] = map.toSource(articleDate.start, articleDate.end);
    articleDate = { ...articleDate, start, end };
  }
  return { entities, articleDate, dates, claims };
}

/** Participants of a card a date near its date must name (in its sentence or as the article's main entities). */
const MIN_SHARED_WITH_CARD = 2;

/** Entities of an article's context: those it names most, at least twice. */
const CONTEXT_SIZE = 3;

/**
 * Entities that can be an event's participant or place: no plain "misc" words but demonyms, and
 * a name the article also gives a type ("the Kursk", tagged misc in one sentence and a place in another).
 */
function canTakePart(m: EntityMention, typed: ReadonlySet<string>): boolean {
  return m.type !== 'misc' || m.source === 'demonym' || typed.has(m.id);
}

/** "the Armenian earthquake", "Armenia's quake", "the earthquake in Armenia": the place named as the event's. */
const PLACE_BEFORE_WORD = /^(?:['\u2019]s)?(?:\s+[\p{Ll}-]+)?\s+$/u;
const PLACE_AFTER_WORD = /^\s+(?:in|off|near|at|outside)\s+(?:the\s+)?$/i;

function placesOfWord(text: string, word: readonly [number, number], inSentence: readonly EntityMention[]): EntityMention[] {
  return inSentence.filter((m) => (m.type === 'place' || m.source === 'demonym') &&
    ((m.end <= word[0] && PLACE_BEFORE_WORD.test(text.slice(m.end, word[0]))) || (m.start >= word[1] && PLACE_AFTER_WORD.test(text.slice(word[1], m.start)))));
}

/**
 * Whether the event word names another place than the card's: a place named as the event's
 * ("the Armenian earthquake") that is none of the card's participants, while the card has a
 * place of its own (a card of its own of a place, or a name the article calls a place).
 */
function otherPlace(card: Card, places: readonly EntityMention[], placeIds: ReadonlySet<string>, kb: KnowledgeBase): boolean {
  if (places.length === 0 || places.some((p) => card.participants.includes(p.id))) return false;
  return card.participants.some((id) => kb.cards.get(id)?.type === 'place' || placeIds.has(id));
}

/**
 * For dates tied to an event word without a card: who and where, from the same sentence and from
 * what the article names most; the article's date; whether the year is only a guess. A date a
 * generic word ties to a card is untied when the word names another place than the card's.
 */
function withParticipants(text: string, phrases: readonly EventPhrase[], dates: DatedMention[], sents: readonly Sentence[], entities: readonly EntityMention[], articleDate: ArticleDate, kb: KnowledgeBase): DatedMention[] {
  if (!dates.some((d) => d.trigger || d.nearCards || d.untied)) return dates;
  const typed = new Set<string>();
  const placeIds = new Set<string>();
  for (const m of entities) {
    if (m.type !== 'misc') typed.add(m.id);
    if (m.type === 'place' || m.source === 'demonym') placeIds.add(m.id);
  }
  const counts = new Map<string, number>();
  for (const m of entities) if (canTakePart(m, typed)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const context = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CONTEXT_SIZE).map(([id]) => id).sort();
  const sure = articleDate.source === 'metadata' || articleDate.source === 'dateline' || articleDate.source === 'command-line';
  const byStart = [...entities].sort((a, b) => a.start - b.start);
  const sentenceOf = (d: DatedMention) => {
    const s = itemAt(sents, d.start);
    return s ? within(byStart, s.start, s.end).filter((m) => canTakePart(m, typed)) : [];
  };
  const placesOf = (d: DatedMention) => (d.kindWord ? placesOfWord(text, d.kindWord, sentenceOf(d)) : []);
  const settled = dates.map((d) => {
    if (!d.untied) return d;
    const { untied, ...tied } = d;
    const card = kb.cards.get(tied.event!);
    return !card || !otherPlace(card, placesOf(d), placeIds, kb) ? tied : untied;
  });
  // An article that dates a card's event on its day and, elsewhere, a day or two off ("officials at
  // first said the submarine sank on Sunday, but ... the accident occurred on Saturday") quotes
  // and corrects, or is unclear: its date off the card's is not taken for the card's.
  const tiedHere = new Set(settled.filter((d) => d.event).map((d) => d.event!));
  const placed = settled.map((d) => {
    if (!d.trigger && !d.nearCards) return d;
    const inSentence = sentenceOf(d);
    const places = placesOf(d);
    const ids = new Set(inSentence.map((m) => m.id));
    if (d.nearCards) {
      // "a cease-fire was eventually brokered by Russia on November 10" in a story of Armenia and
      // Azerbaijan: the card of November 9 whose participants these are, if only one fits. A
      // kind that happens once to a place or a party (a crash) needs one in common, as its
      // mentions need to be one event without a card (events/eventKinds.ts: partiesNeeded).
      const parties = new Set([...ids, ...context]);
      const needed = d.trigger && partiesNeeded(d.trigger) === 1 ? 1 : MIN_SHARED_WITH_CARD;
      const fits = d.nearCards.map((id) => kb.cards.get(id)!).filter((card) => {
        if (tiedHere.has(card.id)) return false;
        const shared = card.participants.filter((p) => parties.has(p)).length;
        return shared >= Math.max(1, Math.min(needed, card.participants.length)) && !otherPlace(card, places, placeIds, kb);
      });
      if (fits.length === 1) return tieToCard(d, fits[0]!, `a day or two off the date of its card, with its participants (${fits[0]!.participants.filter((p) => parties.has(p)).join(', ')})`);
      const { nearCards: _near, ...rest } = d;
      if (!rest.trigger) return rest;
      d = rest;
    }
    const out: DatedMention = { ...d, participants: [...ids].sort(), context };
    if (articleDate.value) out.published = articleDate.value;
    if (!d.explicitYear && (!sure || farFrom(d.value, articleDate.value))) out.yearGuessed = true;
    return out;
  });
  // "Friday night's crash ... the crash": the later words carry the dated mention's event, and
  // who and where their sentences name are the event's too.
  const kindOf = (d: DatedMention) => d.trigger ?? phrases.find((p) => p.start === d.kindWord?.[0])?.event?.kind;
  const references = findReferences(text, placed, phrases, kindOf);
  return placed.map((d, i) => {
    const refs = references.get(i);
    if (!refs) return withoutWord(d);
    const out: DatedMention = { ...withoutWord(d), references: refs };
    // Only for a kind whose parties come from the sentences alone (an abduction, an attack): a
    // kind that happens once has the article's own parties already.
    if (out.participants && out.trigger && partiesNeeded(out.trigger) > 1) {
      const ids = new Set(out.participants);
      for (const [start] of refs) for (const m of sentenceOf({ ...d, start })) ids.add(m.id);
      out.participants = [...ids].sort();
    }
    return out;
  });
}

function withoutWord(d: DatedMention): DatedMention {
  if (d.kindWord === undefined) return d;
  const { kindWord: _w, ...rest } = d;
  return rest;
}

/**
 * A year-less date after the article's, or half a year or more before it: the year the resolver
 * chose ("the March 26 election" in January: last March or next?) is a guess.
 */
function farFrom(value: string | null, anchor: string | null): boolean {
  if (!value || !anchor || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // After the article's own date, a reported event's year-less date may as well be last year's
  // ("crashed ... on October 31" written in September).
  return value > anchor || Math.abs(Date.parse(value) - Date.parse(anchor)) / 86400000 > GUESS_DAYS;
}

const GUESS_DAYS = 183;

/** Every word capitalized: "Second Karabakh War", not "the trilateral statement". */
function isProperName(phrase: string): boolean {
  return phrase.split(/[\s-]+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
