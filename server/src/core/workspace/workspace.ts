// The index of all articles and cards, and the query API every front end uses (LSP server,
// CLI, tests). Updates are incremental: an article edit re-analyzes that article and updates
// only what depends on it (corpusIndex.ts); a card edit or a new tagger rebuilds the knowledge
// and re-analyzes articles lazily, when they are next asked for.

import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { ParsedCard } from '../knowledge/parseCard.ts';
import type { Card } from '../knowledge/card.ts';
import type { EntityMention } from '../entities/mention.ts';
import type { EntityTagger, TaggedSpan, TaggerMemo } from '../entities/tagger.ts';
import type { Finding } from '../checks/finding.ts';
import { dateConflictCheck } from '../checks/dateConflicts.ts';
import { possibleDateConflictCheck } from '../checks/possibleDateConflicts.ts';
import { numberConflictCheck, type ClaimItem } from '../checks/numberConflict.ts';
import type { Claim } from '../claims/claim.ts';
import type { DatedMention } from '../events/datedMention.ts';
import { metadataPathFor, parseArticleMetadata, type ArticleMetadata } from '../knowledge/articleMetadata.ts';
import { analyzeDocumentInSteps, finishSteps, type AnalysisResult, type DocumentAnalysis, type PortableAnalysis } from './documentAnalysis.ts';
import { buildKnowledge, type Knowledge } from './knowledge.ts';
import { LineIndex } from '../text/lineIndex.ts';
import { spanAt } from '../text/ordered.ts';
import { CorpusIndex, type IndexedArticle, type MentionLocation, type MentionSummary } from './corpusIndex.ts';
import type { EventCluster } from '../events/clusters.ts';
import { StringPool } from './intern.ts';
import { dateAgainstCorpus, eventDaysOf, folderOf, mayUseEventDays, MIN_DATED, spanOf, type EventDay } from '../events/corpusDating.ts';
import { formatFor } from '../formats/index.ts';

export type { MentionLocation } from './corpusIndex.ts';
export type { PortableAnalysis } from './documentAnalysis.ts';
export { buildKnowledge, type Knowledge } from './knowledge.ts';

export interface WorkspaceOptions {
  tagger?: EntityTagger;
  /** Article date for articles whose text gives none (the CLI's --published). */
  fallbackPublished?: string;
  /**
   * After a card change, keep answering from the analyses made with the old cards until the
   * caller refreshes them (staleArticles), instead of re-analyzing every article at the next
   * question: a server does that in the background, the CLI and tests want fresh answers.
   */
  keepStaleAnalyses?: boolean;
}

/** What an analysis elsewhere (a worker thread) needs to match this workspace's exactly. */
export interface AnalysisInputs {
  generation: number;
  cards: Array<[string, string]>;
  useTagger: boolean;
  fallbackPublished?: string;
  articles: Array<{ path: string; text: string; metadata?: ArticleMetadata }>;
}

/** Articles being edited whose tagger memo is kept. */
const EDITED_MEMOS = 4;
/**
 * An article is primed for editing (prepareForEditing: analyzed on this thread when opened, to fill
 * its memo) only up to this length: 200,000 characters is some 30,000 words, far beyond a news
 * article, and a file of megabytes would hold this thread for seconds.
 */
const PRIME_MAX_CHARS = 200_000;
/**
 * The memos kept hold articles of this many characters at most, all together (the oldest memo
 * goes first): a memo takes some 175 bytes a token, about 60 MB for 2,000,000 characters. A longer
 * article gets none, and each keystroke in it tags it all again; one under it (the benchmark's
 * article of 100,000 dates has 1.9 million) re-tags from its second edit on only the sentences
 * that changed.
 */
const MEMO_MAX_CHARS = 2_000_000;

/**
 * What presentation (hovers, the timeline, exports, the CLI's output) may ask of a workspace:
 * questions only. Changes go through the setters, which only the server's sync, the indexer,
 * the host's loading and tests call; code typed with this cannot make one.
 */
export type WorkspaceQueries = Pick<
  Workspace,
  | 'articlePaths' | 'cardPaths' | 'cardText' | 'hasArticle' | 'isCard' | 'isOutsideArticle' | 'metadataOf'
  | 'knowledge' | 'card' | 'analysis' | 'heldAnalysis' | 'awaitsAnalysis' | 'hasAnalysis' | 'staleArticles' | 'isReported' | 'reportedPaths'
  | 'entities' | 'entityAt' | 'displayName' | 'mentionsOf' | 'firstMentionOf' | 'mentionSummary'
  | 'findings' | 'fileProblem' | 'dateAt' | 'referenceAt' | 'claimAt' | 'claimsOf' | 'eventDates' | 'uncardedEventOf' | 'uncardedEvents'
>;

