// The two shapes a check takes. A check is one file under checks/ with its tests beside it; the
// corpus index (workspace/corpusIndex.ts) runs every check of registry.ts and does the
// bookkeeping of what an edit changes, once, for all of them.
//
// - An ArticleCheck looks at one article alone (a weekday that does not fit its date).
// - A CorpusCheck compares articles: each article contributes items under keys (its dated
//   mentions of an event, under the event's id); all the items of one key make a summary (the
//   date most sources give); an article's findings follow from the summaries of its keys and its
//   own items. After an edit only the keys the article touched are summarized again, and a
//   summary with the same signature as before changes no other article's findings.

import type { Card } from '../knowledge/card.ts';
import type { EntityMention } from '../entities/mention.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { ArticleDate } from '../dates/index.ts';
import type { Claim } from '../claims/claim.ts';
import type { FindingCode } from './codes.ts';
import type { Finding } from './finding.ts';
import type { Fix, FixContext } from './fix.ts';

/**
 * What a check sees of one article. A corpus check collects from the article's own analysis
 * (entities before cross-article linking, so that linking elsewhere never re-collects it); an
 * article check sees the entities with their corpus-wide ids.
 */
export interface ArticleFacts {
  path: string;
  entities: readonly EntityMention[];
  dates: readonly DatedMention[];
  /** The article's text, which the offsets are into ('' where the caller has none). */
  text: string;
  /** The article's date as the analysis decided it, 'YYYY-MM-DD', or null. */
  published: string | null;
  /** Its numeric claims ("more than 6,500 deaths"). */
  claims: readonly Claim[];
  /** How the article is dated (absent where a check's own tests build facts without it). */
  articleDate?: ArticleDate;
}

export interface ArticleCheck {
  readonly codes: readonly FindingCode[];
  findings(article: ArticleFacts, ctx: CheckContext): Finding[];
  /** Fixes for one of its findings. */
  fixes?(finding: Finding, ctx: FixContext): Fix[];
}

/** What summaries and findings may consult besides the items. */
export interface CheckContext {
  cards: ReadonlyMap<string, Card>;
  /** A display name for an entity id: its card's name, else its first mention's. */
  nameOf(id: string): string;
}

export interface CorpusCheck<I, S> {
  readonly codes: readonly FindingCode[];
  /**
   * The article's items, each with its key, in the article's order. An item carries what its
   * check needs of it (its path, if findings point at it): the index only files it by key.
   */
  collect(article: ArticleFacts): Iterable<[key: string, item: I]>;
  /**
   * The summary of one key's items (articles in path order, each article's items in order), or
   * undefined when nothing can be reported. `previous` is the key's summary before the change, for
   * a check that updates it rather than starting over: what it returns must equal a fresh summary.
   */
  summarize(key: string, items: readonly I[], ctx: CheckContext, previous?: S): S | undefined;
  /**
   * Equal for two summaries of a key exactly when they give the same findings for the same items.
   * The index keeps a summary while its signature holds: findings() then gets the items of a later
   * analysis, equal but other objects, and must find them in it by their place, not by identity.
   */
  signature(summary: S): string;
  /** The articles that get findings under a summary (their findings change with it). */
  reported(summary: S, items: readonly I[]): Iterable<string>;
  /** The findings on an article's own items of one key. */
  findings(summary: S, mine: readonly I[], ctx: CheckContext): Finding[];
  /**
   * Whether an article's new items of a key leave the key's findings as they were everywhere
   * else, so the key need not be summarized again (typing in an article that dates a hub event
   * then costs nothing across the corpus). Without it, every change re-summarizes.
   */
  unchanged?(before: readonly I[], after: readonly I[], path: string, summary: S | undefined): boolean;
  /**
   * The key's summary once an article's items of it went from `before` to `after`, made from the
   * summary before and those items alone, or undefined when that cannot be done (the key is then
   * summarized afresh). It must equal a fresh summary, and every other article must be reported
   * under it exactly as before: `reported(summary, after)` decides the article alone. An edit that
   * moves, without changing, an article's dates of a hub event then costs no pass over the
   * event's thousand mentions.
   */
  update?(summary: S, path: string, before: readonly I[], after: readonly I[]): S | undefined;
  /** Fixes for one of its findings (from the finding and its data alone). */
  fixes?(finding: Finding, ctx: FixContext): Fix[];
}

/** A corpus check of any item and summary types, as the registry lists them (the index keeps each check's own apart). */
export type AnyCorpusCheck = CorpusCheck<any, any>;
