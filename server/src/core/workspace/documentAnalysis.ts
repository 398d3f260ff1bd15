// Everything the core knows about one article on its own, before the corpus is considered.
// Computed from the article's text and the knowledge base only, so it can be cached per text.

import { tokenize, sentences, type Sentence } from '../text/tokenize.ts';
import { LineIndex } from '../text/lineIndex.ts';
import { fold } from '../text/fold.ts';
import { recognizeEntities, type RecognitionContext } from '../entities/recognize.ts';
import type { EntityMention } from '../entities/mention.ts';
import { toPieces, type Gazetteer } from '../entities/gazetteer.ts';
import { findEventPhrases } from '../events/eventPhrases.ts';
import { dateArticle } from '../events/articleDating.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { ArticleDate } from '../dates/index.ts';
import type { ArticleMetadata } from '../knowledge/articleMetadata.ts';

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

export function analyzeDocument(path: string, text: string, ctx: AnalysisContext): DocumentAnalysis {
  const tokens = tokenize(text);
  const sents = sentences(text, tokens);
  // Word pieces serve both gazetteers (events and names).
  const pieces = toPieces(text, tokens);
  const eventPhrases = findEventPhrases(text, tokens, ctx.eventGazetteer, pieces);
  const { articleDate, dates } = dateArticle(text, tokens, sents, eventPhrases, ctx.kb, ctx.fallbackPublished, ctx.metadata);
  // A name inside the proper name of an event ("Second Karabakh War") belongs to the event.
  const eventNames = eventPhrases.filter((p) => p.eventId && isProperName(text.slice(p.start, p.end)));
  // A form the ignore list names is not a name, unless a card claims it.
  const notNames = ctx.kb.notNames;
  const entities = recognizeEntities(text, tokens, sents, ctx, pieces).filter(
    (m) => !eventNames.some((p) => p.start <= m.start && m.end <= p.end) && (m.linked || notNames.size === 0 || !(notNames.has(fold(m.text)) || notNames.has(fold(m.name)))),
  );
  return { path, text, lines: new LineIndex(text), entities, articleDate, dates: withParticipants(dates, sents, entities) };
}

/** For dates tied to an event word without a card: who and where, from the same sentence. */
function withParticipants(dates: DatedMention[], sents: readonly Sentence[], entities: readonly EntityMention[]): DatedMention[] {
  return dates.map((d) => {
    if (!d.trigger) return d;
    const s = sents.find((x) => x.start <= d.start && d.start < x.end);
    if (!s) return d;
    const inSentence = entities.filter((m) => m.start >= s.start && m.end <= s.end);
    const ids = new Set(inSentence.filter((m) => m.type !== 'misc' || m.source === 'demonym').map((m) => m.id));
    return { ...d, participants: [...ids].sort() };
  });
}

/** Every word capitalized: "Second Karabakh War", not "the trilateral statement". */
function isProperName(phrase: string): boolean {
  return phrase.split(/[\s-]+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