export class Workspace {
  private readonly articleTexts = new Map<string, string>();
  private readonly cardTexts = new Map<string, string>();
  /** Sidecar metadata of articles, by the sidecar's path. */
  private readonly metadata = new Map<string, { text: string; metadata: ArticleMetadata; problems: Finding[] }>();
  /** The articles each sidecar path would describe (a checkout touching many sidecars looks each up). */
  private readonly articlesBySidecar = new Map<string, Set<string>>();
  /** Problems with files that could not be read as articles (binary, too large...). */
  private readonly fileProblems = new Map<string, Finding>();
  /** Remarks on how an article was read (its encoding). */
  private readonly fileNotices = new Map<string, Finding>();
  private readonly analyses = new Map<string, DocumentAnalysis>();
  /** The generation each current analysis was made in (older ones are stale). */
  private readonly madeAt = new Map<string, number>();
  private knowledgeCache: Knowledge | undefined;
  /** Each card's last parse, with the text it was parsed from. */
  private readonly parsedByText = new Map<string, { text: string; parsed: ParsedCard }>();
  private index: CorpusIndex | undefined;
  /** Articles whose analysis the index does not have yet. */
  private readonly pending = new Set<string>();
  /** Paths whose findings changed outside the index (files, metadata, cards). */
  private changed = new Set<string>();
  private everythingChanged = true;
  private tagger: EntityTagger | undefined;
  private readonly fallbackPublished: string | undefined;
  private readonly keepStaleAnalyses: boolean;
  /** Edited articles whose analysis is of their text before (editArticle), in the order edited. */
  private readonly edited = new Set<string>();
  /** The analysis under way of an edited article's text, with the generation it was started in. */
  private readonly editSteps = new Map<string, { text: string; generation: number; steps: Generator<void, DocumentAnalysis, void> }>();
  /** Changes whenever analyses made before would differ (cards, tagger). */
  private generation = 0;
  /** Shared copies of the strings of analyses made elsewhere. */
  private readonly strings = new StringPool();
  /**
   * The tagger's memos of the articles edited last (most recent last): the next analysis of such
   * an article re-tags only the sentences that changed. Only edits make one, so a bulk pass over
   * the corpus does not fill and throw away a memo per article.
   */
  private readonly taggerMemos = new Map<string, TaggerMemo>();
  /** Articles read against the corpus without being part of it (setOutsideArticle). */
  private readonly outside = new Set<string>();
  /** Whether this thread has analyzed an article (worker threads may have done all the others). */
  private analyzedHere = false;
  /**
   * By folder, the dates of the articles that have one and the articles that have none, from the
   * analyses held: an undated article is read against its folder's dated ones
   * (events/corpusDating.ts), and read again when their span changes.
   */
  private readonly folderDated = new Map<string, Map<string, string>>();
  private readonly folderUndated = new Map<string, Set<string>>();
  /** Each folder's span as last read, 'from|to' or '' for none (spanKey's, kept current by spanMayHaveChanged). */
  private readonly folderSpan = new Map<string, string>();
  /** By folder, the days its articles give events no card describes (with the year known), and a count of their changes. */
  private readonly folderEvents = new Map<string, { byPath: Map<string, EventDay[]>; version: number }>();
  /** The articles of each folder. */
  private readonly folderArticles = new Map<string, Set<string>>();
  /**
   * Folders each of whose articles had its own analysis when last looked at (analysis()): an
   * article added or an analysis dropped takes its folder out. Asking for each undated article
   * of a folder of 10,000 looked at every other one each time, 10^8 look-ups.
   */
  private readonly foldersAnalyzed = new Set<string>();
  /** Undated articles as read against their folder: the span read with and the result. */
  private readonly corpusDated = new Map<string, { span: string; base: DocumentAnalysis; analysis: DocumentAnalysis }>();

  constructor(options: WorkspaceOptions = {}) {
    this.tagger = options.tagger;
    this.fallbackPublished = options.fallbackPublished;
    this.keepStaleAnalyses = options.keepStaleAnalyses ?? false;
  }

  /**
   * Installs the tagger without dropping what is known: later analyses use it, and the caller
   * re-analyzes the returned articles (staleArticles) with `refresh` or on workers at its own
   * pace (a server does it in slices, so that requests are answered meanwhile).
   */
  adoptTagger(tagger: EntityTagger): string[] {
    if (this.tagger !== tagger) {
      this.tagger = tagger;
      this.taggerMemos.clear();
      this.generation++;
    }
    return this.staleArticles();
  }

  /**
   * Articles whose analysis was made before the tagger or, with `keepStaleAnalyses`, the cards
   * last changed: still answered from, until the caller refreshes them.
   */
  staleArticles(): string[] {
    return this.articlePaths().filter((p) => {
      const made = this.madeAt.get(p);
      return made !== undefined && made !== this.generation;
    });
  }

  /** Analyzes an article again (with the current tagger), updating what depends on it. */
  refresh(path: string): void {
    if (this.articleTexts.has(path)) this.reanalyze(path);
  }

  /** The article's analysis is gone: it is made again when asked, and the index takes it then. */
  private reanalyze(path: string): void {
    this.release(path);
    this.madeAt.delete(path);
    this.pending.add(path);
    this.changed.add(path);
  }

  /**
   * An article read against the corpus but not part of it (a file opened from outside the
   * workspace): its names link to the cards and its checks run, but its dates and names are
   * no source for any other article's findings. Forgotten with removeArticle.
   */
  setOutsideArticle(path: string, text: string): void {
    if (!this.outside.has(path)) {
      this.outside.add(path);
      this.reanalyze(path);
    }
    this.setArticle(path, text);
  }

