// `npm run bench`: generates corpora of several sizes, measures the language server over its
// protocol, the CLI, and the compromise + chrono-node baseline on each, prints one row per size
// and the budgets (PASS/FAIL), and writes bench-results/latest.json. Exits non-zero only when
// something breaks; a budget FAIL is a result, not an error.
//
//   npm run bench -- --sizes 10,100 [--requests 200] [--edits 50] [--baseline-seconds 20]
//                    [--cold-timeout 120] [--phase-budget 30] [--cpu-prof] [--out .bench/corpora]

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus, REPO, type GeneratedCorpus } from './generate.ts';
import { measureProtocol, type ProtocolResult } from './protocol.ts';
import { measureCli, type CliResult } from './cli.ts';
import { measureBaseline, type BaselineResult } from './baseline.ts';
import { fmt, MB, table } from './stats.ts';

interface Options {
  sizes: number[];
  requests: number;
  edits: number;
  baselineSeconds: number;
  coldTimeoutS: number;
  phaseBudgetS: number;
  cpuProf: boolean;
  out: string;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`--${name} needs a value`);
    return v;
  };
  const num = (name: string, dflt: number) => {
    const v = value(name);
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name}: not a number: ${v}`);
    return n;
  };
  const sizes = (value('sizes') ?? '10,100,1000,10000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected positive integers, got ${value('sizes')}`);
  return {
    sizes,
    requests: num('requests', 200),
    edits: num('edits', 50),
    baselineSeconds: num('baseline-seconds', 20),
    coldTimeoutS: num('cold-timeout', 120),
    phaseBudgetS: num('phase-budget', 30),
    cpuProf: argv.includes('--cpu-prof'),
    out: path.resolve(REPO, value('out') ?? '.bench/corpora'),
  };
}

interface SizeResult {
  size: number;
  mb: number;
  words: number;
  generateMs: number;
  protocol: ProtocolResult;
  cli: CliResult;
  baseline: BaselineResult;
  /** Dateline's analysis MB/s over the baseline's analysis MB/s (undefined when the CLI failed). */
  ratio?: number;
  /** The same with the CLI's wall time (start-up, model and output included). */
  wallRatio?: number;
}

interface Budget {
  name: string;
  budget: string;
  value: string;
  status: 'PASS' | 'FAIL' | 'n/a';
}

function budgets(results: SizeResult[]): Budget[] {
  const at = (n: number) => results.find((r) => r.size === n);
  const out: Budget[] = [];
  const check = (name: string, budget: string, value: number | undefined, ok: (v: number) => boolean, unit = '', digits = 2) =>
    out.push({ name, budget, value: value === undefined ? '-' : `${fmt(value, digits)}${unit}`, status: value === undefined ? 'n/a' : ok(value) ? 'PASS' : 'FAIL' });
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
  const s10 = at(10);
  const s1000 = at(1000);
  const s10000 = at(10000);
  for (const kind of ['hover', 'definition'] as const) {
    check(`${kind} p95 at 1,000`, '<= 2 ms', s1000?.protocol[kind]?.p95, (v) => v <= 2, ' ms');
    check(`${kind} p95 scaling 10 -> 1,000`, '<= 1.5x', ratio(s1000?.protocol[kind]?.p95, s10?.protocol[kind]?.p95), (v) => v <= 1.5, 'x');
  }
  check('edit-to-diagnostics p95 at 1,000', '<= 30 ms', s1000?.protocol.edit?.p95, (v) => v <= 30, ' ms', 1);
  check('edit-to-diagnostics p95 scaling 10 -> 1,000', '<= 2x', ratio(s1000?.protocol.edit?.p95, s10?.protocol.edit?.p95), (v) => v <= 2, 'x');
  const cold = (r: SizeResult | undefined) => (r ? (r.protocol.timedOut ? Infinity : r.protocol.coldIndexMs) : undefined);
  const full = (r: SizeResult | undefined) => (r ? (r.protocol.timedOut ? Infinity : r.protocol.fullIndexMs) : undefined);
  check('cold index (first answer) at 1,000', '<= 2 s', cold(s1000), (v) => v <= 2000, ' ms', 0);
  check('cold index (first answer) at 10,000', '<= 15 s', cold(s10000), (v) => v <= 15000, ' ms', 0);
  const open = (r: SizeResult | undefined) => (r ? (r.protocol.timedOut ? Infinity : r.protocol.openArticleTaggedMs) : undefined);
  check('open article with the tagger at 1,000', '<= 2 s', open(s1000), (v) => v <= 2000, ' ms', 0);
  check('open article with the tagger at 10,000', '<= 15 s', open(s10000), (v) => v <= 15000, ' ms', 0);
  check('full index (with tagger) at 1,000', '<= 2 s', full(s1000), (v) => v <= 2000, ' ms', 0);
  check('full index (with tagger) at 10,000', '<= 15 s', full(s10000), (v) => v <= 15000, ' ms', 0);
  check('server peak RSS at 10,000', '<= 1 GB', s10000?.protocol.peakRssMB, (v) => v <= 1024, ' MB', 0);
  check('cold index scaling 1,000 -> 10,000', '<= 10x (linear)', ratio(cold(s10000), cold(s1000)), (v) => v <= 10, 'x', 1);
  check('cold index scaling 10 -> 1,000', '<= 100x (linear)', ratio(cold(s1000), cold(s10)), (v) => v <= 100, 'x', 1);
  const ratios = results.map((r) => r.ratio ?? 0);
  check('analyze vs baseline (worst size; goal 30x)', '>= 10x', ratios.length ? Math.min(...ratios) : undefined, (v) => v >= 10, 'x', 1);
  const wall = results.map((r) => r.wallRatio ?? 0);
  check('analyze wall time vs baseline (worst size)', '>= 10x', wall.length ? Math.min(...wall) : undefined, (v) => v >= 10, 'x', 1);
  return out;
}

