// findDates: recognition (recognize.ts) -> overlap resolution (longest wins) -> modifiers
// ("early", "mid-", "the end of") -> tense (tense.ts) -> normalization (resolve.ts).

import type { Candidate } from './spec.ts';
import type { DateMention, DateMod, FindDatesOptions } from './types.ts';
import { recognize } from './recognize.ts';
import { resolveSpec } from './resolve.ts';
import { tenseAround, type Tense } from './tense.ts';
import { parseYmd } from './calendar.ts';

const MODIFIER_RE =
  /(?:^|[^\w-])((?:early|late|mid|earlier|later|the\s+(?:very\s+)?(?:beginning|start|middle|end)\s+of|the\s+(?:early|late)\s+part\s+of|the\s+turn\s+of)(?:\s+|-))$/i;

function modOf(word: string): DateMod | undefined {
  const w = word.toLowerCase();
  if (/^(early|the\s+(very\s+)?(beginning|start)|the\s+early)/.test(w)) return 'START';
  if (/^(mid|the\s+middle)/.test(w)) return 'MID';
  if (/^(late\b|the\s+(very\s+)?end|the\s+late|the\s+turn)/.test(w)) return 'END';
  return undefined;
}

function selectNonOverlapping(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const picked: Candidate[] = [];
  for (const c of sorted) {
    if (picked.some((p) => c.start < p.end && p.start < c.end)) continue;
    picked.push(c);
  }
  return picked.sort((a, b) => a.start - b.start);
}

function urlRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Every match holds "http://", "https://", "www." or "@": most articles have none.
  if (text.indexOf('@') < 0 && text.indexOf('http') < 0 && text.indexOf('www.') < 0) return out;
  // Linear-time patterns: a lazy "\S+@\S+" backtracks over every word of a long text.
  const re = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** A recognized expression with everything that does not depend on the anchor. */
interface Prepared {
  c: Candidate;
  start: number;
  mod?: DateMod;
  tense: Tense;
  text: string;
}

// Recognition does not depend on the anchor, and an article is dated in up to three calls over
// the same text (without an anchor, then with one): the last few texts' recognitions are kept.
const PREPARED_CACHE_SIZE = 4;
const preparedCache: Array<{ text: string; prepared: Prepared[] }> = [];

function prepare(text: string): Prepared[] {
  for (const entry of preparedCache) if (entry.text === text) return entry.prepared;
  const prepared = prepareUncached(text);
  preparedCache.unshift({ text, prepared });
  if (preparedCache.length > PREPARED_CACHE_SIZE) preparedCache.pop();
  return prepared;
}

function prepareUncached(text: string): Prepared[] {
  const urls = urlRanges(text);
  const cands = urls.length === 0 ? recognize(text) : recognize(text).filter((c) => !urls.some(([s, e]) => c.start < e && s < c.end));
  const picked = selectNonOverlapping(cands);

  const out: Prepared[] = [];
  for (const c of picked) {
    let start = c.start;
    let mod: DateMod | undefined;
    const k = c.spec.kind;
    if (k === 'decade') {
      mod = modOf(text.slice(c.start, c.end).replace(/^the\s+/i, ''));
    } else if (k === 'date' || k === 'year' || k === 'season' || k === 'unit' || k === 'weekday' || k === 'quarter' || k === 'half') {
      const m = MODIFIER_RE.exec(text.slice(Math.max(0, start - 40), start));
      const prev = out[out.length - 1];
      if (m && !(prev && prev.c.end > start - m[1].length)) {
        const word = m[1];
        const isComparative = /^(earlier|later)/i.test(word);
        // "earlier"/"later" only before deictic/relative units ("earlier this year", "later Saturday")
        if (!isComparative || k === 'unit' || k === 'weekday') {
          start -= word.length;
          mod = modOf(word);
        }
      }
    }
    const p: Prepared = { c, start, tense: tenseAround(text, start, c.end), text: text.slice(start, c.end) };
    if (mod) p.mod = mod;
    out.push(p);
  }
  return out;
}

/**
 * Finds and normalizes the date expressions of `text`. With `options.anchor` (the article date,
 * 'YYYY-MM-DD') relative and year-less expressions are resolved; without it their value is null.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  const anchor = parseYmd(options.anchor);
  const out: DateMention[] = [];
  let lastMonth: { y?: number; m: number } | undefined;
  for (const p of prepare(text)) {
    const c = p.c;
    const r = resolveSpec(c.spec, anchor, p.tense, lastMonth);
    if (c.spec.kind === 'date') {
      const y = r.value ? parseInt(r.value.slice(0, 4), 10) : undefined;
      lastMonth = { y, m: c.spec.m };
    }
    const mention: DateMention = { start: p.start, end: c.end, text: p.text, ...r };
    if (p.mod) mention.mod = p.mod;
    out.push(mention);
  }
  return out;
}
