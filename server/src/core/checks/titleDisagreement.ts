// title-disagreement: a person no card describes, called by one office in most articles of the
// same week and by another here ("President" in one article where four of those days call them
// Prime Minister). A note, not a warning: without a card Dateline does not know which is right, only that sources differ.
// Carded people are title-mismatch's: their card says which title is right.

import { titleNextTo } from '../entities/titles.ts';
import type { CorpusCheck } from './check.ts';
import type { Finding } from './finding.ts';
import { MAX_RELATED } from './votes.ts';

export interface TitleItem {
  path: string;
  start: number;
  end: number;
  /** The title as written ("Armenian President"). */
  said: string;
  office: string;
  name: string;
  /** The article's date: titles are compared only between articles of about the same time. */
  published: string | null;
}

/** What a noted title is set against: the other office the articles of its time give. */
interface Against {
  office: string;
  /** How many articles of that time give it, and how many give the noted one. */
  articles: number;
  same: number;
  sample: TitleItem[];
}

interface TitleSummary {
  /**
   * By the noted title's place (placeOf): an index keeps a summary while its signature holds,
   * and the article's items are then those of a later analysis of it, equal but other objects.
   */
  noted: Map<string, { item: TitleItem; against: Against }>;
}

/** Where a title is: its article and offsets. */
const placeOf = (i: TitleItem) => `${i.path}\u0000${i.start}\u0000${i.end}`;

/**
 * Offices one person does not hold at once, compared with each other: a head of state or of
 * government, or one ministry. Others (senator and committee chairman, governor and candidate)
 * are often held together or in turn within one story, and a difference there says nothing.
 */
const EXCLUSIVE = [
  new Set(['president', 'prime minister', 'chancellor', 'king', 'queen', 'emir', 'sultan']),
  new Set(['foreign minister', 'defense minister', 'interior minister', 'finance minister', 'justice minister', 'health minister', 'economy minister']),
];
const exclusive = (a: string, b: string) => EXCLUSIVE.some((g) => g.has(a) && g.has(b));

/** A majority needs this many articles and this many times the other office's articles. */
const MIN_MAJORITY = 2;
const MAJORITY_RATIO = 2;
/**
 * Only articles this close in time are compared: a prime minister elected president a month
 * later is "President" in the later articles, and that is news, not a disagreement.
 */
const WINDOW_DAYS = 7;

const dayOf = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86400000;

export const titleDisagreementCheck: CorpusCheck<TitleItem, TitleSummary> = {
  codes: ['title-disagreement'],
  *collect({ path, text, entities, published }) {
    if (!text) return;
    for (const m of entities) {
      if (m.linked || m.type !== 'person') continue;
      const title = titleNextTo(text, m, entities);
      if (title) yield [m.id, { path, start: title.start, end: title.end, said: text.slice(title.start, title.end), office: title.office, name: m.name, published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null }];
    }
  },
  summarize(_key, items) {
    // Undated articles cannot be placed in time: they are never compared.
    const dated = items.filter((i) => i.published !== null);
    if (new Set(dated.map((i) => i.office)).size < 2) return undefined;
    const noted: TitleSummary['noted'] = new Map();
    for (const i of dated) {
      const day = dayOf(i.published!);
      const near = dated.filter((x) => Math.abs(dayOf(x.published!) - day) <= WINDOW_DAYS);
      const articlesBy = new Map<string, Set<string>>();
      for (const x of near) articlesBy.set(x.office, (articlesBy.get(x.office) ?? new Set()).add(x.path));
      const ranked = [...articlesBy].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
      const [office, where] = ranked[0]!;
      const same = articlesBy.get(i.office)!.size;
      if (office === i.office || !exclusive(i.office, office) || where.size < MIN_MAJORITY || where.size < MAJORITY_RATIO * same) continue;
      noted.set(placeOf(i), { item: i, against: { office, articles: where.size, same, sample: near.filter((x) => x.office === office).slice(0, MAX_RELATED) } });
    }
    return noted.size > 0 ? { noted } : undefined;
  },
  signature(s) {
    // Everything the notes say: what is noted where, and what it is set against.
    return [...s.noted.values()].map(({ item: i, against: a }) => `${i.path}@${i.start}-${i.end}:${i.said}:${i.office}:${i.name}:${a.office}:${a.articles}:${a.same}:${a.sample.map((x) => `${x.path}@${x.start}-${x.end}:${x.said}`).join(',')}`).join('|');
  },
  *reported(s) {
    for (const { item } of s.noted.values()) yield item.path;
  },
  findings(s, mine) {
    const out: Finding[] = [];
    for (const i of mine) {
      const a = s.noted.get(placeOf(i))?.against;
      if (!a) continue;
      out.push({
        path: i.path, start: i.start, end: i.end, severity: 'information', code: 'title-disagreement',
        message: `"${i.said}" for ${i.name}: ${a.articles} other articles of the same week call them ${a.office}${a.same > 1 ? ` (${a.same} articles say ${i.office})` : ''}.`,
        related: a.sample.map((x) => ({ path: x.path, start: x.start, end: x.end, message: `"${x.said}" here` })),
      });
    }
    return out;
  },
};
