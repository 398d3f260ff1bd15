// One corpus check's state across the corpus, kept up to date one article at a time: its items
// by key and article, a summary per key, which keys an edit made dirty, and each article's
// findings until one of its keys' summaries changes. The bookkeeping every corpus check needs,
// done once here (checks/check.ts says what a check provides).

import type { CheckContext, CorpusCheck, ArticleFacts } from '../checks/check.ts';
import type { Finding } from '../checks/finding.ts';

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Summarized<S> {
  summary: S;
  signature: string;
  /** The articles with findings under it. */
  reported: Set<string>;
}

export class CheckIndex<I, S> {
  /** key -> path -> the article's items of that key, in its order. */
  private readonly items = new Map<string, Map<string, I[]>>();
  /** path -> the keys the article has items of, in the order they first appear. */
  private readonly keysOf = new Map<string, string[]>();
  private readonly summaries = new Map<string, Summarized<S>>();
  private readonly dirty = new Set<string>();
  /** Dirty keys whose next summary the check made already from their last one (CorpusCheck.update). */
  private readonly updated = new Map<string, { summary: S; reported: Set<string> }>();
  /**
   * key -> its articles in path order, until one joins or leaves it: an edit replaces an
   * article's items in place, and sorting a hub key's thousand paths at every settle was a
   * tenth of an edit's time at 1,000 articles.
   */
  private readonly pathOrder = new Map<string, string[]>();
  /** path -> its findings and the summaries they were made from. */
  private readonly findingsOf = new Map<string, { from: Array<S | undefined>; findings: Finding[] }>();

  constructor(readonly check: CorpusCheck<I, S>) {}

  /** Adds or replaces an article. */
  set(article: ArticleFacts): void {
    const { path } = article;
    const after = new Map<string, I[]>();
    for (const [key, item] of this.check.collect(article)) {
      const list = after.get(key);
      if (list) list.push(item);
      else after.set(key, [item]);
    }
    const before = this.keysOf.get(path) ?? [];
    const touched = new Set([...before, ...after.keys()]);
    for (const key of touched) {
      const was = this.items.get(key)?.get(path) ?? [];
      const now = after.get(key) ?? [];
      // A key already dirty from another change must stay so.
      if (!this.dirty.has(key) && this.check.unchanged?.(was, now, path, this.summaries.get(key)?.summary)) continue;
      this.changeKey(key, path, was, now);
    }
    // The article's entries are replaced in place: a key every article has keeps its table as it is.
    for (const key of before) if (!after.has(key)) this.forget(key, path);
    for (const [key, list] of after) {
      let where = this.items.get(key);
      if (!where) this.items.set(key, (where = new Map()));
      if (!where.has(path)) this.pathOrder.delete(key);
      where.set(path, list);
    }
    if (after.size > 0) this.keysOf.set(path, [...after.keys()]);
    else this.keysOf.delete(path);
    this.findingsOf.delete(path);
  }

  remove(path: string): void {
    for (const key of this.keysOf.get(path) ?? []) {
      this.forget(key, path);
      this.updated.delete(key);
      this.dirty.add(key);
    }
    this.keysOf.delete(path);
    this.findingsOf.delete(path);
  }

  /** Every key is summarized again when next asked (the cards changed). */
  invalidateAll(): void {
    for (const key of this.items.keys()) this.dirty.add(key);
    this.updated.clear();
  }

  /** A key's items, articles in path order. */
  itemsOf(key: string): I[] {
    const where = this.items.get(key);
    if (!where) return [];
    let order = this.pathOrder.get(key);
    if (!order) this.pathOrder.set(key, (order = [...where.keys()].sort(byPath)));
    const out: I[] = [];
    for (const path of order) for (const item of where.get(path)!) out.push(item);
    return out;
  }

  /**
   * Summarizes the dirty keys again and adds to `changed` the articles whose findings may differ:
   * none for a summary with the signature it had (it is kept, so the findings made from it stay
   * valid), else every article reported before or now.
   */
  settle(ctx: CheckContext, changed: Set<string>): void {
    if (this.dirty.size === 0) return;
    for (const key of this.dirty) {
      const before = this.summaries.get(key);
      const made = this.updated.get(key);
      // An updated summary needs neither the key's items nor a pass over them for who is reported.
      const items = made ? undefined : this.itemsOf(key);
      const summary = made ? made.summary : items!.length > 0 ? this.check.summarize(key, items!, ctx, before?.summary) : undefined;
      const signature = summary === undefined ? undefined : this.check.signature(summary);
      const reported = summary === undefined ? undefined : (made?.reported ?? new Set(this.check.reported(summary, items!)));
      if (summary !== undefined && before && signature === before.signature) {
        before.reported = reported!;
        continue;
      }
      if (summary !== undefined) this.summaries.set(key, { summary, signature: signature!, reported: reported! });
      else this.summaries.delete(key);
      for (const path of before?.reported ?? []) changed.add(path);
      for (const path of this.summaries.get(key)?.reported ?? []) changed.add(path);
    }
    this.dirty.clear();
    this.updated.clear();
  }

  /** The current summaries (after settle). */
  allSummaries(): S[] {
    return [...this.summaries.values()].map((s) => s.summary);
  }

  /** The summary of a key (after settle). */
  summaryOf(key: string): S | undefined {
    return this.summaries.get(key)?.summary;
  }

  /** The article's findings (after settle), built when asked and kept while its summaries stay. */
  findings(path: string, ctx: CheckContext): Finding[] {
    const keys = this.keysOf.get(path);
    if (!keys) return [];
    const from = keys.map((k) => this.summaries.get(k)?.summary);
    const kept = this.findingsOf.get(path);
    if (kept && kept.from.every((s, i) => s === from[i])) return kept.findings;
    const findings: Finding[] = [];
    keys.forEach((key, i) => {
      const summary = from[i];
      if (summary !== undefined) findings.push(...this.check.findings(summary, this.items.get(key)!.get(path)!, ctx));
    });
    this.findingsOf.set(path, { from, findings });
    return findings;
  }

  /**
   * Marks a key dirty after an article's items of it changed, its next summary made at once from
   * its last one where the check can (CorpusCheck.update): from one made so already since the
   * last settle, else from the settled one unless another change made the key dirty.
   */
  private changeKey(key: string, path: string, was: readonly I[], now: readonly I[]): void {
    const from = this.updated.get(key) ?? (this.dirty.has(key) ? undefined : this.summaries.get(key));
    const summary = from && this.check.update?.(from.summary, path, was, now);
    if (from && summary !== undefined) {
      const reported = new Set(from.reported);
      reported.delete(path);
      for (const p of this.check.reported(summary, now)) reported.add(p);
      this.updated.set(key, { summary, reported });
    } else this.updated.delete(key);
    this.dirty.add(key);
  }

  private forget(key: string, path: string): void {
    const where = this.items.get(key);
    if (where?.delete(path)) this.pathOrder.delete(key);
    if (where && where.size === 0) this.items.delete(key);
  }
}
