// `dateline`: the command-line front end. Reads files, hands them to the core, prints results.
// It writes files only when told to (cards draft --write).

// (first: it sets how V8 optimizes the code the imports below bring)
import './tierUp.ts';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args.ts';
import { loadCorpus } from '../host/loadCorpus.ts';
import { writeAnalyzeJson } from './analyzeJson.ts';
import { runCheck } from './checkOutput.ts';
import { renderReport, ansiStyle, plainStyle } from './report.ts';
import { loadBundledTagger } from '../host/bundledTagger.ts';
import { analyzeInParallel, poolAhead } from '../host/parallelAnalysis.ts';
import type { AnalysisPool } from '../host/analysisPool.ts';
import { Timings } from './timings.ts';
import { counted } from '../core/present/counted.ts';
import { exportOf, corpusTitle } from './exports.ts';
import { draftCardsCommand } from './draftCards.ts';
import { statSync } from 'node:fs';

declare const DATELINE_VERSION: string | undefined;

/** The paths and card folders that do not exist: an input error before anything is read. */
function missingInputs(args: CliArgs): string[] {
  const missing = (p: string) => {
    try {
      statSync(p);
      return false;
    } catch {
      return true;
    }
  };
  return [...args.paths.filter(missing), ...args.cards.filter(missing).map((p) => `${p} (--cards)`)];
}

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`dateline: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    process.stdout.write(`${typeof DATELINE_VERSION === 'string' ? DATELINE_VERSION : 'dev'}\n`);
    return 0;
  }

  const missing = missingInputs(args);
  if (missing.length > 0) {
    process.stderr.write(missing.map((p) => `dateline: no such file or folder: ${p}\n`).join(''));
    return 2;
  }

  const timings = new Timings();
  const tagger = await loadBundledTagger().catch((err: unknown) => {
    process.stderr.write(`dateline: the tagger model could not be read (${err instanceof Error ? err.message : String(err)})\n`);
    return undefined;
  });
  if (!tagger) process.stderr.write('dateline: without the tagger model only names with a card are recognized\n');
  timings.mark('start-up and model');
  // The worker of a large corpus starts while this thread reads the articles.
  let ahead: AnalysisPool | undefined;
  const ws = await loadCorpus(args.paths, {
    tagger,
    cardFolders: args.cards,
    fallbackPublished: args.published,
    maxBytes: args.maxSizeKB !== undefined ? args.maxSizeKB * 1024 : undefined,
    beforeArticles: (w, articles) => (ahead = poolAhead(w, articles, { hereToo: true })),
  });
  timings.mark('read');
  // The cards are the knowledge every analysis starts from: built once, before any article.
  ws.knowledge();
  timings.mark('cards');
  // Large corpora are analyzed on all cores; small ones are done sooner on this thread.
  await analyzeInParallel(ws, { hereToo: true, pool: ahead });
  // Everything analyzed (here, for a small corpus) and linked across articles now, so that the
  // timings tell analysis from output.
  ws.takeChangedPaths();
  timings.mark('analyze and link');
  const texts = (path: string) => ws.analysis(path)?.text ?? ws.cardText(path);

  if (args.command === 'analyze') {
    if (args.json) {
      await writeAnalyzeJson(ws, (chunk) => process.stdout.write(chunk), () => new Promise((resolve) => process.stdout.once('drain', resolve)));
    } else {
      process.stdout.write(`${renderReport(ws, args.color ? ansiStyle(process.stdout) : plainStyle())}\n`);
    }
    timings.mark('output');
    if (args.timings) process.stderr.write(`${timings.summary(ws)}\n`);
    return 0;
  }

  if (args.command === 'timeline' || args.command === 'report') {
    process.stdout.write(exportOf(ws, args.command, args.format, corpusTitle(args.paths)));
    timings.mark('output');
    if (args.timings) process.stderr.write(`${timings.summary(ws)}\n`);
    return 0;
  }
  if (args.command === 'cards-draft') return draftCardsCommand(ws, args);

  const result = runCheck(ws, texts, args.verbose);
  if (args.format === 'json') {
    process.stdout.write(`${JSON.stringify({ diagnostics: result.json, counts: result.counts }, null, 2)}\n`);
  } else {
    if (result.lines.length > 0) process.stdout.write(`${result.lines.join('\n')}\n`);
    const { error, warning, information, hint } = result.counts;
    process.stderr.write(`${counted(error, 'error')}, ${counted(warning, 'warning')}, ${counted(information, 'note')}${hint > 0 && !args.verbose ? ` (${counted(hint, 'hint')} hidden; --verbose shows them)` : ''}\n`);
  }
  timings.mark('output');
  if (args.timings) process.stderr.write(`${timings.summary(ws)}\n`);
  return result.counts.error > 0 || result.counts.warning > 0 ? 1 : 0;
}

// Output into a closed pipe (`dateline analyze --json corpus | head`) ends the run quietly: the
// reader has what it wanted.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`dateline: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 3;
  },
);