function render(results: SizeResult[]): string {
  const header = ['articles', 'MB', 'cold ms', 'open ms', 'full ms', '1st diag ms', 'all diag ms', 'hover p50/p95', 'def p50/p95', 'no-op p50/p95', 'edit p50/p95', '1st edit', 'edits', 'srv RSS MB', 'cli s', 'cli RSS MB', 'cli MB/s wall', 'cli MB/s', 'base MB/s', 'ratio', 'wall ratio'];
  const rows = results.map((r) => {
    const p = r.protocol;
    const pair = (s?: { p50?: number; p95?: number }, d = 2) => (s ? `${fmt(s.p50, d)}/${fmt(s.p95, d)}` : '-');
    return [
      String(r.size),
      fmt(r.mb, 2),
      p.timedOut && p.coldIndexMs === undefined ? 'timeout' : fmt(p.coldIndexMs, 0),
      fmt(p.openArticleTaggedMs, 0),
      p.timedOut && p.fullIndexMs === undefined ? 'timeout' : fmt(p.fullIndexMs, 0),
      fmt(p.firstDiagnosticsMs, 0),
      p.allDiagnosticsMs !== undefined ? fmt(p.allDiagnosticsMs, 0) : `${p.diagnosedArticles}/${r.size}`,
      pair(p.hover),
      pair(p.definition),
      pair(p.noop),
      pair(p.edit, 1),
      fmt(p.edit?.first, 0),
      p.edit ? `${p.edit.n}${p.edit.missed ? `+${p.edit.missed} missed` : ''}` : '-',
      fmt(p.peakRssMB, 0),
      r.cli.error ? 'error' : fmt(r.cli.wallMs / 1000, 2),
      fmt(r.cli.peakRssMB, 0),
      fmt(r.cli.mbPerSecond, 2),
      fmt(r.cli.analysisMbPerSecond, 2),
      fmt(r.baseline.mbPerSecond, 2),
      r.ratio === undefined ? '-' : `${fmt(r.ratio, 1)}x`,
      r.wallRatio === undefined ? '-' : `${fmt(r.wallRatio, 1)}x`,
    ];
  });
  return table(header, rows);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const results: SizeResult[] = [];
  console.log(`Dateline benchmark: sizes ${options.sizes.join(', ')}; node ${process.version}; ${os.cpus().length} CPUs; load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (const size of options.sizes) {
    const g0 = Date.now();
    const corpus: GeneratedCorpus = generateCorpus(options.out, size);
    const generateMs = Date.now() - g0;
    console.log(`\n[${size}] generated ${corpus.articles.length} articles, ${fmt(corpus.bytes / MB, 2)} MB, ${corpus.words} words in ${generateMs} ms -> ${path.relative(REPO, corpus.root)}`);
    const profDir = path.join(REPO, '.bench/prof', String(size));
    const protocol = await measureProtocol(corpus, {
      requests: options.requests,
      edits: options.edits,
      coldTimeoutMs: options.coldTimeoutS * 1000,
      phaseBudgetMs: options.phaseBudgetS * 1000,
      nodeArgs: options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
    });
    const serverSaid = protocol.serverLog.filter((l) => /indexed|error|fail/i.test(l)).slice(0, 3);
    console.log(`[${size}] server: cold index ${fmt(protocol.coldIndexMs, 0)} ms, open article with the tagger's names ${fmt(protocol.openArticleTaggedMs, 0)} ms, full index (tagger) ${fmt(protocol.fullIndexMs, 0)} ms, all diagnostics ${fmt(protocol.allDiagnosticsMs, 0)} ms, peak RSS ${fmt(protocol.peakRssMB, 0)} MB${protocol.timedOut ? `; ${protocol.timedOut}` : ''}${serverSaid.length ? `; log: ${serverSaid.join(' | ')}` : ''}`);
    if (options.cpuProf) console.log(`[${size}] server CPU profile in ${path.relative(REPO, profDir)}`);
    const cli = await measureCli(corpus, options.coldTimeoutS * 1000 * 2);
    console.log(`[${size}] cli: ${cli.error ? `FAILED (${cli.error}) after ` : ''}${fmt(cli.wallMs, 0)} ms, ${fmt(cli.peakRssMB, 0)} MB peak RSS, ${fmt(cli.outputMB, 1)} MB of JSON${cli.timings ? `\n[${size}] ${cli.timings}` : ''}`);
    const baseline = await measureBaseline(corpus, options.baselineSeconds);
    console.log(`[${size}] baseline: ${baseline.articles}/${baseline.of} articles in ${fmt(baseline.seconds, 2)} s (${fmt(baseline.mbPerSecond, 2)} MB/s)`);
    results.push({ size, mb: corpus.bytes / MB, words: corpus.words, generateMs, protocol: { ...protocol, serverLog: protocol.serverLog.slice(0, 20) }, cli, baseline, ratio: cli.error || !cli.analysisMbPerSecond ? undefined : cli.analysisMbPerSecond / baseline.mbPerSecond, wallRatio: cli.error ? undefined : cli.mbPerSecond / baseline.mbPerSecond });
  }

  console.log(`\n${render(results)}`);
  console.log(
    '\ncold = initialized -> first hover answered (the server holds requests until its index is built; the hover needs the whole corpus analyzed and linked, from the cards alone).' +
      '\nopen = initialized -> the tagger\'s names in an article opened once the first answer came (the last one, a name no card knows typed at its end), done before the pass over the corpus;' +
      '\nfull = initialized -> answer to a hover sent once the server logs that every article was re-analyzed with the tagger; hover, definition and edit are measured after that, once no diagnostics have come for 500 ms; diag = publishDiagnostics of the first pass.' +
      '\nlatencies in ms over JSON-RPC round trips (no-op = a hover on a file the server does not know: the round trip alone); edit = didChange -> publishDiagnostics for that URI with the new version (1,500-word article), typed 200 ms after its diagnostics on opening came; 1st edit = the first of them, left out of p50/p95 with the next 4, as hovers leave out their first 10 (this thread had not run the analysis yet).' +
      '\ncli s = wall time of `node dist/cli.js analyze --json --timings`, Node start-up, model and output included (cli MB/s wall);' +
      '\ncli MB/s = reading, analysis and linking alone, from the CLI\'s --timings; base = compromise + chrono-node analysis time alone (their loading left out);' +
      '\nratio = cli MB/s / base MB/s, like for like; wall ratio = cli MB/s wall / base MB/s.',
  );
  const checks = budgets(results);
  console.log(`\n${table(['budget', 'limit', 'measured', 'status'], checks.map((c) => [c.name, c.budget, c.value, c.status]))}`);

  const outDir = path.join(REPO, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
    } catch {
      return undefined;
    }
  };
  // Other work may be in the tree: record what was measured.
  const source = { commit: git('rev-parse', 'HEAD'), changedFiles: git('status', '--porcelain', '--', 'server/src')?.split('\n').filter(Boolean) };
  const json = { date: new Date().toISOString(), source, node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadavg: os.loadavg(), options, results, budgets: checks };
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(REPO, path.join(outDir, 'latest.json'))}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
