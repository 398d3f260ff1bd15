// Benchmark corpora of real text: the duc2006 articles (../shared/data/duc2006: 1,249 wire
// articles with their sidecars), and larger corpora made of copies of them in which every copy
// after the first renames its names and shifts its dates, so that no copy repeats the word forms,
// word pairs and dates of another (the tagger's word cache would otherwise stay hot on
// repeated text, and the figures would be those of text read before). A copy renames a
// capitalized word seen mid-sentence (and its other occurrences in the article) the same way in
// every article, as a wire service spells a name one way: vowels rotated by one to four steps,
// with a syllable added from the fifth copy on. Month and weekday names are left alone, so the
// dates stay dates; dates written "July 7, 1999" or "7 July" and bare years move by the copy's
// days and years, as does the sidecar's `published`.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO, shiftDates, type GeneratedCorpus } from './generate.ts';

export const REAL_SOURCE = path.join(REPO, '../shared/data/duc2006');

interface SourceArticle {
  /** Path below the source folder, e.g. D0601A/APW19990707.0181.txt. */
  rel: string;
  text: string;
  meta?: string;
}

function readSource(dir: string): SourceArticle[] {
  const out: SourceArticle[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) {
        const meta = p.replace(/\.txt$/, '.meta.yaml');
        out.push({ rel: path.relative(dir, p), text: readFileSync(p, 'utf8'), meta: existsSync(meta) ? readFileSync(meta, 'utf8') : undefined });
      }
    }
  };
  walk(dir);
  return out;
}

const KEEP = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Sept'.split(' '),
);
const VOWELS = 'aeiou';
const SYLLABLES = ['', 'en', 'ov', 'ar', 'is', 'ul'];

/** The name as copy c (>= 1) spells it. */
export function renamed(word: string, c: number): string {
  const r = ((c - 1) % 4) + 1;
  let out = word[0]!;
  for (let i = 1; i < word.length; i++) {
    const v = VOWELS.indexOf(word[i]!);
    out += v < 0 ? word[i] : VOWELS[(v + r) % 5];
  }
  return out + SYLLABLES[Math.floor((c - 1) / 4) % SYLLABLES.length];
}

const MID_SENTENCE_NAME = /(?<=[a-z,;] )[A-Z][a-z]{3,}\b/g;

function renameArticle(text: string, c: number): string {
  const forms = new Set<string>();
  for (const m of text.matchAll(MID_SENTENCE_NAME)) if (!KEEP.has(m[0])) forms.add(m[0]);
  if (forms.size === 0) return text;
  const alternation = [...forms].sort((a, b) => b.length - a.length).join('|');
  return text.replace(new RegExp(`\\b(?:${alternation})\\b`, 'g'), (w) => renamed(w, c));
}

function shiftPublished(meta: string, days: number, years: number): string {
  return meta.replace(/^(published:\s*)(\d{4})-(\d{2})-(\d{2})/m, (_all, key: string, y: string, m: string, d: string) => {
    const t = new Date(Date.UTC(Number(y) + years, Number(m) - 1, Number(d) + days));
    return `${key}${t.toISOString().slice(0, 10)}`;
  });
}

/** Days and years copy c moves its dates by (copy 0 is the original). */
function shiftOf(c: number): { days: number; years: number } {
  return { days: c === 0 ? 0 : ((c * 5) % 11) + 1, years: c === 0 ? 0 : c % 3 };
}

/**
 * `size` real articles under outRoot/real-<size>/corpus: the source's articles, then as many
 * changed copies as needed (the last copy cut short). No cards: duc2006 has none.
 */
export function realCorpus(outRoot: string, size: number, source = REAL_SOURCE): GeneratedCorpus {
  if (!existsSync(source)) throw new Error(`real corpus: no folder ${source}`);
  const articles0 = readSource(source);
  const root = path.join(outRoot, `real-${size}`);
  const corpusDir = path.join(root, 'corpus');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const articles: string[] = [];
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < size; i++) {
    const c = Math.floor(i / articles0.length);
    const a = articles0[i % articles0.length]!;
    const { days, years } = shiftOf(c);
    const text = c === 0 ? a.text : shiftDates(renameArticle(a.text, c), days, years);
    const file = path.join(corpusDir, `copy${String(c).padStart(2, '0')}`, a.rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    if (a.meta !== undefined) writeFileSync(file.replace(/\.txt$/, '.meta.yaml'), c === 0 ? a.meta : shiftPublished(a.meta, days, years));
    articles.push(file);
    bytes += Buffer.byteLength(text);
    words += text.split(/\s+/).filter(Boolean).length;
  }
  // The edit test types in a long article of the first copy, as on the generated corpora.
  let edit = 0;
  for (let i = 0; i < Math.min(size, articles0.length); i++) if (articles0[i]!.text.length > articles0[edit]!.text.length && articles0[i]!.text.length < 12000) edit = i;
  return { root, corpusDir, articles, editArticle: articles[edit]!, bytes, words, names: /\b(?<=[a-z,] )[A-Z][a-z]{3,}\b/g };
}
