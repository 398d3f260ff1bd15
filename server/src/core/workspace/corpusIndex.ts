// What holds across articles, kept up to date one article at a time: corpus-wide entity ids
// (short forms linked to the one person with that surname), every mention of each id, the dates
// each article gives for each event, and the date conflicts among them. Changing one article
// touches only that article, the articles whose short forms it decides, and the events it dates;
// test/unit/workspace.test.ts and fuzz.test.ts check the result against a full rebuild.

import type { EntityMention } from '../entities/mention.ts';
import { fullNameSurname, linkShortForm, shortFormSurname } from '../entities/link.ts';
import type { DatedMention } from '../events/datedMention.ts';
import type { Card } from '../knowledge/card.ts';
import type { Finding } from '../checks/finding.ts';
import { entityFindings } from '../checks/entityFindings.ts';
import { weekdayFindings } from '../checks/weekdayFindings.ts';
import { conflictsOf, disagrees, summarizeEventDates, type ConflictFix, type EventDateSummary } from '../checks/dateConflicts.ts';
import { clusterUncardedEvents, possibleConflicts, type EventCluster, type UncardedDate } from '../events/clusters.ts';

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
  /** Entity and weekday findings, computed on demand. */
  findings?: Finding[];
  /** Date-conflict findings, computed on demand from the summaries of the article's events. */
  conflicts?: { from: Array<EventDateSummary | undefined>; findings: Finding[] };
}

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

/** The articles with a mention the summary warns about. */
function warnedPaths(summary: EventDateSummary, mentions: ReadonlyArray<{ path: string; date: DatedMention }>): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (!out.has(m.path) && disagrees(summary, m)) out.add(m.path);
  return out;
}

