// What holds across articles, kept up to date one article at a time: corpus-wide entity ids
// (short forms linked to the one person with that surname), every mention of each id, and the
// checks of checks/registry.ts (each corpus check's state in a CheckIndex). Changing one article
// touches only that article, the articles whose short forms it decides, and the keys of the
// checks it has items of; test/unit/workspace.test.ts and fuzz.test.ts check the result against
// a full rebuild.

import type { EntityMention } from '../entities/mention.ts';
import { fullNameKey, linkShortForm, shortFormKey } from '../entities/link.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { Claim } from '../claims/claim.ts';
import type { Card } from '../knowledge/card.ts';
import type { Finding } from '../checks/finding.ts';
import type { ArticleDate } from '../dates/index.ts';
import type { AnyCorpusCheck, ArticleFacts, CheckContext, CorpusCheck } from '../checks/check.ts';
import { ARTICLE_CHECKS, CORPUS_CHECKS } from '../checks/registry.ts';
import { CheckIndex } from './checkIndex.ts';

export interface MentionLocation {
  path: string;
  mention: EntityMention;
}

interface DocumentEntry {
  /** Entities of the article's own analysis, before cross-article linking. */
  own: readonly EntityMention[];
  dates: readonly DatedMention[];
  /** Entities with corpus-wide ids. */
  linked: EntityMention[];
  /** What article checks read besides names and dates: the words around them, the article's date. */
  prose: ArticleProse;
  /** The article checks' findings, computed on demand. */
  findings?: Finding[];
}

/** The text an article's offsets are into, and the article's date ('YYYY-MM-DD' or null). */
export interface ArticleProse {
  text: string;
  published: string | null;
  claims: readonly Claim[];
  /** How the article is dated (the sidecar's date kept beside a dateline's). */
  articleDate?: ArticleDate;
  /** Read against the corpus, not part of it: no source for other articles (an outside file). */
  outside?: boolean;
}

/** An article's own analysis results, as the index takes them. */
export interface IndexedArticle {
  path: string;
  own: readonly EntityMention[];
  dates: readonly DatedMention[];
  prose?: ArticleProse;
}

const NO_PROSE: ArticleProse = { text: '', published: null, claims: [] };

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function firstPath(paths: Iterable<string>): string {
  let first: string | undefined;
  for (const p of paths) if (first === undefined || p < first) first = p;
  return first!;
}

/** One person's first full-name mention in each article, and the article that comes first. */
interface FullNameMentions {
  where: Map<string, EntityMention>;
  first: string;
}

export interface MentionSummary {
  total: number;
  /** How many articles mention it. */
  articleCount: number;
  /** The articles that mention it most (at most SUMMARY_TOP), with their number of mentions and the offset of the first; ties by path. */
  articles: Array<{ path: string; count: number; first: number }>;
}

/** Articles a summary lists: what a hover shows, chosen without sorting every article. */
export const SUMMARY_TOP = 8;

export class CorpusIndex {
  private readonly docs = new Map<string, DocumentEntry>();
  /** surname -> person id -> that person's full-name mentions. */
  private readonly fullNames = new Map<string, Map<string, FullNameMentions>>();
  /** surname -> the people named so, each by its first mention in the first article (derived). */
  private readonly peopleCache = new Map<string, Map<string, EntityMention>>();
  /** surname -> articles with a one-word unlinked mention of it. */
  private readonly shortForms = new Map<string, Set<string>>();
  /**
   * id -> path -> how many of the article's linked mentions have that id (the mentions
   * themselves are in the article's entry: an array per article and id cost 40 MB at 10,000).
   */
  private readonly byId = new Map<string, Map<string, number>>();
  private readonly mentionCache = new Map<string, MentionLocation[]>();
  private readonly summaryCache = new Map<string, MentionSummary>();
  /** Paths whose findings may have changed since the last `takeChanged`. */
  private changed = new Set<string>();

  private readonly checks: ReadonlyArray<CheckIndex<unknown, unknown>>;
  private readonly context: CheckContext;