  isOutsideArticle(path: string): boolean {
    return this.outside.has(path);
  }

  /** Adds or updates an article; `notice` is a remark on how it was read (e.g. its encoding). */
  setArticle(path: string, text: string, notice?: Finding): void {
    const before = this.articleTexts.get(path);
    if (before === text && !this.fileProblems.has(path) && this.fileNotices.get(path) === notice) return;
    if (before !== undefined && before !== text) this.keepTaggerMemo(path, text);
    if (before === undefined) {
      addTo(this.folderArticles, folderOf(path), path);
      this.foldersAnalyzed.delete(folderOf(path));
      const sidecar = metadataPathFor(path);
      const list = this.articlesBySidecar.get(sidecar);
      if (list) list.add(path);
      else this.articlesBySidecar.set(sidecar, new Set([path]));
    }
    this.articleTexts.set(path, text);
    this.fileProblems.delete(path);
    if (notice) this.fileNotices.set(path, notice);
    else this.fileNotices.delete(path);
    this.reanalyze(path);
  }

  /**
   * An edit in the editor: as setArticle, but the analysis of the text before stays, in the index
   * and for every answer that reads no position in the article, until the caller has analyzed
   * the new text in steps (`editedArticles`, `analyzeEditStep`): a server answers requests between
   * the steps instead of behind the whole analysis. Asked for the article's analysis meanwhile
   * (`analysis`), the workspace finishes it at once, so that nothing reads the new text with the
   * old offsets. An article with no analysis yet (or a problem, or a notice) is set as by setArticle.
   */
  editArticle(path: string, text: string): void {
    const before = this.articleTexts.get(path);
    const kept = this.analyses.get(path);
    if (before === undefined || before === text || !kept || this.fileProblems.has(path) || this.fileNotices.has(path)) return this.setArticle(path, text);
    this.keepTaggerMemo(path, text);
    this.articleTexts.set(path, text);
    this.editSteps.delete(path);
    // An edit undone before its analysis is made has the analysis before back; either way its
    // findings are to be sent again, for the editor's new version.
    if (kept.text === text) this.edited.delete(path);
    else this.edited.add(path);
    this.changed.add(path);
  }

  /**
   * Re-analyzes an article (the tagger arrived, for an article open in the editor) in steps, as an
   * edit's (analyzeEditStep): its analysis before answers meanwhile, in the index and for every
   * answer that reads no position in it, and the analysis fills its tagger memo for its first
   * edit. Returns false, and refreshes it at once, when it has no analysis to answer from (or a
   * problem, or a notice).
   */
  reanalyzeInSteps(path: string): boolean {
    const text = this.articleTexts.get(path);
    if (text === undefined || !this.analyses.has(path) || this.fileProblems.has(path) || this.fileNotices.has(path)) {
      this.refresh(path);
      return false;
    }
    this.keepTaggerMemo(path, text);
    this.editSteps.delete(path);
    this.edited.add(path);
    this.changed.add(path);
    return true;
  }

  /** Edited articles whose new text is not analyzed yet (editArticle), the first edited first. */
  editedArticles(): string[] {
    return [...this.edited];
  }

  /** Whether the article's analysis is of an older text than it has (an edit's analysis is under way). */
  awaitsAnalysis(path: string): boolean {
    return this.edited.has(path);
  }

  /**
   * One step of the analysis of an edited article's new text (a few milliseconds); returns true
   * when none is left, the new analysis held and waiting for the index (updateIndex). A step
   * after the text, the cards or the tagger changed starts over.
   */
  analyzeEditStep(path: string): boolean {
    const text = this.articleTexts.get(path);
    if (!this.edited.has(path) || text === undefined || !this.analyses.has(path)) {
      this.edited.delete(path);
      this.editSteps.delete(path);
      return true;
    }
    let job = this.editSteps.get(path);
    if (!job || job.text !== text || job.generation !== this.generation) {
      job = { text, generation: this.generation, steps: this.analysisSteps(path, text, this.taggerMemos.get(path)) };
      this.editSteps.set(path, job);
    }
    const next = job.steps.next();
    if (!next.done) return false;
    this.editSteps.delete(path);
    this.edited.delete(path);
    this.hold(path, next.value);
    this.madeAt.set(path, this.generation);
    this.pending.add(path);
    this.changed.add(path);
    return true;
  }

  /**
   * The analysis the index and every answer come from: for an edited article whose new text is
   * being analyzed (editArticle), the one of its text before, whose offsets the index's locations
   * in it are into; else analysis().
   */
  heldAnalysis(path: string): DocumentAnalysis | undefined {
    return (this.edited.has(path) && this.held(path)) || this.analysis(path);
  }

  /** Records a file that is not analyzed, with the reason, so it shows as a diagnostic. */
  setFileProblem(path: string, finding: Finding): void {
    this.dropArticle(path);
    this.fileProblems.set(path, finding);
    this.changed.add(path);
  }

  /** Why a file is not analyzed (too large, binary), when it is not. */
  fileProblem(path: string): Finding | undefined {
    return this.fileProblems.get(path);
  }

