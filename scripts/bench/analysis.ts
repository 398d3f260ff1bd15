// Per-article analysis benchmark: CPU time of each phase of analyzeDocument (tokenize, sentences,
// event phrases, article dating, entity recognition with and without the tagger, line index),
// measured in-process with process.cpuUsage over a generated corpus, and a dump of every
// analysis (for proving that an optimization changes no output).
//
//   node --import tsx scripts/bench/analysis.ts [n] [--reps 3] [--no-tagger] [--dump file]
//
// n (default 100) picks .bench/corpora/<n>/corpus (made by `npm run bench`); when that folder is
// missing, a corpus of n articles is built by repeating corpus/*.txt into .bench/analysis-<n>/.
// --dump writes JSON lines, one per article of the n-article corpus and of the five real articles
// (analyzed with the tagger), with every DocumentAnalysis field except `lines`; compare two dumps
// with `cmp`.

import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { analyzeDocument, type AnalysisContext } from '../../server/src/core/workspace/documentAnalysis.ts';
import { tokenize, sentences } from '../../server/src/core/text/tokenize.ts';
import { LineIndex } from '../../server/src/core/text/lineIndex.ts';
import { findEventPhrases, buildEventGazetteer } from '../../server/src/core/events/eventPhrases.ts';
import { dateArticle } from '../../server/src/core/events/articleDating.ts';
import { recognizeEntities, buildGazetteer } from '../../server/src/core/entities/recognize.ts';
import { toPieces } from '../../server/src/core/entities/gazetteer.ts';
import { SpellingVariants } from '../../server/src/core/entities/spellingVariants.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';

const REPO = path.join(__dirname, '../..');

function corpusDir(n: number): string {
  const generated = path.join(REPO, '.bench/corpora', String(n), 'corpus');
  if (existsSync(generated)) return generated;
  // Build one by repeating the real articles.
  const dir = path.join(REPO, '.bench', `analysis-${n}`, 'corpus');
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    const src = path.join(REPO, 'corpus');
    const files = readdirSync(src).filter((f) => f.endsWith('.txt')).sort();
    for (let i = 0; i < n; i++) {
      const f = files[i % files.length]!;
      writeFileSync(path.join(dir, `${String(i).padStart(5, '0')}-${f}`), readFileSync(path.join(src, f)));
    }
    cpSync(path.join(src, 'entities'), path.join(dir, 'entities'), { recursive: true });
  }
  return dir;
}

interface Article {
  path: string;
  text: string;
}

function articlesOf(ws: Workspace): Article[] {
  const texts = (ws as unknown as { articleTexts: Map<string, string> }).articleTexts;
  return ws.articlePaths().map((p) => ({ path: p, text: texts.get(p)! }));
}

function contextOf(ws: Workspace, tagger: EntityTagger | undefined, fallbackPublished?: string): (path: string) => AnalysisContext {
  const kb = ws.knowledge();
  const gazetteer = buildGazetteer(kb);
  const eventGazetteer = buildEventGazetteer(kb);
  const variants = new SpellingVariants(kb);
  return (p) => ({ kb, gazetteer, eventGazetteer, variants, tagger, fallbackPublished, metadata: ws.metadataOf(p) });
}

const PHASES = ['tokenize', 'sentences', 'pieces', 'eventPhrases', 'dating', 'entities', 'lineIndex'] as const;
type Phase = (typeof PHASES)[number];

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** One pass over the articles, phase by phase as analyzeDocument runs them; CPU ms per phase. */
function phasePass(articles: readonly Article[], ctxOf: (p: string) => AnalysisContext): Record<Phase, number> {
  const totals: Record<Phase, number> = { tokenize: 0, sentences: 0, pieces: 0, eventPhrases: 0, dating: 0, entities: 0, lineIndex: 0 };
  for (const a of articles) {
    const ctx = ctxOf(a.path);
    let t = process.cpuUsage();
    const tokens = tokenize(a.text);
    totals.tokenize += cpuMs(t);
    t = process.cpuUsage();
    const sents = sentences(a.text, tokens);
    totals.sentences += cpuMs(t);
    t = process.cpuUsage();
    const pieces = toPieces(a.text, tokens);
    totals.pieces += cpuMs(t);
    t = process.cpuUsage();
    const phrases = findEventPhrases(a.text, tokens, ctx.eventGazetteer, pieces);
    totals.eventPhrases += cpuMs(t);
    t = process.cpuUsage();
    dateArticle(a.text, tokens, sents, phrases, ctx.kb, ctx.fallbackPublished, ctx.metadata);
    totals.dating += cpuMs(t);
    t = process.cpuUsage();
    recognizeEntities(a.text, tokens, sents, ctx, pieces);
    totals.entities += cpuMs(t);
    t = process.cpuUsage();
    new LineIndex(a.text);
    totals.lineIndex += cpuMs(t);
  }
  return totals;
}