/** A comparable text of the conflict findings of each article. */
function conflictKeys(conflicts: ReadonlyArray<{ finding: Finding }> | undefined): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { finding: f } of conflicts ?? []) {
    let key = `${f.start}:${f.end}:${f.severity}:${f.code}:${f.message}`;
    for (const r of f.related) key += `|${r.path}:${r.start}:${r.end}:${r.message}`;
    keys.set(f.path, (keys.get(f.path) ?? '') + key + '\n');
  }
  return keys;
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
  /**
   * event -> path -> dated mentions, each with its path as datesOf() gives it (made once per
   * article: an edit re-summarizing an event every article dates would otherwise make them all again).
   */
  private readonly eventDates = new Map<string, Map<string, Array<{ path: string; date: DatedMention }>>>();
  /** event -> what its warnings share (undefined: no warnings possible), and the articles warned. */
  private readonly summaries = new Map<string, { summary: EventDateSummary; warned: Set<string> }>();
  private readonly dirtyEvents = new Set<string>();
  /** Events without a card, grouped across articles; recomputed when an article's such dates change. */
  private clusterCache: { clusters: EventCluster[]; findings: Finding[] } | undefined;
  private clustersDirty = false;
  private readonly fixes = new WeakMap<Finding, ConflictFix>();
  /** Paths whose findings may have changed since the last `takeChanged`. */
  private changed = new Set<string>();

  constructor(private readonly cards: () => ReadonlyMap<string, Card>) {}

  paths(): string[] {
    return [...this.docs.keys()].sort(byPath);
  }

  has(path: string): boolean {
    return this.docs.has(path);
  }

  /** Adds or replaces an article's own analysis results. */
  set(path: string, own: readonly EntityMention[], dates: readonly DatedMention[]): void {
    // What short forms of these surnames would link to before the change, to relink other
    // articles only where that really changes.
    const keys = new Set<string>();
    for (const m of [...(this.docs.get(path)?.own ?? []), ...own]) {
      const key = fullNameSurname(m);
      if (key !== undefined) keys.add(key);
    }
    const before = new Map([...keys].map((k) => [k, this.shortFormTarget(k)]));
    const previous = this.docs.get(path);
    const quiet = this.eventsUnaffected(path, previous?.dates ?? [], dates);
    const clustersWereDirty = this.clustersDirty;
    this.remove(path, false, true);
    const entry: DocumentEntry = { own, dates, linked: [] };
    this.docs.set(path, entry);
    for (const m of own) {
      const key = fullNameSurname(m);
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
      const short = shortFormSurname(m);
      if (short !== undefined) {
        const set = this.shortForms.get(short) ?? new Set<string>();
        set.add(path);
        this.shortForms.set(short, set);
      }
    }
    if (dates.some((d) => d.trigger)) this.clustersDirty = true;
    // The article's entries are replaced in place: an event every article dates keeps its table
    // of articles as it is instead of filling it with deleted entries until it is rebuilt.
    const byEvent = new Map<string, Array<{ path: string; date: DatedMention }>>();
    for (const d of dates) {
      if (!d.event) continue;
      const list = byEvent.get(d.event);
      if (list) list.push({ path, date: d });
      else byEvent.set(d.event, [{ path, date: d }]);
      this.dirtyEvents.add(d.event);
    }
    for (const d of previous?.dates ?? []) if (d.event && !byEvent.has(d.event)) this.forgetEventDates(d.event, path);
    for (const [event, list] of byEvent) {
      let where = this.eventDates.get(event);
      if (!where) this.eventDates.set(event, (where = new Map()));
      where.set(path, list);
    }
    for (const event of quiet.events) this.dirtyEvents.delete(event);
    if (quiet.clusters) this.clustersDirty = clustersWereDirty;
    this.relink(path, previous?.linked ?? []);
    this.relinkShortFormsOf(new Set([...keys].filter((k) => before.get(k) !== this.shortFormTarget(k))), path);
  }

  /**
   * What an article's new dates leave as it was: the events for which it gives the same dates
   * with the same words, in the same order, and the ones warnings elsewhere point at have not
   * moved (then only positions no other article shows moved), and
   * likewise its dates of events without a card, when it is in no group. Typing in an article
   * that dates a hub event then costs nothing across the corpus.
   */
  private eventsUnaffected(path: string, before: readonly DatedMention[], after: readonly DatedMention[]): { events: string[]; clusters: boolean } {
    const wording = (list: readonly DatedMention[], pick: (d: DatedMention) => boolean, key: (d: DatedMention) => string) => list.filter(pick).map(key).join('\n');
    const events = new Set<string>();
    for (const d of [...before, ...after]) if (d.event) events.add(d.event);
    const quiet: string[] = [];
    for (const event of events) {
      if (this.dirtyEvents.has(event)) continue;
      // Mentions of this article that warnings show elsewhere must also stay where they were.
      const shown = this.summaries.get(event)?.summary.shown.filter((o) => o.path === path) ?? [];
      if (!shown.every((o) => after.some((d) => d.event === event && d.start === o.date.start && d.end === o.date.end && d.value === o.date.value && d.text === o.date.text))) continue;
      const of = (d: DatedMention) => d.event === event;
      const key = (d: DatedMention) => `${d.value}\u0000${d.text}`;
      if (wording(before, of, key) === wording(after, of, key)) quiet.push(event);
    }
    const triggerKey = (d: DatedMention) => `${d.trigger}\u0000${d.value}\u0000${d.text}\u0000${d.participants?.join(',')}`;
    // Whether the article is in a group is a scan of every group: asked only when it can matter
    // (not while a bulk update has already made the groups dirty).
    const grouped = () => this.clusterCache?.clusters.some((c) => c.members.some((m) => m.path === path)) ?? true;
    const clusters = !this.clustersDirty && wording(before, (d) => !!d.trigger, triggerKey) === wording(after, (d) => !!d.trigger, triggerKey) && !grouped();
    return { events: quiet, clusters };
  }

  /** Drops the article's dated mentions of an event, and the event's table when it empties. */
  private forgetEventDates(event: string, path: string): void {
    const where = this.eventDates.get(event);
    where?.delete(path);
    if (where && where.size === 0) this.eventDates.delete(event);
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
   * `replacing`: set() puts it back at once, and updates its mentions and dates by id and event itself.
   */
  remove(path: string, relinkOthers = true, replacing = false): void {
    const touched = new Set<string>();
    const entry = this.docs.get(path);
    if (!entry) return;
    const before = new Map<string, string>();
    for (const m of entry.own) {
      const key = fullNameSurname(m);
      if (key !== undefined && !before.has(key)) before.set(key, this.shortFormTarget(key));
    }
    this.docs.delete(path);
    this.changed.add(path);
    if (!replacing) this.reindex(path, entry.linked, []);
    for (const m of entry.own) {
      const key = fullNameSurname(m);
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
        touched.add(key);
      }
      const short = shortFormSurname(m);
      if (short !== undefined) {
        const set = this.shortForms.get(short);
        set?.delete(path);
        if (set && set.size === 0) this.shortForms.delete(short);
      }
    }
    if (entry.dates.some((d) => d.trigger)) this.clustersDirty = true;
    for (const d of entry.dates) {
      if (!d.event) continue;
      if (!replacing) this.forgetEventDates(d.event, path);
      this.dirtyEvents.add(d.event);
    }
    if (relinkOthers) this.relinkShortFormsOf(new Set([...touched].filter((k) => before.get(k) !== this.shortFormTarget(k))), path);
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

  /** Every dated mention of an event, articles in path order. */
  datesOf(eventId: string): Array<{ path: string; date: DatedMention }> {
    const where = this.eventDates.get(eventId);
    if (!where) return [];
    return [...where.keys()].sort(byPath).flatMap((path) => where.get(path)!);
  }

  /** Entity, weekday and date-conflict findings of an article, in the order of the full build. */
  articleFindings(path: string): Finding[] {
    const entry = this.docs.get(path);
    if (!entry) return [];
    this.settleConflicts();
    entry.findings ??= [...entityFindings(path, entry.linked), ...weekdayFindings(path, entry.dates)];
    const out = [...entry.findings, ...this.conflictFindings(path, entry)];
    if (entry.dates.some((d) => d.trigger)) for (const f of this.settleClusters().findings) if (f.path === path) out.push(f);
    return out;
  }

  /** Events no card describes that several articles date, grouped. */
  uncardedEvents(): EventCluster[] {
    return this.settleClusters().clusters;
  }

  private settleClusters(): { clusters: EventCluster[]; findings: Finding[] } {
    if (this.clusterCache && !this.clustersDirty) return this.clusterCache;
    const before = conflictKeys(this.clusterCache?.findings.map((finding) => ({ finding })));
    const items: UncardedDate[] = [];
    for (const path of this.paths()) for (const date of this.docs.get(path)!.dates) if (date.trigger) items.push({ path, date });
    const clusters = clusterUncardedEvents(items);
    const nameOf = (id: string) => this.cards().get(id)?.name ?? this.mentionsOf(id)[0]?.mention.name ?? id;
    const findings = clusters.flatMap((c) => possibleConflicts(c, nameOf));
    this.clusterCache = { clusters, findings };
    this.clustersDirty = false;
    const after = conflictKeys(findings.map((finding) => ({ finding })));
    for (const path of new Set([...before.keys(), ...after.keys()])) if (before.get(path) !== after.get(path)) this.changed.add(path);
    return this.clusterCache;
  }

  conflictFix(finding: Finding): ConflictFix | undefined {
    return this.fixes.get(finding);
  }

  /** The cards changed: every event's summary and every group's names are redone when next asked. */
  cardsChanged(): void {
    // Every event with a summary is dated by some article, so this covers them all.
    for (const event of this.eventDates.keys()) this.dirtyEvents.add(event);
    this.clustersDirty = true;
  }

  /** Paths whose findings may have changed since the last call. */
  takeChanged(): Set<string> {
    this.settleConflicts();
    this.settleClusters();
    const out = this.changed;
    this.changed = new Set();
    return out;
  }

  private eventsOf(entry: DocumentEntry): string[] {
    const events: string[] = [];
    for (const d of entry.dates) if (d.event && !events.includes(d.event)) events.push(d.event);
    return events;
  }

  /**
   * An article's date-conflict warnings, built from its events' summaries and kept until one of
   * those summaries is replaced (the article's own edits give it a new entry).
   */
  private conflictFindings(path: string, entry: DocumentEntry): Finding[] {
    const events = this.eventsOf(entry);
    const from = events.map((e) => this.summaries.get(e)?.summary);
    if (entry.conflicts && entry.conflicts.from.every((s, i) => s === from[i])) return entry.conflicts.findings;
    const findings: Finding[] = [];
    events.forEach((event, i) => {
      const summary = from[i];
      if (!summary) return;
      const mine = entry.dates.filter((d) => d.event === event).map((date) => ({ path, date }));
      for (const { fix, ...finding } of conflictsOf(summary, mine)) {
        this.fixes.set(finding, fix);
        findings.push(finding);
      }
    });
    entry.conflicts = { from, findings };
    return findings;
  }

  /**
   * Summaries are recomputed only for the events whose dated mentions changed. A summary that
   * gives the same warnings is kept, so that an edit to one article dating a hub event (one
   * every article dates) republishes only that article; otherwise every article warned before
   * or now has changed.
   */
  private settleConflicts(): void {
    if (this.dirtyEvents.size === 0) return;
    const cards = this.cards();
    for (const event of this.dirtyEvents) {
      const before = this.summaries.get(event);
      const mentions = this.datesOf(event);
      const summary = summarizeEventDates(event, mentions, cards.get(event));
      if (summary && before && summary.signature === before.summary.signature) {
        // The same warnings for the same mentions: only the articles that changed, already marked.
        before.warned = warnedPaths(summary, mentions);
        continue;
      }
      if (summary) this.summaries.set(event, { summary, warned: warnedPaths(summary, mentions) });
      else this.summaries.delete(event);
      for (const path of before?.warned ?? []) this.changed.add(path);
      for (const path of this.summaries.get(event)?.warned ?? []) this.changed.add(path);
    }
    this.dirtyEvents.clear();
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
      const key = shortFormSurname(m);
      const l = key === undefined ? m : linkShortForm(m, this.peopleNamed(key));
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

  private relinkShortFormsOf(surnames: Set<string>, except: string): void {
    const docs = new Set<string>();
    for (const key of surnames) for (const p of this.shortForms.get(key) ?? []) if (p !== except) docs.add(p);
    for (const p of docs) this.relink(p);
  }
}