  /** Forgets a problem recorded for a path that is no longer there. */
  clearFileProblem(path: string): void {
    if (this.fileProblems.delete(path)) this.changed.add(path);
  }

  removeArticle(path: string): void {
    this.dropArticle(path);
    this.fileProblems.delete(path);
    this.changed.add(path);
  }

  /** Adds or updates a card; returns whether the cards changed (the same text again changes nothing). */
  setCard(path: string, text: string): boolean {
    if (this.fileProblems.delete(path)) this.changed.add(path);
    if (this.cardTexts.get(path) === text) return false;
    this.cardTexts.set(path, text);
    this.invalidateKnowledge();
    return true;
  }

  removeCard(path: string): void {
    if (this.cardTexts.delete(path)) this.invalidateKnowledge();
  }

  /** Adds or updates an article's sidecar metadata (`a.meta.yaml` beside `a.txt`). */
  setMetadata(path: string, text: string): void {
    if (this.metadata.get(path)?.text === text) return;
    const { metadata, problems } = parseArticleMetadata(path, text);
    this.metadata.set(path, { text, metadata, problems: problems.map((p) => ({ ...p, related: [] })) });
    this.metadataChanged(path);
  }

  removeMetadata(path: string): void {
    if (this.metadata.delete(path)) this.metadataChanged(path);
  }

  metadataOf(articlePath: string): ArticleMetadata | undefined {
    return this.metadata.get(metadataPathFor(articlePath))?.metadata;
  }

  cardText(path: string): string | undefined {
    return this.cardTexts.get(path);
  }

  hasArticle(path: string): boolean {
    return this.articleTexts.has(path);
  }

  isCard(path: string): boolean {
    return this.cardTexts.has(path);
  }

  articlePaths(): string[] {
    return [...this.articleTexts.keys()].sort();
  }

  /** The paths of the card files (and ignore lists) read, sorted. */
  cardPaths(): string[] {
    return [...this.cardTexts.keys()].sort();
  }

  /** The card files as this workspace parsed them (for worker threads, which then skip the YAML). */
  parsedCards(): Array<[string, ParsedCard]> {
    return [...this.knowledge().parsed];
  }

  /**
   * Takes the articles analyzed so far into the cross-article index now rather than at the next
   * question (those not analyzed yet stay pending; nothing is analyzed here).
   */
  updateIndex(): void {
    const index = this.indexObject();
    // (a dated article taken in may change its folder's span and make its undated ones pending again)
    for (let again = true; again; ) {
      // Those analyzed, in one setAll: its work per call (short-form targets before and after,
      // relinking the articles they decide) was done per article, and every call sorted a copy
      // of all pending paths (at a cold start, every article not taken yet).
      const ready: string[] = [];
      for (const path of this.pending) if (this.analyses.has(path)) ready.push(path);
      const batch: IndexedArticle[] = [];
      for (const path of ready.sort()) {
        this.pending.delete(path);
        batch.push(this.indexed(path, this.held(path)!));
      }
      if (batch.length > 0) index.setAll(batch);
      again = batch.length > 0;
    }
  }

  /** Whether the path is one of reportedPaths(), without listing them all. */
  isReported(path: string): boolean {
    return this.articleTexts.has(path) || this.fileProblems.has(path) || this.cardTexts.has(path) || (this.metadata.get(path)?.problems.length ?? 0) > 0;
  }

  /** Every path with something to report: articles, unreadable files, cards, broken metadata. */
  reportedPaths(): string[] {
    const metadataWithProblems = [...this.metadata].filter(([, m]) => m.problems.length > 0).map(([p]) => p);
    return [...new Set([...this.articleTexts.keys(), ...this.fileProblems.keys(), ...this.cardTexts.keys(), ...metadataWithProblems])].sort();
  }

  knowledge(): KnowledgeBase {
    return this.knowledgeParts().kb;
  }

  card(id: string): Card | undefined {
    return this.knowledge().cards.get(id);
  }

  analysis(path: string): DocumentAnalysis | undefined {
    // Read at a position of its new text: the edit's analysis is finished now.
    if (this.edited.has(path)) while (!this.analyzeEditStep(path));
    const a = this.ownAnalysis(path);
    if (a && a.articleDate.value === null && !this.keepStaleAnalyses) {
      // read on demand: the folder's other articles first, so that the answer is the same
      // whichever article is asked for first
      const folder = folderOf(path);
      if (!this.foldersAnalyzed.has(folder)) {
        for (const other of this.folderArticles.get(folder) ?? []) this.ownAnalysis(other);
        this.foldersAnalyzed.add(folder);
      }
    }
    return a && this.readAgainstCorpus(path, a);
  }

  /** The article's analysis on its own, made here when there is none. */
  private ownAnalysis(path: string, tagged?: { text: string; spans: readonly TaggedSpan[] }): DocumentAnalysis | undefined {
    const text = this.articleTexts.get(path);
    if (text === undefined) return undefined;
    let a = this.analyses.get(path);
    if (!a) {
      a = this.analyzeHere(path, text, this.taggerMemos.get(path), tagged?.text === text ? tagged.spans : undefined);
      // Interned as an analysis that arrives from a worker is (internArrived): the split by stage
      // makes here what a worker made before (at 10,000 generated articles, the CLI's peak RSS
      // 1,099 -> 990 MB, the same output).
      if (tagged) this.strings.internAnalysis(a);
      this.hold(path, a);
      this.madeAt.set(path, this.generation);
    }
    return a;
  }