/** analyzeDocument itself over all articles; CPU ms. */
function wholePass(articles: readonly Article[], ctxOf: (p: string) => AnalysisContext): number {
  const t = process.cpuUsage();
  for (const a of articles) analyzeDocument(a.path, a.text, ctxOf(a.path));
  return cpuMs(t);
}

function measure(label: string, articles: readonly Article[], ctxOf: (p: string) => AnalysisContext, reps: number): void {
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a.text, 'utf8'), 0);
  // warm-up
  phasePass(articles.slice(0, Math.min(articles.length, 50)), ctxOf);
  wholePass(articles.slice(0, Math.min(articles.length, 50)), ctxOf);
  let best: Record<Phase, number> | undefined;
  let bestWhole = Infinity;
  for (let r = 0; r < reps; r++) {
    const p = phasePass(articles, ctxOf);
    if (!best) best = p;
    else for (const k of PHASES) best[k] = Math.min(best[k], p[k]);
    bestWhole = Math.min(bestWhole, wholePass(articles, ctxOf));
  }
  const n = articles.length;
  const perArticle = (ms: number) => (ms / n).toFixed(3).padStart(8);
  console.log(`\n${label}: ${n} articles, ${(bytes / n / 1024).toFixed(1)} KB/article, best of ${reps}`);
  let sum = 0;
  for (const k of PHASES) {
    sum += best![k];
    console.log(`  ${k.padEnd(14)} ${perArticle(best![k])} ms/article`);
  }
  console.log(`  ${'sum of phases'.padEnd(14)} ${perArticle(sum)} ms/article`);
  console.log(`  ${'analyzeDocument'.padEnd(14)} ${perArticle(bestWhole)} ms/article  ${(bytes / 1e6 / (bestWhole / 1000)).toFixed(2)} MB/s`);
}

async function dump(file: string, dirs: string[], tagger: EntityTagger | undefined): Promise<void> {
  const lines: string[] = [];
  for (const dir of dirs) {
    const ws = await loadCorpus([dir], { tagger });
    for (const p of ws.articlePaths()) {
      const a = ws.analysis(p)!;
      const rel = path.relative(REPO, p);
      lines.push(JSON.stringify({
        path: rel, entities: a.entities, articleDate: a.articleDate, dates: a.dates,
      }));
    }
  }
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`dumped ${lines.length} analyses to ${file}`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const positional = argv.filter((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1]!.startsWith('--') && ['--reps', '--dump'].includes(argv[i - 1]!)));
  const n = positional[0] ? parseInt(positional[0], 10) : 100;
  const reps = opt('reps') ? parseInt(opt('reps')!, 10) : 3;
  const dumpFile = opt('dump');
  const dir = corpusDir(n);

  (async () => {
    const tagger = await loadBundledTagger(path.join(REPO, 'server/models/ner-conll.bin'));
    if (!tagger) throw new Error('tagger model not found');
    if (dumpFile) {
      await dump(dumpFile, [dir, path.join(REPO, 'corpus')], tagger);
      return;
    }
    const ws = await loadCorpus([dir]);
    const articles = articlesOf(ws);
    console.log(`corpus ${path.relative(REPO, dir)}`);
    measure('without tagger', articles, contextOf(ws, undefined), reps);
    if (!argv.includes('--no-tagger')) measure('with tagger', articles, contextOf(ws, tagger), reps);
  })().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

main();
