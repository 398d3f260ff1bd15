// Stories without cards: our gold for a few articles of some duc2006 stories (test/gold/stories/),
// scored against what the product finds when it analyzes the whole story folder, as
// `dateline analyze --json <story folder>` does (no cards, the shipped tagger).
//
//   npm run eval:entities -- --story D0617H [--story D0640D ...]   (--story all: every annotated story)
//   npm run eval:entities -- --story D0617H --errors                (every miss, spurious and wrong id)
//   npm run eval:entities -- --story all --drafted                  (with the story's drafted cards applied)
//   node --import tsx scripts/entities/story.ts --make              (sources -> JSON; --check: verify only)
//   node --import tsx scripts/entities/story.ts --dump D0617H DOCNO  (the product's mentions as a source, to start one)
//
// Scores: typed mentions (exact span and type; PER/LOC/ORG only: misc is not annotated and a
// predicted misc mention is ignored), precision/recall/F1 per type; identity as B-cubed over the
// correct mentions of all annotated articles of a story together (a mention's predicted cluster is
// the correct mentions sharing its id, its gold cluster those sharing its gold id); namesake
// merges: predicted ids that join correct mentions of two or more gold persons.

import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { prf, type PRF } from './score.ts';

const repo = path.join(__dirname, '../..');
const goldRoot = path.join(repo, 'test/gold/stories');
export const dataRoot = (): string => process.env.DATELINE_DUC ?? path.join(repo, '../shared/data/duc2006');

const TYPES = ['person', 'place', 'organization'] as const;

export interface StoryMention {
  start: number;
  end: number;
  text: string;
  type: string;
  id: string;
}
export interface StoryGold {
  document: string; // <story>/<DOCNO>.txt, relative to the duc2006 folder
  mentions: StoryMention[];
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

function findFrom(doc: string, needle: string, from: number): number {
  let i = doc.indexOf(needle, from);
  while (i >= 0) {
    const okBefore = !isWordChar(needle[0]) || !isWordChar(doc[i - 1]);
    const okAfter = !isWordChar(needle[needle.length - 1]) || !isWordChar(doc[i + needle.length]);
    if (okBefore && okAfter) return i;
    i = doc.indexOf(needle, i + 1);
  }
  return -1;
}

/** A source (`text | type | id` lines in document order, `| after: <string>` to skip) placed in its article. */
export function buildStoryGold(story: string, docno: string, errors: string[]): StoryGold {
  const src = path.join(goldRoot, 'src', story, `${docno}.txt`);
  const doc = readFileSync(path.join(dataRoot(), story, `${docno}.txt`), 'utf8');
  const mentions: StoryMention[] = [];
  let cursor = 0;
  readFileSync(src, 'utf8').split('\n').forEach((raw, idx) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [text, type, id, extra] = line.split(' | ').map((f) => f.trim()) as [string, string, string, string | undefined];
    if (!(TYPES as readonly string[]).includes(type)) errors.push(`${src}:${idx + 1}: bad type ${type}`);
    if (!id || !/^[a-z0-9-]+$/.test(id)) errors.push(`${src}:${idx + 1}: bad id ${id}`);
    if (extra?.startsWith('after: ')) {
      const j = doc.indexOf(extra.slice(7), cursor);
      if (j < 0) errors.push(`${src}:${idx + 1}: context not found`);
      else cursor = j + extra.length - 7;
    }
    const start = findFrom(doc, text, cursor);
    if (start < 0) {
      errors.push(`${src}:${idx + 1}: ${JSON.stringify(text)} not found after offset ${cursor}`);
      return;
    }
    mentions.push({ start, end: start + text.length, text, type, id });
    cursor = start + text.length;
  });
  return { document: `${story}/${docno}.txt`, mentions };
}

export function annotatedStories(): string[] {
  const dir = path.join(goldRoot, 'src');
  return existsSync(dir) ? readdirSync(dir).filter((d) => /^D\d{4}[A-Z]$/.test(d)).sort() : [];
}