  /** The analysis held for an article, read against its folder, without analyzing anything. */
  private held(path: string): DocumentAnalysis | undefined {
    const a = this.analyses.get(path);
    return a && this.readAgainstCorpus(path, a);
  }

  /** An undated article's analysis as read against its folder's dated articles, when they say something of it. */
  private readAgainstCorpus(path: string, a: DocumentAnalysis): DocumentAnalysis {
    if (a.articleDate.value !== null) return a;
    const folder = folderOf(path);
    const events = mayUseEventDays(a.dates) ? this.folderEvents.get(folder) : undefined;
    // The span as last computed (spanMayHaveChanged keeps it whenever a dated article comes or
    // goes): asked per location of every diagnostic, computing it read every dated article.
    const span = `${this.folderSpan.get(folder) ?? ''}#${events?.version ?? ''}`;
    const kept = this.corpusDated.get(path);
    if (kept && kept.base === a && kept.span === span) return kept.analysis;
    let analysis = a;
    const [from, to] = span.split('#')[0]!.split('|') as [string, string | undefined];
    if (to || events) {
      const days = events ? [...events.byPath.values()].flat() : [];
      const dated = dateAgainstCorpus(formatFor(path).read(a.text).text, a.articleDate, a.dates, to ? { from: from!, to, count: MIN_DATED } : undefined, days);
      if (dated) analysis = { ...a, articleDate: dated.articleDate, dates: dated.dates };
    }
    this.corpusDated.set(path, { span, base: a, analysis });
    return analysis;
  }

  /** A folder's span of dated articles, 'from|to', or '' when it has too few. */
  private spanKey(folder: string): string {
    const dated = this.folderDated.get(folder);
    const span = dated && dated.size >= MIN_DATED ? spanOf(dated.values()) : undefined;
    return span ? `${span.from}|${span.to}` : '';
  }

  /**
   * Keeps an article's analysis, and its date among its folder's. An analysis replacing one with
   * the same date and the same event days (the tagger's pass, an edit that leaves the dates) tells
   * the folder's undated articles nothing: they are not read against it again (each import of the
   * tagger's pass re-read and re-indexed every undated article that may use an event day).
   */
  private hold(path: string, a: DocumentAnalysis): void {
    const folder = folderOf(path);
    const outside = this.outside.has(path);
    // Event days with their year known, an undated article's too ("the Nov. 9, 2020 statement"):
    // from its own analysis, never from what its folder made of it.
    const days = outside ? [] : eventDaysOf(a.articleDate.value === null ? a.dates.filter((d) => d.explicitYear && !d.inferredAnchor) : a.dates);
    const date = outside ? null : a.articleDate.value;
    const held = this.analyses.has(path);
    const sameDate = held && date !== null && this.folderDated.get(folder)?.get(path) === date;
    const sameDays = held && sameEventDays(this.folderEvents.get(folder)?.byPath.get(path) ?? [], days);
    this.release(path, { sameDate, sameDays });
    this.analyses.set(path, a);
    if (a.articleDate.value === null) addTo(this.folderUndated, folder, path);
    else if (date !== null && !sameDate) {
      let dated = this.folderDated.get(folder);
      if (!dated) this.folderDated.set(folder, (dated = new Map()));
      dated.set(path, date);
      this.spanMayHaveChanged(folder);
    }
    if (days.length > 0) {
      let events = this.folderEvents.get(folder);
      if (!events) this.folderEvents.set(folder, (events = { byPath: new Map(), version: 0 }));
      events.byPath.set(path, days);
      if (!sameDays) this.eventDaysChanged(folder, events);
    }
  }

  /** The folder's event days changed: its undated articles that may use them are read again. */
  private eventDaysChanged(folder: string, events: { version: number }): void {
    events.version++;
    for (const path of this.folderUndated.get(folder) ?? []) {
      const a = this.analyses.get(path);
      if (a && mayUseEventDays(a.dates)) {
        this.pending.add(path);
        this.changed.add(path);
      }
    }
  }

  /**
   * Forgets an article's analysis, and its date among its folder's. `keep`: hold() puts back the
   * same date or the same event days at once, which the folder keeps as they are.
   */
  private release(path: string, keep: { sameDate?: boolean; sameDays?: boolean } = {}): void {
    this.edited.delete(path);
    this.editSteps.delete(path);
    const a = this.analyses.get(path);
    if (!a) return;
    this.analyses.delete(path);
    this.foldersAnalyzed.delete(folderOf(path));
    this.corpusDated.delete(path);
    const folder = folderOf(path);
    this.folderUndated.get(folder)?.delete(path);
    const dated = this.folderDated.get(folder);
    if (!keep.sameDate && dated?.delete(path)) this.spanMayHaveChanged(folder);
    const events = this.folderEvents.get(folder);
    if (!keep.sameDays && events?.byPath.delete(path)) this.eventDaysChanged(folder, events);
  }

