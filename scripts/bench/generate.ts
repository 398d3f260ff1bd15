// Generates benchmark corpora from the five articles in corpus/: N varied articles plus a copy of
// the cards, deterministically (seeded PRNG). Variation: paragraphs borrowed from other articles
// and lightly reordered, sentences dropped or repeated, names respelled among the spellings the
// cards list (one spelling per name per article, as an outlet would), and, in a fraction of the
// articles, every explicit date shifted by the same few days or a year. Article 0 of every corpus
// is the ~1,500-word article of the edit test.

import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const REPO = path.join(__dirname, '../..');
const SOURCE = path.join(REPO, 'corpus');

export interface GeneratedCorpus {
  /** Workspace root (holds corpus/). */
  root: string;
  /** The folder of articles and entities/. */
  corpusDir: string;
  articles: string[];
  /** Article for the edit test (absolute path). */
  editArticle: string;
  bytes: number;
  words: number;
  /** Where hovers go: words that are names in these articles (default: the corpus/ stories' names). */
  names?: RegExp;
}

export interface GenerateOptions {
  seed?: number;
  /** Share of articles whose dates are shifted (the rest agree with the originals). */
  dateShiftRate?: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

interface Source {
  name: string;
  header: string[];
  body: string[];
}

/** Header = the leading short paragraphs (title, byline, dateline); body = the rest. */
function loadSources(): Source[] {
  return readdirSync(SOURCE)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const paras = readFileSync(path.join(SOURCE, f), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
      let h = 0;
      while (h < paras.length - 1 && paras[h]!.length < 120 && !/[.!?]["”]?$/.test(paras[h]!)) h++;
      return { name: f.replace(/\.txt$/, ''), header: paras.slice(0, Math.max(h, 1)), body: paras.slice(Math.max(h, 1)) };
    });
}

/** Groups of Latin-script spellings of a person's name with the same number of words, from the
 * cards (people only: the places' foreign exonyms would read oddly in English text). */
function loadSpellings(): string[][] {
  const groups: string[][] = [];
  const dir = path.join(SOURCE, 'entities');
  for (const kind of ['people']) {
    for (const f of readdirSync(path.join(dir, kind)).filter((x) => x.endsWith('.md'))) {
      const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(dir, kind, f), 'utf8'));
      if (!m) continue;
      let card: { name?: unknown; aliases?: unknown };
      try {
        card = parseYaml(m[1]!) ?? {};
      } catch {
        continue;
      }
      const names = [card.name, ...(Array.isArray(card.aliases) ? card.aliases : [])]
        .filter((s): s is string => typeof s === 'string' && /^[\p{Script=Latin}][\p{Script=Latin} .'’-]+$/u.test(s));
      const byWords = new Map<number, string[]>();
      for (const s of new Set(names)) byWords.set(s.split(' ').length, [...(byWords.get(s.split(' ').length) ?? []), s]);
      for (const g of byWords.values()) if (g.length > 1) groups.push(g);
    }
  }
  return groups;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const M = MONTHS.join('|');
const DATE_RE = new RegExp(`\\b(?:(${M}) (\\d{1,2})(?:, (\\d{4}))?|(\\d{1,2}) (${M})(?: (\\d{4}))?)\\b|\\b((?:19|20)\\d\\d)\\b`, 'g');

/** Shifts every explicit date by the same days/years; a bare year moves by the years only. */
export function shiftDates(text: string, days: number, years: number): string {
  if (days === 0 && years === 0) return text;
  return text.replace(DATE_RE, (all, mdM, mdD, mdY, dmD, dmM, dmY, bare) => {
    if (bare) return String(Number(bare) + years);
    const month = MONTHS.indexOf(mdM ?? dmM);
    const day = Number(mdD ?? dmD);
    const year = mdY ?? dmY;
    const d = new Date(Date.UTC((year ? Number(year) : 2020) + years, month, day + days));
    const name = MONTHS[d.getUTCMonth()]!;
    const y = year ? String(d.getUTCFullYear()) : '';
    if (mdM) return `${name} ${d.getUTCDate()}${y ? `, ${y}` : ''}`;
    return `${d.getUTCDate()} ${name}${y ? ` ${y}` : ''}`;
  });
}

function respell(text: string, rng: Rng, groups: string[][]): string {
  const choice = new Map<string, string>();
  for (const g of groups) {
    if (rng() < 0.5) continue;
    const to = pick(rng, g);
    for (const s of g) if (s !== to) choice.set(s, to);
  }
  if (choice.size === 0) return text;
  const alternation = [...choice.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(`(?<![\\p{L}])(?:${alternation.join('|')})(?![\\p{L}])`, 'gu'), (s) => choice.get(s) ?? s);
}

const SENTENCE_SPLIT = /(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/;

function varySentences(paragraph: string, rng: Rng): string {
  const sentences = paragraph.split(SENTENCE_SPLIT);
  const out: string[] = [];
  for (const s of sentences) {
    const r = rng();
    if (r < 0.05 && sentences.length > 1) continue;
    out.push(s);
    if (r > 0.97) out.push(s);
  }
  return (out.length > 0 ? out : sentences).join(' ');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function makeArticle(i: number, rng: Rng, sources: Source[], groups: string[][], shiftRate: number, minWords = 0): string {
  const base = sources[i % sources.length]!;
  const body = [...base.body];
  // Borrow paragraphs from other articles.
  for (let k = 0; k < body.length; k++) if (rng() < 0.25) body[k] = pick(rng, pick(rng, sources).body);
  // Swap a few neighbours.
  for (let k = 1; k < body.length; k++) if (rng() < 0.15) [body[k - 1], body[k]] = [body[k]!, body[k - 1]!];
  while (countWords(body.join(' ')) < minWords) body.push(pick(rng, pick(rng, sources).body));
  let text = [...base.header, ...body.map((p) => varySentences(p, rng))].join('\n\n') + '\n';
  text = respell(text, rng, groups);
  if (rng() < shiftRate) {
    const days = Math.floor(rng() * 7) - 3;
    const years = rng() < 0.3 ? (rng() < 0.5 ? -1 : 1) : 0;
    text = shiftDates(text, days || 1, years);
  }
  return text;
}

/** The ~1,500-word article of the edit test: the article with the date conflict, padded with
 * paragraphs of the others, so it has diagnostics whose positions move when text is inserted. */
function makeEditArticle(rng: Rng, sources: Source[], groups: string[][]): string {
  const az = sources.find((s) => s.name.startsWith('azerbaijan')) ?? sources[0]!;
  const others = sources.filter((s) => s !== az).flatMap((s) => s.body);
  const body: string[] = [];
  while (countWords(body.join(' ')) + countWords(az.body.join(' ')) < 1500) body.push(varySentences(pick(rng, others), rng));
  return respell([...az.header, ...body, ...az.body].join('\n\n') + '\n', rng, groups);
}

export function generateCorpus(outRoot: string, size: number, options: GenerateOptions = {}): GeneratedCorpus {
  const rng = prng((options.seed ?? 20211116) + size);
  const sources = loadSources();
  const groups = loadSpellings();
  const root = path.join(outRoot, String(size));
  const corpusDir = path.join(root, 'corpus');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  cpSync(path.join(SOURCE, 'entities'), path.join(corpusDir, 'entities'), { recursive: true });
  const articles: string[] = [];
  let bytes = 0;
  let words = 0;
  const width = String(size - 1).length;
  for (let i = 0; i < size; i++) {
    const text = i === 0 ? makeEditArticle(rng, sources, groups) : makeArticle(i, rng, sources, groups, options.dateShiftRate ?? 0.1);
    const file = path.join(corpusDir, `${String(i).padStart(width, '0')}-${i === 0 ? 'edit-1500-words' : sources[i % sources.length]!.name}.txt`);
    writeFileSync(file, text);
    articles.push(file);
    bytes += Buffer.byteLength(text);
    words += countWords(text);
  }
  return { root, corpusDir, articles, editArticle: articles[0]!, bytes, words };
}
