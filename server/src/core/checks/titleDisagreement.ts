// title-disagreement: a person no card describes, called by one office in most articles and by
// another here ("President" in one article where four call them Prime Minister). A note, not a
// warning: without a card Dateline does not know which is right, only that sources differ.
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
}

interface TitleSummary {
  /** The office most articles give, and in how many articles. */
  office: string;
  articles: number;
  /** Per other office: the articles giving it. */
  minority: Map<string, number>;
  /** A few mentions with the majority's office, for related information. */
  sample: TitleItem[];
}

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

export const titleDisagreementCheck: CorpusCheck<TitleItem, TitleSummary> = {
  codes: ['title-disagreement'],
  *collect({ path, text, entities }) {
    if (!text) return;
    for (const m of entities) {
      if (m.linked || m.type !== 'person') continue;
      const title = titleNextTo(text, m, entities);
      if (title) yield [m.id, { path, start: title.start, end: title.end, said: text.slice(title.start, title.end), office: title.office, name: m.name }];
    }
  },
  summarize(_key, items) {
    const articlesBy = new Map<string, Set<string>>();
    for (const i of items) articlesBy.set(i.office, (articlesBy.get(i.office) ?? new Set()).add(i.path));
    if (articlesBy.size < 2) return undefined;
    const ranked = [...articlesBy].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
    const [office, where] = ranked[0]!;
    const minority = new Map(ranked.slice(1).map(([o, w]) => [o, w.size] as [string, number]));
    const largestOther = ranked[1]![1].size;
    // An office that some general word also covers ("minister" beside "foreign minister") is not another office.
    if (where.size < MIN_MAJORITY || where.size < MAJORITY_RATIO * largestOther) return undefined;
    return { office, articles: where.size, minority, sample: items.filter((i) => i.office === office).slice(0, MAX_RELATED) };
  },
  signature(s) {
    return `${s.office}:${s.articles}:${[...s.minority].join(',')}:${s.sample.map((i) => `${i.path}@${i.start}`).join(',')}`;
  },
  *reported(s, items) {
    for (const i of items) if (s.minority.has(i.office)) yield i.path;
  },
  findings(s, mine) {
    const out: Finding[] = [];
    for (const i of mine) {
      if (!s.minority.has(i.office) || !exclusive(i.office, s.office)) continue;
      out.push({
        path: i.path, start: i.start, end: i.end, severity: 'information', code: 'title-disagreement',
        message: `"${i.said}" for ${i.name}: ${s.articles} other articles call them ${s.office}${s.minority.get(i.office)! > 1 ? ` (${s.minority.get(i.office)} articles say ${i.office})` : ''}.`,
        related: s.sample.map((x) => ({ path: x.path, start: x.start, end: x.end, message: `"${x.said}" here` })),
      });
    }
    return out;
  },
};