  /** When a folder's span changes, its undated articles are read again and taken into the index again. */
  private spanMayHaveChanged(folder: string): void {
    const span = this.spanKey(folder);
    if ((this.folderSpan.get(folder) ?? '') === span) return;
    this.folderSpan.set(folder, span);
    for (const path of this.folderUndated.get(folder) ?? []) {
      this.pending.add(path);
      this.changed.add(path);
    }
  }

  /**
   * Makes the article's own analysis now, on this thread, unless it has one (a caller that shares
   * a corpus's articles between this thread and worker threads); it is read against its folder
   * and linked when next asked for, as one made on demand. `tagged`: the tagger's names in that
   * text (`text`, the article's source), found in its prose by another thread with this
   * workspace's tagger (taggerSpansOfProse); ignored when the article's text is another by now.
   */
  analyzeOwn(path: string, tagged?: { text: string; spans: readonly TaggedSpan[] }): void {
    this.ownAnalysis(path, tagged);
  }

  /** Whether the article has an analysis, current or not. */
  hasAnalysis(path: string): boolean {
    return this.analyses.has(path);
  }

  private analyzeHere(path: string, text: string, taggerMemo: TaggerMemo | undefined, taggedElsewhere?: readonly TaggedSpan[]): DocumentAnalysis {
    return finishSteps(this.analysisSteps(path, text, taggerMemo, taggedElsewhere));
  }

  private analysisSteps(path: string, text: string, taggerMemo: TaggerMemo | undefined, taggedElsewhere?: readonly TaggedSpan[]): Generator<void, DocumentAnalysis, void> {
    const k = this.knowledgeParts();
    this.analyzedHere = true;
    return analyzeDocumentInSteps(path, text, {
      kb: k.kb,
      gazetteer: k.gazetteer,
      eventGazetteer: k.eventGazetteer,
      variants: k.variants,
      tagger: this.tagger,
      taggerMemo,
      taggedElsewhere,
      fallbackPublished: this.fallbackPublished,
      metadata: this.metadataOf(path),
    });
  }

  /** This workspace's copy of a string (for results unpacked as they arrive from elsewhere). */
  intern(s: string): string {
    return this.strings.intern(s);
  }

  /**
   * For analyses made elsewhere (worker threads) as they arrive, before importAnalysis takes
   * them: gives them this workspace's copies of their strings and, wherever equal, the objects of
   * the article's present analysis (intern.ts). Done on arrival, while the copies are young and
   * cheap to collect; it changes no value. `mentionsInterned`: their entity mentions were made
   * with intern() already (unpacked from the wire).
   */
  internArrived(results: readonly AnalysisResult[], mentionsInterned: boolean): void {
    for (const r of results) this.strings.internAnalysis(r.analysis, this.analyses.get(r.path), { mentionsInterned });
  }

  /** Entity mentions of an article with corpus-wide ids. */
  entities(path: string): EntityMention[] {
    return this.corpus().entities(path);
  }

  entityAt(path: string, offset: number): EntityMention | undefined {
    // Inside a name, or right after it (where the cursor is after typing or double-clicking).
    return spanAt(this.entities(path), offset);
  }

  /** An entity's display name: its card's name, else the name of its first mention. */
  displayName(id: string): string {
    return this.corpus().nameOf(id);
  }

  mentionsOf(id: string): MentionLocation[] {
    return this.corpus().mentionsOf(id);
  }

  /** How often and in which articles an entity is mentioned (cheap, for hovers). */
  /**
   * Where a name without a card is introduced: its first mention in its full form in publication
   * order (the article's date, undated articles last, then the path), else its first mention.
   */
  firstMentionOf(id: string, name: string): MentionLocation | undefined {
    const dateOf = (path: string) => this.heldAnalysis(path)?.articleDate.value ?? '\uffff';
    let best: MentionLocation | undefined;
    let bestKey = '';
    for (const m of this.mentionsOf(id)) {
      const key = `${m.mention.text.replace(/\s+/g, ' ') === name ? 0 : 1}${dateOf(m.path)}\u0000${m.path}\u0000${String(m.mention.start).padStart(12, '0')}`;
      if (!best || key < bestKey) {
        best = m;
        bestKey = key;
      }
    }
    return best;
  }

  mentionSummary(id: string): MentionSummary {
    return this.corpus().summaryOf(id);
  }

