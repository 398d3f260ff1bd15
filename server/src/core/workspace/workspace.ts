// The index of all articles and cards, and the query API every front end uses (LSP server,
// CLI, tests). Updates are cheap: an article edit re-analyzes that article; a card edit
// rebuilds the knowledge base and re-analyzes articles lazily, when they are next asked for.

import { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { Card } from '../knowledge/card.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';
import { buildGazetteer } from '../entities/recognize.ts';
import { SpellingVariants } from '../entities/spellingVariants.ts';
import { linkAcrossDocuments } from '../entities/link.ts';
import type { EntityMention } from '../entities/mention.ts';
import type { EntityTagger } from '../entities/tagger.ts';
import type { Finding } from '../checks/finding.ts';
import type { DatedMention } from '../events/datedMention.ts';
import { analyzeDocument, type DocumentAnalysis } from './documentAnalysis.ts';
import { entityFindings } from '../checks/entityFindings.ts';
import { weekdayFindings } from '../checks/weekdayFindings.ts';
import { findDateConflicts, type ConflictFix, type EventDateMention } from '../checks/dateConflicts.ts';
import { buildEventGazetteer } from '../events/eventPhrases.ts';
import { metadataPathFor, parseArticleMetadata, type ArticleMetadata } from '../knowledge/articleMetadata.ts';

export interface WorkspaceOptions {
  tagger?: EntityTagger;
  /** Article date for articles whose text gives none (the CLI's --published). */
  fallbackPublished?: string;
}

export interface MentionLocation {
  path: string;
  mention: EntityMention;
}

/** A linked view of the corpus: mentions with corpus-wide ids, and the findings of all checks. */
interface CorpusView {
  entities: Map<string, EntityMention[]>;
  mentionsById: Map<string, MentionLocation[]>;
  findings: Map<string, Finding[]>;
  /** For each date-conflict finding, what a code action needs to fix it. */
  conflictFixes: Map<Finding, ConflictFix>;
}

export class Workspace {
  private readonly articleTexts = new Map<string, string>();
  private readonly cardTexts = new Map<string, string>();
  /** Sidecar metadata of articles, by the sidecar's path. */
  private readonly metadata = new Map<string, { text: string; metadata: ArticleMetadata; problems: Finding[] }>();
  /** Problems with files that could not be read as articles (binary, too large...). */
  private readonly fileProblems = new Map<string, Finding>();
  private readonly fileNotices = new Map<string, Finding>();
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private kb: KnowledgeBase | undefined;
  private gazetteer: Gazetteer | undefined;
  private eventGazetteer: Gazetteer | undefined;
  private variants: SpellingVariants | undefined;
  private view: CorpusView | undefined;
  private tagger: EntityTagger | undefined;
  private readonly fallbackPublished: string | undefined;

  constructor(options: WorkspaceOptions = {}) {
    this.tagger = options.tagger;
    this.fallbackPublished = options.fallbackPublished;
  }

  /** Installs the tagger once it has loaded; all articles are re-analyzed with it. */
  setTagger(tagger: EntityTagger | undefined): void {
    this.tagger = tagger;
    this.analyses.clear();
    this.view = undefined;
  }

  /** Adds or updates an article; `notice` is a remark on how it was read (e.g. its encoding). */
  setArticle(path: string, text: string, notice?: Finding): void {
    if (this.articleTexts.get(path) === text && !this.fileProblems.has(path) && this.fileNotices.get(path) === notice) return;
    this.articleTexts.set(path, text);
    this.fileProblems.delete(path);
    if (notice) this.fileNotices.set(path, notice);
    else this.fileNotices.delete(path);
    this.analyses.delete(path);
    this.view = undefined;
  }

  /** Records a file that is not analyzed, with the reason, so it shows as a diagnostic. */
  setFileProblem(path: string, finding: Finding): void {
    this.articleTexts.delete(path);
    this.analyses.delete(path);
    this.fileProblems.set(path, finding);
    this.view = undefined;
  }

  removeArticle(path: string): void {
    const had = this.articleTexts.delete(path) || this.fileProblems.delete(path);
    this.fileNotices.delete(path);
    this.analyses.delete(path);
    if (had) this.view = undefined;
  }

  setCard(path: string, text: string): void {
    if (this.cardTexts.get(path) === text) return;
    this.cardTexts.set(path, text);
    this.invalidateKnowledge();
  }

  /** Adds or updates an article's sidecar metadata (`a.meta.yaml` beside `a.txt`). */
  setMetadata(path: string, text: string): void {
    if (this.metadata.get(path)?.text === text) return;
    const { metadata, problems } = parseArticleMetadata(path, text);
    this.metadata.set(path, { text, metadata, problems: problems.map((p) => ({ ...p, related: [] })) });
    this.invalidateArticlesOf(path);
  }

  removeMetadata(path: string): void {
    if (this.metadata.delete(path)) this.invalidateArticlesOf(path);
  }

  metadataOf(articlePath: string): ArticleMetadata | undefined {
    return this.metadata.get(metadataPathFor(articlePath))?.metadata;
  }

  private invalidateArticlesOf(metadataPath: string): void {
    for (const article of this.articleTexts.keys()) if (metadataPathFor(article) === metadataPath) this.analyses.delete(article);
    this.view = undefined;
  }

  removeCard(path: string): void {
    if (this.cardTexts.delete(path)) this.invalidateKnowledge();
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

  /** Every path with something to report: articles, unreadable files and cards. */
  reportedPaths(): string[] {
    const metadataWithProblems = [...this.metadata].filter(([, m]) => m.problems.length > 0).map(([p]) => p);
    return [...new Set([...this.articleTexts.keys(), ...this.fileProblems.keys(), ...this.cardTexts.keys(), ...metadataWithProblems])].sort();
  }

  knowledge(): KnowledgeBase {
    if (!this.kb) {
      this.kb = KnowledgeBase.build([...this.cardTexts].map(([path, text]) => ({ path, text })));
      this.gazetteer = buildGazetteer(this.kb);
      this.eventGazetteer = buildEventGazetteer(this.kb);
      this.variants = new SpellingVariants(this.kb);
    }
    return this.kb;
  }

  card(id: string): Card | undefined {
    return this.knowledge().cards.get(id);
  }

  analysis(path: string): DocumentAnalysis | undefined {
    const text = this.articleTexts.get(path);
    if (text === undefined) return undefined;
    let a = this.analyses.get(path);
    if (!a) {
      const kb = this.knowledge();
      a = analyzeDocument(path, text, {
        kb,
        gazetteer: this.gazetteer!,
        eventGazetteer: this.eventGazetteer!,
        variants: this.variants,
        tagger: this.tagger,
        fallbackPublished: this.fallbackPublished,
        metadata: this.metadataOf(path),
      });
      this.analyses.set(path, a);
    }
    return a;
  }

  /** Entity mentions of an article with corpus-wide ids. */
  entities(path: string): EntityMention[] {
    return this.corpus().entities.get(path) ?? [];
  }

  entityAt(path: string, offset: number): EntityMention | undefined {
    // Inside a name, or right after it (where the cursor is after typing or double-clicking).
    const mentions = this.entities(path);
    return mentions.find((m) => m.start <= offset && offset < m.end) ?? mentions.find((m) => m.end === offset);
  }

  mentionsOf(id: string): MentionLocation[] {
    return this.corpus().mentionsById.get(id) ?? [];
  }

  findings(path: string): Finding[] {
    return this.corpus().findings.get(path) ?? [];
  }

  /** How to fix a date-conflict finding (the event and the reference date). */
  conflictFix(finding: Finding): ConflictFix | undefined {
    return this.corpus().conflictFixes.get(finding);
  }

  /** The date expression at an offset, with its event link. */
  dateAt(path: string, offset: number): DatedMention | undefined {
    const dates = this.analysis(path)?.dates ?? [];
    return dates.find((d) => d.start <= offset && offset < d.end) ?? dates.find((d) => d.end === offset);
  }

  /** Every dated mention of an event across the corpus. */
  eventDates(eventId: string): Array<{ path: string; date: DatedMention }> {
    const out: Array<{ path: string; date: DatedMention }> = [];
    for (const path of this.articlePaths()) for (const date of this.analysis(path)!.dates) if (date.event === eventId) out.push({ path, date });
    return out;
  }

  private invalidateKnowledge(): void {
    this.kb = undefined;
    this.gazetteer = undefined;
    this.eventGazetteer = undefined;
    this.variants = undefined;
    this.analyses.clear();
    this.view = undefined;
  }

  private corpus(): CorpusView {
    if (this.view) return this.view;
    const perDocument = new Map<string, EntityMention[]>();
    for (const path of this.articlePaths()) perDocument.set(path, this.analysis(path)!.entities);
    const entities = linkAcrossDocuments(perDocument);
    const mentionsById = new Map<string, MentionLocation[]>();
    for (const [path, mentions] of entities) {
      for (const mention of mentions) {
        const list = mentionsById.get(mention.id) ?? [];
        list.push({ path, mention });
        mentionsById.set(mention.id, list);
      }
    }
    const findings = new Map<string, Finding[]>();
    const add = (f: Finding) => {
      const list = findings.get(f.path) ?? [];
      list.push(f);
      findings.set(f.path, list);
    };
    for (const f of this.fileProblems.values()) add(f);
    for (const f of this.fileNotices.values()) add(f);
    for (const m of this.metadata.values()) m.problems.forEach(add);
    for (const p of this.knowledge().problems) add({ ...p, related: p.related ?? [] });
    for (const [path, mentions] of entities) for (const f of entityFindings(path, mentions)) add(f);
    const eventDates: EventDateMention[] = [];
    for (const path of this.articlePaths()) {
      const dates = this.analysis(path)!.dates;
      for (const f of weekdayFindings(path, dates)) add(f);
      for (const date of dates) if (date.event) eventDates.push({ path, date });
    }
    const conflictFixes = new Map<Finding, ConflictFix>();
    for (const { fix, ...finding } of findDateConflicts(eventDates, this.knowledge().cards)) {
      add(finding);
      conflictFixes.set(finding, fix);
    }
    for (const list of findings.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
    this.view = { entities, mentionsById, findings, conflictFixes };
    return this.view;
  }
}
