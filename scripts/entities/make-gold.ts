// Builds the gold annotation JSON from the readable sources.
//
//   node --import tsx scripts/entities/make-gold.ts            # write test/gold/{entities,dates}/*.json
//   node --import tsx scripts/entities/make-gold.ts --check    # verify only; exit 1 if a JSON is stale
//   node --import tsx scripts/entities/make-gold.ts --coverage # also list card names/aliases found in
//                                                              # the text but not covered by a gold span
//
// Source files (one per article, mentions in document order):
//   test/gold/entities/src/<article>.txt   lines  `text | type | id`
//   test/gold/dates/src/<article>.txt      lines  `text | value | event`   (value `null`, event optional)
// Blank lines and lines starting with `#` are ignored, except the header `# anchor: <ISO|null>` in a
// dates source. Each line's `text` is searched for from the end of the previous span, at word
// boundaries, so repeated names need no occurrence numbers. An optional 4th field `after: <string>`
// first moves the cursor past the next occurrence of <string>, to skip an unannotated occurrence.
// Offsets are JavaScript string offsets (UTF-16 code units), end exclusive.

import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { loadCards, type Card } from './cards.ts';

const ROOT = join(__dirname, '..', '..');
const CORPUS = join(ROOT, 'corpus');
const ENT = join(ROOT, 'test', 'gold', 'entities');
const DAT = join(ROOT, 'test', 'gold', 'dates');

export const MENTION_TYPES = ['person', 'place', 'organization', 'misc'] as const;
type MentionType = (typeof MENTION_TYPES)[number];

export interface EntityMention { start: number; end: number; text: string; type: MentionType; id: string }
export interface DateMention { start: number; end: number; text: string; value: string | null; event?: string }

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

function findFrom(doc: string, needle: string, from: number): number {
  let i = doc.indexOf(needle, from);
  while (i >= 0) {
    const before = doc[i - 1];
    const after = doc[i + needle.length];
    const okBefore = !isWordChar(needle[0]) || !isWordChar(before);
    const okAfter = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (okBefore && okAfter) return i;
    i = doc.indexOf(needle, i + 1);
  }
  return -1;
}

interface Line { no: number; fields: string[] }

function readSource(path: string): { lines: Line[]; header: Record<string, string> } {
  const lines: Line[] = [];
  const header: Record<string, string> = {};
  readFileSync(path, 'utf8').split('\n').forEach((raw, idx) => {
    const line = raw.trim();
    const h = /^#\s*(anchor|document):\s*(.*)$/.exec(line);
    if (h) { header[h[1]!] = h[2]!.trim(); return; }
    if (line === '' || line.startsWith('#')) return;
    lines.push({ no: idx + 1, fields: line.split(' | ').map((f) => f.trim()) });
  });
  return { lines, header };
}

function place(doc: string, lines: Line[], src: string, errors: string[]): Array<{ line: Line; start: number; end: number }> {
  let cursor = 0;
  const out: Array<{ line: Line; start: number; end: number }> = [];
  for (const line of lines) {
    const text = line.fields[0]!;
    const extra = line.fields.find((f, k) => k >= 2 && f.startsWith('after: '));
    if (extra) {
      const ctx = extra.slice('after: '.length);
      const j = doc.indexOf(ctx, cursor);
      if (j < 0) { errors.push(`${src}:${line.no}: context ${JSON.stringify(ctx)} not found after offset ${cursor}`); continue; }
      cursor = j + ctx.length;
    }
    const start = findFrom(doc, text, cursor);
    if (start < 0) { errors.push(`${src}:${line.no}: ${JSON.stringify(text)} not found after offset ${cursor}`); continue; }
    out.push({ line, start, end: start + text.length });
    cursor = start + text.length;
  }
  return out;
}

export function articles(): string[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => basename(f, '.txt')).sort();
}