  findings(path: string): Finding[] {
    const index = this.corpus();
    const out: Finding[] = [];
    const file = this.fileProblems.get(path);
    if (file) out.push(file);
    const notice = this.fileNotices.get(path);
    if (notice) out.push(notice);
    out.push(...(this.metadata.get(path)?.problems ?? []));
    for (const p of this.knowledge().problemsFor(path)) out.push({ ...p, related: p.related ?? [] });
    out.push(...index.articleFindings(path));
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** The date expression at an offset, with its event link. */
  dateAt(path: string, offset: number): DatedMention | undefined {
    return spanAt(this.analysis(path)?.dates ?? [], offset);
  }

  /**
   * A word at an offset that names again an event the article dated before ("the crash" after
   * "Friday night's crash"): the word's span and the dated mention whose event it carries.
   */
  referenceAt(path: string, offset: number): { start: number; end: number; date: DatedMention } | undefined {
    for (const date of this.analysis(path)?.dates ?? []) {
      const at = date.references?.find(([s, e]) => s <= offset && offset < e);
      if (at) return { start: at[0], end: at[1], date };
    }
    return undefined;
  }

  /** The numeric claim at an offset of an article. */
  claimAt(path: string, offset: number): Claim | undefined {
    return this.analysis(path)?.claims.find((c) => c.start <= offset && offset < c.end);
  }

  /** Every claim of one quantity across the corpus (articles in path order). */
  claimsOf(quantity: string): ClaimItem[] {
    return this.corpus().itemsOf(numberConflictCheck, quantity);
  }

  eventDates(eventId: string): Array<{ path: string; date: DatedMention }> {
    return this.corpus().itemsOf(dateConflictCheck, eventId);
  }

  /** The group of an event no card describes that a date of an article is found in, if any. */
  uncardedEventOf(path: string, date: DatedMention): EventCluster | undefined {
    if (!date.trigger) return undefined;
    const summaries = this.corpus().summariesOf(possibleDateConflictCheck);
    for (const s of summaries) for (const c of s.clusters) if (c.kind === date.trigger && c.members.some((m) => m.path === path && m.date.start === date.start)) return c;
    return undefined;
  }

  /** Events no card describes that several articles date, grouped by kind, participants and date. */
  uncardedEvents(): EventCluster[] {
    const groups = this.corpus().summariesOf(possibleDateConflictCheck).flatMap((s) => s.clusters);
    return groups.sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /**
   * The paths whose findings may have changed since the last call, or 'all'. Lets the server
   * publish diagnostics for what an edit touched instead of for the whole corpus.
   */
  takeChangedPaths(): Set<string> | 'all' {
    const index = this.corpus();
    const fromIndex = index.takeChanged();
    if (this.everythingChanged) {
      this.everythingChanged = false;
      this.changed = new Set();
      return 'all';
    }
    const out = this.changed;
    for (const p of fromIndex) out.add(p);
    this.changed = new Set();
    return out;
  }

  private knowledgeParts(): Knowledge {
    if (!this.knowledgeCache) {
      // A card edit re-parses that card only: the others' parses are kept with the text they
      // were made from (parsing is about half of rebuilding the knowledge, measured on 103 cards).
      const reuse = new Map<string, ParsedCard>();
      for (const [path, text] of this.cardTexts) {
        const kept = this.parsedByText.get(path);
        if (kept?.text === text) reuse.set(path, kept.parsed);
      }
      this.knowledgeCache = buildKnowledge(this.cardTexts, reuse);
      this.parsedByText.clear();
      for (const [path, parsed] of this.knowledgeCache.kb.parsed) this.parsedByText.set(path, { text: this.cardTexts.get(path)!, parsed });
    }
    return this.knowledgeCache;
  }

  /**
   * The articles not analyzed yet (or, with `paths`, those articles), with what an analysis in
   * another thread needs to give exactly the result this workspace would.
   */
  analysisInputs(paths?: readonly string[]): AnalysisInputs {
    const wanted = paths ?? this.articlePaths().filter((p) => !this.analyses.has(p));
    return {
      generation: this.generation,
      cards: [...this.cardTexts],
      useTagger: this.tagger !== undefined,
      fallbackPublished: this.fallbackPublished,
      articles: wanted.flatMap((path) => {
        const text = this.articleTexts.get(path);
        return text === undefined ? [] : [{ path, text, metadata: this.metadataOf(path) }];
      }),
    };
  }

  /**
   * Takes an analysis made elsewhere from `analysisInputs` (its strings interned as it arrived:
   * takeArrived); ignored when the article, its metadata, the cards or the tagger changed
   * since, so a stale result never enters.
   */
  importAnalysis(generation: number, path: string, text: string, metadata: ArticleMetadata | undefined, analysis: PortableAnalysis): boolean {
    if (generation !== this.generation || this.articleTexts.get(path) !== text || this.metadataOf(path) !== metadata) return false;
    this.hold(path, { ...analysis, path, text, lines: new LineIndex(text) });
    this.madeAt.set(path, this.generation);
    this.pending.add(path);
    this.changed.add(path);
    return true;
  }

  /** The cross-article index, brought up to date with the articles changed since last asked. */
  private corpus(): CorpusIndex {
    const index = this.indexObject();
    // Analyzing a dated article may change its folder's span and make its undated ones pending
    // again: taken until none is left. Undated ones are read against the span last, once it holds.
    while (this.pending.size > 0) {
      for (const path of [...this.pending].sort()) this.analysis(path);
      const batch = [...this.pending].sort();
      this.pending.clear();
      const articles: IndexedArticle[] = [];
      for (const path of batch) {
        const a = this.analysis(path);
        if (a) articles.push(this.indexed(path, a));
      }
      index.setAll(articles);
    }
    return index;
  }

  /** An article's analysis as the index takes it. */
  private indexed(path: string, a: DocumentAnalysis): IndexedArticle {
    return { path, own: a.entities, dates: a.dates, prose: { text: a.text, published: a.articleDate.value, claims: a.claims, articleDate: a.articleDate, outside: this.outside.has(path) } };
  }

  private indexObject(): CorpusIndex {
    if (!this.index) {
      this.index = new CorpusIndex(() => this.knowledge().cards);
      for (const path of this.articleTexts.keys()) this.pending.add(path);
    }
    return this.index;
  }

  /**
   * For an article open in an editor: analyzes it now, on this thread, and throws the result
   * away. That fills its tagger memo, so that its first edit re-tags only the sentences that
   * change, and it runs the analysis code on this thread before the first keystroke does: at a
   * cold start worker threads analyze every article, and the first edit would otherwise run it
   * all for the first time (measured: 54–95 ms at 1,000 articles, against 14 ms for the next).
   * Nothing to do when the article has a memo already, or has no tagger to keep one for and
   * this thread has analyzed an article before, or is too long for a memo (a file of megabytes
   * would hold this thread for seconds).
   */
  prepareForEditing(path: string): void {
    const steps = this.prepareForEditingInSteps(path);
    if (steps) finishSteps(steps);
  }

  /**
   * prepareForEditing in steps of a few milliseconds, for a caller that runs each in a turn of its
   * own (a server, which otherwise held its loop 60-125 ms for it when an article was opened);
   * undefined when there is nothing to do. An article with no analysis yet is analyzed, and
   * kept, in its first step.
   */
  prepareForEditingInSteps(path: string): Generator<void, unknown, void> | undefined {
    const text = this.articleTexts.get(path);
    if (text === undefined || text.length > PRIME_MAX_CHARS || this.taggerMemos.has(path)) return undefined;
    const memo = this.tagger ? this.keepTaggerMemo(path, text) : undefined;
    if (!memo && this.analyzedHere) return undefined;
    if (!this.analyses.has(path)) return (function* (ws: Workspace) { return ws.analysis(path); })(this);
    // (made now: the next call sees that this thread has analyzed an article)
    return this.analysisSteps(path, text, memo);
  }

  /** Makes (or moves to the front) the tagger memo of an article being edited. */
  private keepTaggerMemo(path: string, text: string): TaggerMemo | undefined {
    if (text.length > MEMO_MAX_CHARS) {
      this.taggerMemos.delete(path);
      return undefined;
    }
    const memo = this.taggerMemos.get(path) ?? this.tagger?.newMemo?.();
    if (!memo) return undefined;
    this.taggerMemos.delete(path);
    this.taggerMemos.set(path, memo);
    let chars = 0;
    for (const p of this.taggerMemos.keys()) chars += this.articleTexts.get(p)?.length ?? 0;
    chars += text.length - (this.articleTexts.get(path)?.length ?? 0);
    while (this.taggerMemos.size > EDITED_MEMOS || chars > MEMO_MAX_CHARS) {
      const oldest = this.taggerMemos.keys().next().value!;
      this.taggerMemos.delete(oldest);
      chars -= oldest === path ? text.length : (this.articleTexts.get(oldest)?.length ?? 0);
    }
    return memo;
  }

  private dropArticle(path: string): void {
    this.outside.delete(path);
    this.taggerMemos.delete(path);
    if (this.articleTexts.delete(path)) {
      this.folderArticles.get(folderOf(path))?.delete(path);
      const sidecar = metadataPathFor(path);
      const list = this.articlesBySidecar.get(sidecar);
      list?.delete(path);
      if (list?.size === 0) this.articlesBySidecar.delete(sidecar);
    }
    this.fileNotices.delete(path);
    this.release(path);
    this.madeAt.delete(path);
    this.pending.delete(path);
    this.index?.remove(path);
  }

  private metadataChanged(metadataPath: string): void {
    this.changed.add(metadataPath);
    for (const article of this.articlesBySidecar.get(metadataPath) ?? []) this.reanalyze(article);
  }

  private invalidateKnowledge(): void {
    this.knowledgeCache = undefined;
    if (this.keepStaleAnalyses && this.index) {
      // Answers keep coming from the analyses made with the old cards until the caller refreshes
      // them; what depends on the cards directly (event summaries, names of groups) is redone.
      this.generation++;
      this.index.cardsChanged();
      this.everythingChanged = true;
      return;
    }
    this.invalidateAnalyses();
  }

  private invalidateAnalyses(): void {
    this.generation++;
    this.analyses.clear();
    this.foldersAnalyzed.clear();
    this.corpusDated.clear();
    this.folderDated.clear();
    this.folderUndated.clear();
    this.folderSpan.clear();
    this.folderEvents.clear();
    this.madeAt.clear();
    this.index = undefined;
    this.pending.clear();
    this.everythingChanged = true;
  }
}

/** Whether two lists of an article's event days are the same days under the same keys, in order. */
function sameEventDays(a: readonly EventDay[], b: readonly EventDay[]): boolean {
  return a.length === b.length && a.every((x, i) => x.day === b[i]!.day && x.keys.length === b[i]!.keys.length && x.keys.every((k, j) => k === b[i]!.keys[j]));
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