export function annotatedArticles(story: string): string[] {
  return readdirSync(path.join(goldRoot, 'src', story)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

export function readStoryGold(story: string): StoryGold[] {
  return annotatedArticles(story).map((docno) => JSON.parse(readFileSync(path.join(goldRoot, story, `${docno}.json`), 'utf8')) as StoryGold);
}

export interface StoryScores {
  byType: Record<string, PRF>;
  typed: PRF;
  identity: { precision: number; recall: number; f1: number; mentions: number };
  namesakeMerges: Array<{ predicted: string; gold: string[] }>;
  errors: string[];
}

export function scoreStory(gold: StoryGold[], predicted: Map<string, StoryMention[]>): StoryScores {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const correct: Array<{ gold: string; predicted: string; type: string }> = [];
  const errors: string[] = [];
  for (const g of gold) {
    const pred = (predicted.get(g.document) ?? []).filter((m) => (TYPES as readonly string[]).includes(m.type));
    const key = (m: StoryMention) => `${m.start}:${m.end}:${m.type}`;
    const goldBy = new Map(g.mentions.map((m) => [key(m), m]));
    const predKeys = new Set(pred.map(key));
    for (const p of pred) {
      const hit = goldBy.get(key(p));
      if (hit) {
        counts.get(p.type)!.tp++;
        correct.push({ gold: hit.id, predicted: p.id, type: p.type });
      } else {
        counts.get(p.type)!.fp++;
        errors.push(`  spurious  ${g.document}@${p.start} "${p.text}" ${p.type} ${p.id}`);
      }
    }
    for (const m of g.mentions) {
      if (predKeys.has(key(m))) continue;
      counts.get(m.type)!.fn++;
      const other = pred.find((p) => p.start < m.end && m.start < p.end);
      errors.push(`  missed    ${g.document}@${m.start} "${m.text}" ${m.type}${other ? ` (found "${other.text}" ${other.type})` : ''}`);
    }
  }
  // B-cubed over the correct mentions
  const byPred = new Map<string, typeof correct>();
  const byGold = new Map<string, typeof correct>();
  for (const c of correct) {
    (byPred.get(c.predicted) ?? byPred.set(c.predicted, []).get(c.predicted)!).push(c);
    (byGold.get(c.gold) ?? byGold.set(c.gold, []).get(c.gold)!).push(c);
  }
  let p = 0;
  let r = 0;
  for (const c of correct) {
    const P = byPred.get(c.predicted)!;
    const G = byGold.get(c.gold)!;
    const both = P.filter((x) => x.gold === c.gold).length;
    p += both / P.length;
    r += both / G.length;
  }
  const n = correct.length;
  const bp = n ? p / n : 1;
  const br = n ? r / n : 1;
  const namesakeMerges: StoryScores['namesakeMerges'] = [];
  for (const [id, members] of byPred) {
    const people = new Set(members.filter((m) => m.type === 'person').map((m) => m.gold));
    if (people.size > 1) namesakeMerges.push({ predicted: id, gold: [...people].sort() });
    const golds = new Set(members.map((m) => m.gold));
    if (golds.size > 1) errors.push(`  merged    predicted id ${id} covers gold ${[...golds].sort().join(', ')}`);
  }
  for (const [id, members] of byGold) {
    const preds = new Set(members.map((m) => m.predicted));
    if (preds.size > 1) errors.push(`  split     gold ${id} has predicted ids ${[...preds].sort().join(', ')}`);
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const byType: Record<string, PRF> = {};
  for (const [t, c] of counts) {
    byType[t] = prf(c.tp, c.fp, c.fn);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return {
    byType,
    typed: prf(total.tp, total.fp, total.fn),
    identity: { precision: bp, recall: br, f1: bp + br ? (2 * bp * br) / (bp + br) : 0, mentions: n },
    namesakeMerges,
    errors,
  };
}

/**
 * The product on one story folder, as the CLI runs it: every article of the folder, no cards; or
 * (`drafted`) with the cards Draft Cards proposes for the story applied (drafted.ts).
 */
export async function analyzeStory(story: string, options: { drafted?: boolean } = {}): Promise<Map<string, StoryMention[]>> {
  const tagger = await loadBundledTagger();
  const folder = path.join(dataRoot(), story);
  let ws;
  if (options.drafted) ws = (await (await import('./drafted.ts')).withDraftedCards(story, tagger)).after;
  else {
    ws = await loadCorpus([folder], { tagger });
    ws.takeChangedPaths();
  }
  const out = new Map<string, StoryMention[]>();
  for (const p of ws.articlePaths()) out.set(`${story}/${path.basename(p)}`, ws.entities(p));
  return out;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (label: string, s: PRF) =>
  `${label.padEnd(14)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

export async function runStoryEval(stories: string[], showErrors: boolean, drafted = false): Promise<void> {
  const all = stories.includes('all') ? annotatedStories() : stories;
  const golds: StoryGold[] = [];
  const predicted = new Map<string, StoryMention[]>();
  const perStory: Array<[string, StoryScores]> = [];
  for (const story of all) {
    const gold = readStoryGold(story);
    const pred = await analyzeStory(story, { drafted });
    perStory.push([story, scoreStory(gold, pred)]);
    golds.push(...gold);
    for (const [k, v] of pred) predicted.set(k, v);
  }
  const print = (label: string, s: StoryScores, articles: number) => {
    console.log(`${label} (${articles} annotated articles; the product on the whole story folder, ${drafted ? 'with its drafted cards applied' : 'no cards'})`);
    console.log(row('typed PER/LOC/ORG', s.typed));
    for (const [t, x] of Object.entries(s.byType)) console.log(row(`  ${t}`, x));
    console.log(`identity       B-cubed over ${s.identity.mentions} correct mentions: P ${pct(s.identity.precision)}  R ${pct(s.identity.recall)}  F1 ${pct(s.identity.f1)}`);
    console.log(`namesakes      ${s.namesakeMerges.length} predicted ids merge two or more gold persons${s.namesakeMerges.map((m) => `\n  ${m.predicted}: ${m.gold.join(', ')}`).join('')}`);
    if (showErrors) for (const e of s.errors) console.log(e);
  };
  for (const [story, s] of perStory) print(story, s, golds.filter((g) => g.document.startsWith(story + '/')).length);
  if (perStory.length > 1) {
    // identity is scored within each story (a story is one corpus); typed counts add up
    const typed = perStory.map(([, s]) => s);
    const sum = (t: string) => typed.reduce((a, s) => ({ tp: a.tp + s.byType[t]!.tp, fp: a.fp + s.byType[t]!.fp, fn: a.fn + s.byType[t]!.fn }), { tp: 0, fp: 0, fn: 0 });
    const byType: Record<string, PRF> = {};
    for (const t of TYPES) { const c = sum(t); byType[t] = prf(c.tp, c.fp, c.fn); }
    const tot = TYPES.map(sum).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }));
    const n = typed.reduce((a, s) => a + s.identity.mentions, 0);
    const wp = typed.reduce((a, s) => a + s.identity.precision * s.identity.mentions, 0) / n;
    const wr = typed.reduce((a, s) => a + s.identity.recall * s.identity.mentions, 0) / n;
    console.log(`all ${perStory.length} stories (${golds.length} annotated articles)`);
    console.log(row('typed PER/LOC/ORG', prf(tot.tp, tot.fp, tot.fn)));
    for (const t of TYPES) console.log(row(`  ${t}`, byType[t]!));
    console.log(`identity       B-cubed over ${n} correct mentions (per story, weighted by mentions): P ${pct(wp)}  R ${pct(wr)}  F1 ${pct((2 * wp * wr) / (wp + wr))}`);
    console.log(`namesakes      ${typed.reduce((a, s) => a + s.namesakeMerges.length, 0)} merges`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--dump') {
    const [, story, ...docnos] = args;
    const pred = await analyzeStory(story!);
    for (const docno of docnos) {
      console.log(`# ${story}/${docno}.txt\n# text | type | id   (document order; see test/gold/stories/README.md)`);
      for (const m of pred.get(`${story}/${docno}.txt`) ?? []) if ((TYPES as readonly string[]).includes(m.type)) console.log(`${m.text.replace(/\s+/g, ' ')} | ${m.type} | ${m.id}`);
    }
    return;
  }
  const check = args.includes('--check');
  const errors: string[] = [];
  let n = 0;
  for (const story of annotatedStories()) {
    for (const docno of annotatedArticles(story)) {
      const json = JSON.stringify(buildStoryGold(story, docno, errors), null, 2) + '\n';
      const out = path.join(goldRoot, story, `${docno}.json`);
      if (check) {
        if (!existsSync(out) || readFileSync(out, 'utf8') !== json) errors.push(`stale: ${out}`);
      } else {
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, json);
      }
      n++;
    }
  }
  for (const e of errors) console.error(e);
  if (errors.length) process.exit(1);
  console.log(check ? 'story gold up to date' : `wrote story gold for ${n} articles`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) void main();
