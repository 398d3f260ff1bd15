// The messages between a thread and its analysis workers (analysisPool.ts, analysisWorker.ts,
// taggingWorker.ts), apart from the workers so that each may read them.

import type { PortableAnalysis } from '../core/workspace/documentAnalysis.ts';
import type { SharedNerModel } from '../core/entities/tagger/index.ts';
import type { ArticleMetadata } from '../core/knowledge/articleMetadata.ts';
import type { ParsedCard } from '../core/knowledge/parseCard.ts';

export interface WorkerSetup {
  cards: Array<[string, string]>;
  /** The same cards already parsed, when the opener had them: the worker skips the YAML. */
  parsed?: Array<[string, ParsedCard]>;
  useTagger: boolean;
  fallbackPublished?: string;
  /** The workers will only tag (AnalysisPool.tag): each is started from the smaller bundle of taggingWorker.ts. */
  tagOnly?: boolean;
  /** The tagger's model as the opening thread decoded it, in shared memory: not decoded again here. */
  model?: SharedNerModel;
}

export interface WorkerJob {
  id: number;
  articles: Array<{ path: string; text: string; metadata?: ArticleMetadata }>;
  /** Send the mentions packed (packedMentions.ts). */
  pack?: boolean;
  /**
   * Only tag the articles: the reply is their tagger's names (`spans`), which the opener analyzes
   * them with. Each `text` is then the article's prose, its format read by the opener.
   */
  tagOnly?: boolean;
}

/**
 * A job, the switch to the tagger for the jobs after it, or the tagger's model file to decode
 * into shared memory for the opening thread (which then hands it to every worker).
 */
export type WorkerMessage = WorkerJob | { useTagger: true; model?: SharedNerModel } | { decodeModel: string };

/** The reply to decodeModel: the arrays are SharedArrayBuffers, so posting them copies nothing. */
export type ModelReply = { decoded: SharedNerModel } | { decodeError: string };

export type WorkerResults = Array<{ path: string; analysis: PortableAnalysis }>;

/**
 * The results as JSON when JSON gives them back exactly (survivesJson: it does for all an
 * analysis holds), else as they are. JSON is what the receiving thread decodes best: JSON.parse
 * makes objects with every field in place and shares strings of up to 10 characters, where a
 * structured clone makes objects that keep most fields in a separate array and copies every
 * string (a mention took about 115 bytes instead of 88, its strings garbage once interned).
 * The entity mentions, most of an analysis, go packed as numbers (packedMentions.ts).
 */
export type WorkerReply = { id: number; json: string } | { id: number; packed: string } | { id: number; results: WorkerResults } | { id: number; spans: Int32Array[] } | { id: number; error: string };