function buildEntities(article: string, cards: Map<string, Card>, errors: string[]) {
  const src = join(ENT, 'src', `${article}.txt`);
  const doc = readFileSync(join(CORPUS, `${article}.txt`), 'utf8');
  const { lines } = readSource(src);
  const mentions: EntityMention[] = [];
  for (const { line, start, end } of place(doc, lines, src, errors)) {
    const [text, type, id] = line.fields as [string, string, string];
    if (!(MENTION_TYPES as readonly string[]).includes(type)) errors.push(`${src}:${line.no}: bad type ${type}`);
    const card = cards.get(id);
    if (!card) errors.push(`${src}:${line.no}: no card ${id}`);
    else {
      const expected = type === 'misc' ? 'place' : type;
      if (card.type !== expected) errors.push(`${src}:${line.no}: ${id} is a ${card.type} card, mention typed ${type}`);
    }
    mentions.push({ start, end, text, type: type as MentionType, id });
  }
  return { document: `corpus/${article}.txt`, mentions };
}

function buildDates(article: string, cards: Map<string, Card>, errors: string[]) {
  const src = join(DAT, 'src', `${article}.txt`);
  const doc = readFileSync(join(CORPUS, `${article}.txt`), 'utf8');
  const { lines, header } = readSource(src);
  const mentions: DateMention[] = [];
  for (const { line, start, end } of place(doc, lines, src, errors)) {
    const [text, value, event] = line.fields as [string, string, string | undefined];
    if (value !== 'null' && !/^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{3})$/.test(value)) errors.push(`${src}:${line.no}: bad value ${value}`);
    const m: DateMention = { start, end, text, value: value === 'null' ? null : value };
    if (event && !event.startsWith('after: ')) {
      const card = cards.get(event);
      if (!card || card.type !== 'event') errors.push(`${src}:${line.no}: no event card ${event}`);
      m.event = event;
    }
    mentions.push(m);
  }
  const anchor = header['anchor'] && header['anchor'] !== 'null' ? header['anchor'] : null;
  return { document: `corpus/${article}.txt`, anchor, mentions };
}

/** Card names/aliases/demonyms occurring in the text (case-folded, ’ = ') and not overlapping a gold span. */
function coverage(article: string, cards: Map<string, Card>, gold: EntityMention[]): string[] {
  const doc = readFileSync(join(CORPUS, `${article}.txt`), 'utf8').replace(/’/g, "'").toLowerCase();
  const out: string[] = [];
  for (const card of cards.values()) {
    if (card.type === 'event') continue;
    for (const form of new Set([card.name, ...card.aliases, ...card.demonyms])) {
      const needle = form.replace(/’/g, "'").toLowerCase();
      let i = findFrom(doc, needle, 0);
      while (i >= 0) {
        const j = i + needle.length;
        if (!gold.some((g) => g.start < j && i < g.end)) out.push(`  ${article}@${i}: ${JSON.stringify(form)} (${card.id}) not covered`);
        i = findFrom(doc, needle, i + 1);
      }
    }
  }
  return out;
}

function main(): void {
  const check = process.argv.includes('--check');
  const cov = process.argv.includes('--coverage');
  const { cards, errors } = loadCards(join(CORPUS, 'entities'));
  for (const article of articles()) {
    for (const [dir, build] of [[ENT, buildEntities], [DAT, buildDates]] as const) {
      if (!existsSync(join(dir, 'src', `${article}.txt`))) { errors.push(`missing source ${dir}/src/${article}.txt`); continue; }
      const json = build(article, cards, errors);
      const out = join(dir, `${article}.json`);
      const text = JSON.stringify(json, null, 2) + '\n';
      if (check) {
        if (!existsSync(out) || readFileSync(out, 'utf8') !== text) errors.push(`stale: ${out}`);
      } else {
        mkdirSync(dir, { recursive: true });
        writeFileSync(out, text);
      }
      if (cov && dir === ENT) for (const l of coverage(article, cards, json.mentions as EntityMention[])) console.log(l);
    }
  }
  for (const e of errors) console.error(e);
  if (errors.length) process.exit(1);
  console.log(check ? 'gold up to date' : `wrote gold for ${articles().length} articles`);
}

if (require.main === module) main();