  constructor(private readonly cards: () => ReadonlyMap<string, Card>) {
    this.checks = CORPUS_CHECKS.map((check) => new CheckIndex(check));
    this.context = {
      get cards() {
        return cards();
      },
      nameOf: (id) => this.nameOf(id),
    };
  }

  paths(): string[] {
    return [...this.docs.keys()].sort(byPath);
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  /** Adds or replaces an article's own analysis results. */
  set(path: string, own: readonly EntityMention[], dates: readonly DatedMention[], prose: ArticleProse = NO_PROSE): void {
    this.setAll([{ path, own, dates, prose }]);
  }

  /**
   * Adds or replaces several articles' own analysis results, as set() on each in turn would, but
   * links each of them once, against them all, and each other article whose short forms they
   * decide once: set one by one, the 1,249 duc2006 articles were linked 3,552 times, each new
   * full name relinking the articles with its surname alone.
   */
  setAll(articles: ReadonlyArray<IndexedArticle>): void {
    // What short forms of these surnames would link to before the change, to relink other
    // articles only where that really changes.
    const keys = new Set<string>();
    for (const { path, own } of articles) {
      for (const m of this.docs.get(path)?.own ?? []) {
        const key = fullNameKey(m);
        if (key !== undefined) keys.add(key);
      }
      for (const m of own) {
        const key = fullNameKey(m);
        if (key !== undefined) keys.add(key);
      }
    }
    const before = new Map([...keys].map((k) => [k, this.shortFormTarget(k)]));
    // Each article's mentions as the index by id counts them now, to move them from.
    const indexed = new Map<string, readonly EntityMention[]>();
    for (const { path, own, dates, prose = NO_PROSE } of articles) {
      if (!indexed.has(path)) indexed.set(path, this.docs.get(path)?.linked ?? []);
      this.remove(path, false, true);
      this.add(path, own, dates, prose);
    }
    for (const [path, was] of indexed) this.relink(path, was);
    this.relinkShortFormsOf(new Set([...keys].filter((k) => before.get(k) !== this.shortFormTarget(k))), indexed);
  }

  /** An article's entry, its full names and short forms, and its checks' items (its links are relink's). */
  private add(path: string, own: readonly EntityMention[], dates: readonly DatedMention[], prose: ArticleProse): void {
    const entry: DocumentEntry = { own, dates, linked: [], prose };
    this.docs.set(path, entry);
    // An outside article decides no other article's short forms and is no source of any check.
    for (const m of prose.outside ? [] : own) {
      const key = fullNameKey(m);
      if (key !== undefined) {
        let people = this.fullNames.get(key);
        if (!people) this.fullNames.set(key, (people = new Map()));
        let person = people.get(m.id);
        if (!person) people.set(m.id, (person = { where: new Map(), first: path }));
        if (!person.where.has(path)) {
          person.where.set(path, m);
          // Who a short form names changes only when this is the person's new first article.
          if (person.where.size === 1 || byPath(path, person.first) <= 0) {
            person.first = path;
            this.peopleCache.delete(key);
          }
        }
      }
      const short = shortFormKey(m);
      if (short !== undefined) {
        const set = this.shortForms.get(short) ?? new Set<string>();
        set.add(path);
        this.shortForms.set(short, set);
      }
    }
    const facts: ArticleFacts = { path, entities: own, dates, ...prose };
    if (!prose.outside) for (const check of this.checks) check.set(facts);
  }

  /** What a short form of a surname links to now, as comparable text. */
  private shortFormTarget(surname: string): string {
    const people = this.peopleNamed(surname);
    if (!people || people.size !== 1) return `${people?.size ?? 0} people`;
    const m = people.values().next().value!;
    return `${m.id}\u0000${m.name}\u0000${m.linked}`;
  }

  /**
   * Removes an article, relinking the short forms elsewhere that it decided (unless told not to).
   * `replacing`: set() puts it back at once, and updates its mentions by id and its checks' items itself.
   */
  remove(path: string, relinkOthers = true, replacing = false): void {
    const touched = new Set<string>();
    const entry = this.docs.get(path);
    if (!entry) return;
    // Only for relinking others here: setAll, which does not, read every short-form target
    // (a string made per full name) of every article it replaced for nothing.
    const before = new Map<string, string>();
    if (relinkOthers) {
      for (const m of entry.own) {
        const key = fullNameKey(m);
        if (key !== undefined && !before.has(key)) before.set(key, this.shortFormTarget(key));
      }
    }
    this.docs.delete(path);
    this.changed.add(path);
    if (!replacing) this.reindex(path, entry.linked, []);
    for (const m of entry.own) {
      const key = fullNameKey(m);
      if (key !== undefined) {
        const people = this.fullNames.get(key);
        const person = people?.get(m.id);
        if (person?.where.delete(path)) {
          if (person.where.size === 0) {
            people!.delete(m.id);
            this.peopleCache.delete(key);
          } else if (person.first === path) {
            person.first = firstPath(person.where.keys());
            this.peopleCache.delete(key);
          }
        }
        if (people && people.size === 0) this.fullNames.delete(key);
        if (relinkOthers) touched.add(key);
      }
      const short = shortFormKey(m);
      if (short !== undefined) {
        const set = this.shortForms.get(short);
        set?.delete(path);
        if (set && set.size === 0) this.shortForms.delete(short);
      }
    }
    if (!replacing) for (const check of this.checks) check.remove(path);
    if (relinkOthers) this.relinkShortFormsOf(new Set([...touched].filter((k) => before.get(k) !== this.shortFormTarget(k))), new Set([path]));
  }

  /** An entity's display name: its card's name, else the name of its first mention (in path order). */
  nameOf(id: string): string {
    return this.cards().get(id)?.name ?? this.mentionsOf(id)[0]?.mention.name ?? id;
  }

  entities(path: string): EntityMention[] {
    return this.docs.get(path)?.linked ?? [];
  }

  mentionsOf(id: string): MentionLocation[] {
    let list = this.mentionCache.get(id);
    if (!list) {
      const where = this.byId.get(id);
      list = [];
      for (const path of where ? [...where.keys()].sort(byPath) : []) {
        for (const mention of this.docs.get(path)!.linked) if (mention.id === id) list.push({ path, mention });
      }
      this.mentionCache.set(id, list);
    }
    return list;
  }

  /**
   * How often and where an entity is mentioned, without listing every mention: one pass over its
   * articles, keeping the top few (a hover on a name every article mentions stays cheap).
   */
  summaryOf(id: string): MentionSummary {
    let summary = this.summaryCache.get(id);
    if (!summary) {
      const where = this.byId.get(id);
      const top: MentionSummary['articles'] = [];
      const ranksBefore = (count: number, path: string, o: { count: number; path: string }) => count > o.count || (count === o.count && path < o.path);
      let total = 0;
      for (const [path, count] of where ?? []) {
        total += count;
        if (top.length === SUMMARY_TOP && !ranksBefore(count, path, top[SUMMARY_TOP - 1]!)) continue;
        let at = top.length;
        while (at > 0 && ranksBefore(count, path, top[at - 1]!)) at--;
        top.splice(at, 0, { path, count, first: 0 });
        if (top.length > SUMMARY_TOP) top.pop();
      }
      // The first mention of each article listed, from its entry (the index keeps counts only).
      for (const listed of top) listed.first = this.docs.get(listed.path)!.linked.find((m) => m.id === id)!.start;
      summary = { total, articleCount: where?.size ?? 0, articles: top };
      this.summaryCache.set(id, summary);
    }
    return summary;
  }

  /** A corpus check's items of one key, articles in path order (the dated mentions of an event...). */
  itemsOf<I>(check: CorpusCheck<I, unknown>, key: string): I[] {
    return (this.checkIndex(check).itemsOf(key) as I[]);
  }

  /** A corpus check's current summaries. */
  summariesOf<S>(check: CorpusCheck<unknown, S>): S[] {
    const index = this.checkIndex(check);
    index.settle(this.context, this.changed);
    return index.allSummaries() as S[];
  }

  /** Every check's findings on an article, article checks first, in the order of the registry. */
  articleFindings(path: string): Finding[] {
    const entry = this.docs.get(path);
    if (!entry) return [];
    const article: ArticleFacts = { path, entities: entry.linked, dates: entry.dates, ...entry.prose };
    entry.findings ??= ARTICLE_CHECKS.flatMap((check) => check.findings(article, this.context));
    const out = [...entry.findings];
    for (const check of this.checks) {
      check.settle(this.context, this.changed);
      out.push(...check.findings(path, this.context));
    }
    return out;
  }

  /** The cards changed: every check's summaries are redone when next asked. */
  cardsChanged(): void {
    for (const check of this.checks) check.invalidateAll();
  }

  /** Paths whose findings may have changed since the last call. */
  takeChanged(): Set<string> {
    for (const check of this.checks) check.settle(this.context, this.changed);
    const out = this.changed;
    this.changed = new Set();
    return out;
  }

  private checkIndex(check: AnyCorpusCheck): CheckIndex<unknown, unknown> {
    const index = this.checks.find((c) => c.check === check);
    if (!index) throw new Error('not a check of the registry');
    return index;
  }

  /**
   * The article's mentions with corpus-wide ids, from the current full names. `before`: the
   * mentions indexed for it now (by default its linked mentions).
   */
  private relink(path: string, before?: readonly EntityMention[]): void {
    const entry = this.docs.get(path);
    if (!entry) return;
    const was = before ?? entry.linked;
    // Most articles have no short form another article decides: they share their own array.
    const own = entry.own;
    let linked: EntityMention[] | undefined;
    for (let i = 0; i < own.length; i++) {
      const m = own[i]!;
      const key = shortFormKey(m);
      const l = key === undefined ? m : linkShortForm(m, this.peopleNamed(key), this.cards(), path, own);
      if (l !== m) linked ??= own.slice(0, i);
      linked?.push(l);
    }
    entry.linked = linked ?? (own as EntityMention[]);
    entry.findings = undefined;
    this.changed.add(path);
    this.reindex(path, was, entry.linked);
  }

  /**
   * Moves an article's mentions in the index by id from `before` to `after`, touching only the
   * counts that change (an entity every article names keeps its table as it is), and forgets
   * what was derived from the mentions of every id involved.
   */
  private reindex(path: string, before: readonly EntityMention[], after: readonly EntityMention[]): void {
    const delta = new Map<string, number>();
    for (const m of before) delta.set(m.id, (delta.get(m.id) ?? 0) - 1);
    for (const m of after) delta.set(m.id, (delta.get(m.id) ?? 0) + 1);
    for (const [id, d] of delta) {
      this.mentionCache.delete(id);
      this.summaryCache.delete(id);
      if (d === 0) continue;
      let where = this.byId.get(id);
      const count = (where?.get(path) ?? 0) + d;
      if (count > 0) {
        if (!where) this.byId.set(id, (where = new Map()));
        where.set(path, count);
      } else if (where) {
        where.delete(path);
        if (where.size === 0) this.byId.delete(id);
      }
    }
  }

  /** People named in full with a surname: each by its first mention in the first article. */
  private peopleNamed(surname: string): Map<string, EntityMention> | undefined {
    const people = this.fullNames.get(surname);
    if (!people) return undefined;
    let out = this.peopleCache.get(surname);
    if (!out) {
      out = new Map<string, EntityMention>();
      for (const [id, person] of people) out.set(id, person.where.get(person.first)!);
      this.peopleCache.set(surname, out);
    }
    return out;
  }

  private relinkShortFormsOf(surnames: Set<string>, except: { has(path: string): boolean }): void {
    const docs = new Set<string>();
    for (const key of surnames) for (const p of this.shortForms.get(key) ?? []) if (!except.has(p)) docs.add(p);
    for (const p of docs) this.relink(p);
  }
}
