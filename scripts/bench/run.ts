// `npm run bench`: generates corpora of several sizes, and real ones (the duc2006 articles, and
// changed copies of them for larger sizes: real.ts), measures the language server over its
// protocol, the CLI, and the compromise + chrono-node baseline on each, by wall and by CPU time;
// start-up (`dateline check` on 5 articles) and an article with very many dates (manyDates.ts)
// on their own; prints one row per corpus and the budgets (PASS/FAIL), and writes
// bench-results/latest.json. Exits non-zero only when something breaks; a budget FAIL is a
// result, not an error. Sizes can be chosen ("none" skips a kind):
//
//   npm run bench -- --sizes 10,100 [--real 1249,12490] [--dates 10000,25000,50000,100000] [--background 1000] [--startup-runs 7]
//                    [--no-real-protocol] [--requests 200] [--edits 50] [--baseline-articles 500|all]
//                    [--cold-timeout 120] [--phase-budget 30] [--cpu-prof] [--out .bench/corpora]

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateCorpus, REPO, type GeneratedCorpus } from './generate.ts';
import { measureProtocol, type ProtocolResult } from './protocol.ts';
import { measureCli, type CliResult } from './cli.ts';
import { DEFAULT_BASELINE_ARTICLES, measureBaseline, type BaselineResult } from './baseline.ts';
import { fmt, MB, table, type Summary } from './stats.ts';
import { realCorpus } from './real.ts';
import { measureStartup, type StartupResult } from './startup.ts';
import { measureManyDates, type ManyDatesResult } from './manyDates.ts';
import { measureBackgroundLatency, type BackgroundLatencyResult } from './backgroundLatency.ts';

interface Options {
  sizes: number[];
  /** Real-text corpora, in articles (1,249: duc2006 itself). */
  real: number[];
  /** Whether the real corpora are measured in the server too (its memory at 10,000 articles), not only the CLI. */
  realProtocol: boolean;
  /** Dates of the many-dates article, one run each. */
  dates: number[];
  /** Corpus sizes for hover latency during background work (the tagger's pass, a card edit). */
  background: number[];
  startupRuns: number;
  requests: number;
  edits: number;
  /** Articles of each corpus the baseline analyzes, evenly spread over it (Infinity: all). */
  baselineArticles: number;
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
  const list = (name: string, dflt: string) => {
    const v = value(name) ?? dflt;
    if (v === 'none') return [];
    const xs = v.split(',').map((x) => Number(x.trim()));
    if (xs.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${name}: expected positive integers or "none", got ${v}`);
    return xs;
  };
  // It set a wall-time limit, and the baseline's sample then changed with the machine's load.
  if (argv.includes('--baseline-seconds')) throw new Error(`--baseline-seconds is gone: the baseline analyzes a fixed sample, --baseline-articles N (default ${DEFAULT_BASELINE_ARTICLES}) or all`);
  const baselineArticles = value('baseline-articles') === 'all' ? Infinity : num('baseline-articles', DEFAULT_BASELINE_ARTICLES);
  if (!(baselineArticles >= 1 && (baselineArticles === Infinity || Number.isInteger(baselineArticles)))) throw new Error('--baseline-articles: expected a positive integer or "all"');
  return {
    sizes: list('sizes', '10,100,1000,10000'),
    real: list('real', '1249,12490'),
    realProtocol: !argv.includes('--no-real-protocol'),
    dates: list('dates', '10000,25000,50000,100000'),
    background: list('background', '1000'),
    startupRuns: num('startup-runs', 7),
    requests: num('requests', 200),
    edits: num('edits', 50),
    baselineArticles,
    coldTimeoutS: num('cold-timeout', 120),
    phaseBudgetS: num('phase-budget', 30),
    cpuProf: argv.includes('--cpu-prof'),
    out: path.resolve(REPO, value('out') ?? '.bench/corpora'),
  };
}

interface SizeResult {
  /** "1000" for a generated corpus, "real 1249" for real text. */
  label: string;
  real: boolean;
  size: number;
  mb: number;
  words: number;
  generateMs: number;
  protocol?: ProtocolResult;
  cli: CliResult;
  baseline: BaselineResult;
  /** Dateline's analysis MB per CPU-second (every thread) over the baseline's analysis MB per CPU-second (undefined when the CLI failed). */
  ratio?: number;
  /** The same with the CLI's whole process's CPU time (start-up, model and output included). */
  processRatio?: number;
  /** Analysis MB/s by wall time over the baseline's, as the bench gave it before. */
  wallRatio?: number;
}

interface Budget {
  name: string;
  budget: string;
  value: string;
  status: 'PASS' | 'FAIL' | 'n/a';
}

function budgets(results: SizeResult[], startup: StartupResult | undefined, dates: ManyDatesResult[], background: BackgroundLatencyResult[]): Budget[] {
  const generated = results.filter((r) => !r.real);
  const real = results.filter((r) => r.real);
  const at = (n: number) => generated.find((r) => r.size === n)?.protocol;
  const out: Budget[] = [];
  const check = (name: string, budget: string, value: number | undefined, ok: (v: number) => boolean, unit = '', digits = 2) =>
    out.push({ name, budget, value: value === undefined ? '-' : `${fmt(value, digits)}${unit}`, status: value === undefined ? 'n/a' : ok(value) ? 'PASS' : 'FAIL' });
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
  const s10 = at(10);
  const s1000 = at(1000);
  const s10000 = at(10000);
  for (const kind of ['hover', 'definition'] as const) {
    check(`${kind} p95 at 1,000`, '<= 2 ms', s1000?.[kind]?.p95, (v) => v <= 2, ' ms');
    check(`${kind} p95 scaling 10 -> 1,000`, '<= 1.5x', ratio(s1000?.[kind]?.p95, s10?.[kind]?.p95), (v) => v <= 1.5, 'x');
  }
  check('edit-to-diagnostics p95 at 1,000', '<= 30 ms', s1000?.edit?.p95, (v) => v <= 30, ' ms', 1);
  const b1000 = background.find((b) => b.articles === 1000);
  check('hover p95 at 1,000 during the tagger\'s pass', '<= 2 ms', b1000?.duringTaggerPass.p95, (v) => v <= 2, ' ms', 1);
  check('definition p95 at 1,000 during the tagger\'s pass', '<= 2 ms', b1000?.definitionDuringPass.p95, (v) => v <= 2, ' ms', 1);
  check('edit-to-diagnostics p95 at 1,000 during the tagger\'s pass', '<= 30 ms', b1000?.editDuringPass.p95, (v) => v <= 30, ' ms', 1);
  out.push({ name: 'server loop delay during the tagger\'s pass at 1,000, p99 / max', budget: '(figure)', value: b1000?.loopDelayDuringPass ? `${fmt(b1000.loopDelayDuringPass.p99, 1)} / ${fmt(b1000.loopDelayDuringPass.max, 0)} ms` : '-', status: 'n/a' });
  const main = b1000?.mainThreadDuringPass;
  out.push({ name: 'server main thread during the tagger\'s pass at 1,000: CPU / waited for a core / pass', budget: '(figure)', value: main ? `${fmt(main.cpuMs, 0)} / ${fmt(main.waitedMs, 0)} / ${fmt(main.passMs, 0)} ms` : '-', status: 'n/a' });
  check('hover p95 at 1,000 in the 3 s after a card edit', '<= 20 ms', b1000?.hover.p95, (v) => v <= 20, ' ms', 1);
  check('edit-to-diagnostics p95 scaling 10 -> 1,000', '<= 2x', ratio(s1000?.edit?.p95, s10?.edit?.p95), (v) => v <= 2, 'x');
  const cold = (p: ProtocolResult | undefined) => (p ? (p.timedOut ? Infinity : p.coldIndexMs) : undefined);
  const full = (p: ProtocolResult | undefined) => (p ? (p.timedOut ? Infinity : p.fullIndexMs) : undefined);
  check('cold index (first answer) at 1,000', '<= 2 s', cold(s1000), (v) => v <= 2000, ' ms', 0);
  check('cold index (first answer) at 10,000', '<= 15 s', cold(s10000), (v) => v <= 15000, ' ms', 0);
  const open = (p: ProtocolResult | undefined) => (p ? (p.timedOut ? Infinity : p.openArticleTaggedMs) : undefined);
  check('open article with the tagger at 1,000', '<= 2 s', open(s1000), (v) => v <= 2000, ' ms', 0);
  check('open article with the tagger at 10,000', '<= 15 s', open(s10000), (v) => v <= 15000, ' ms', 0);
  check('full index (with tagger) at 1,000', '<= 2 s', full(s1000), (v) => v <= 2000, ' ms', 0);
  check('full index (with tagger) at 10,000', '<= 15 s', full(s10000), (v) => v <= 15000, ' ms', 0);
  check('server peak RSS at 10,000', '<= 1 GB', s10000?.peakRssMB, (v) => v <= 1024, ' MB', 0);
  const bigReal = real.filter((r) => r.size >= 10000 && r.protocol).sort((a, b) => a.size - b.size)[0];
  check(`server peak RSS at ${bigReal ? bigReal.size.toLocaleString('en') : '10,000'} real-text articles`, '<= 1 GB', bigReal?.protocol?.peakRssMB, (v) => v <= 1024, ' MB', 0);
  check('cold index scaling 1,000 -> 10,000', '<= 10x (linear)', ratio(cold(s10000), cold(s1000)), (v) => v <= 10, 'x', 1);
  check('cold index scaling 10 -> 1,000', '<= 100x (linear)', ratio(cold(s1000), cold(s10)), (v) => v <= 100, 'x', 1);
  // Throughput where it is one: at 10 or 100 articles start-up dominates (the start-up row says what it costs).
  const realOne = real.find((r) => r.size === 1249) ?? real[0];
  check(`analysis vs baseline by CPU, real ${realOne ? realOne.size.toLocaleString('en') : '1,249'} (goal 30x)`, '>= 10x', realOne?.ratio, (v) => v >= 10, 'x', 1);
  const big = results.filter((r) => r.size >= 1000).map((r) => r.ratio ?? 0);
  check('analysis vs baseline by CPU (worst corpus of 1,000+)', '>= 10x', big.length ? Math.min(...big) : undefined, (v) => v >= 10, 'x', 1);
  out.push({ name: 'start-up: dateline check on 5 articles, p50 (wall / CPU)', budget: '(figure)', value: startup ? `${fmt(startup.wallMsP50, 0)} / ${fmt(startup.cpuMsP50, 0)} ms` : '-', status: 'n/a' });
  const sorted = [...dates].sort((a, b) => a.dates - b.dates);
  if (sorted.length >= 2) {
    const [lo, hi] = [sorted[0]!, sorted[sorted.length - 1]!];
    const k = hi.dates / lo.dates;
    const linear = `<= ${fmt(k * 1.5, 0)}x (${fmt(k, 0)}x is linear)`;
    const scaled = (a?: number, b?: number) => (hi.timedOut ? Infinity : ratio(a, b));
    check(`many dates ${lo.dates.toLocaleString('en')} -> ${hi.dates.toLocaleString('en')}: open`, linear, scaled(hi.openMs, lo.openMs), (v) => v <= k * 1.5, 'x', 1);
    check(`many dates ${lo.dates.toLocaleString('en')} -> ${hi.dates.toLocaleString('en')}: type`, linear, scaled(hi.typeMs, lo.typeMs), (v) => v <= k * 1.5, 'x', 1);
    check(`many dates ${lo.dates.toLocaleString('en')} -> ${hi.dates.toLocaleString('en')}: hover p50`, linear, scaled(hi.hover?.p50, lo.hover?.p50), (v) => v <= k * 1.5, 'x', 1);
    // Linear work costs the same per date at every size: the figures side by side, and the largest's over the smallest's.
    const sizes = sorted.map((d) => `${fmt(d.dates / 1000, 0)}k`).join('/');
    for (const [what, of] of [['open', (d: ManyDatesResult) => d.openMs], ['type', (d: ManyDatesResult) => d.typeMs], ['type CPU', (d: ManyDatesResult) => d.typeCpuMs]] as const) {
      const per = sorted.map((d) => (d.timedOut || of(d) === undefined ? undefined : of(d)! / (d.dates / 1000)));
      const last = per[per.length - 1];
      const first = per[0];
      const growth = last !== undefined && first !== undefined && first > 0 ? last / first : undefined;
      out.push({ name: `many dates: ${what} ms per 1,000 dates at ${sizes} (largest / smallest)`, budget: '(figure; 1x is linear)', value: `${per.map((x) => fmt(x, 1)).join(' / ')} ms (${growth === undefined ? '-' : `${fmt(growth, 2)}x`})`, status: 'n/a' });
    }
  }
  return out;
}

function render(results: SizeResult[]): string {
  const header = ['corpus', 'MB', 'cold ms', 'cold CPU s', 'open ms', 'full ms', 'full CPU s', '1st diag ms', 'all diag ms', 'hover p50/p95', 'def p50/p95', 'no-op p50/p95', 'edit p50/p95', '1st edit', 'edits', 'srv RSS MB', 'cli s', 'cli CPU s', 'cli RSS MB', 'cli MB/s', 'cli MB/CPU-s', 'base MB/s', 'base MB/CPU-s', 'ratio CPU', 'whole CPU', 'wall ratio'];
  const rows = results.map((r) => {
    const p = r.protocol;
    const pair = (s?: { p50?: number; p95?: number }, d = 2) => (s ? `${fmt(s.p50, d)}/${fmt(s.p95, d)}` : '-');
    return [
      r.label,
      fmt(r.mb, 2),
      !p ? '-' : p.timedOut && p.coldIndexMs === undefined ? 'timeout' : fmt(p.coldIndexMs, 0),
      fmt(p?.coldIndexCpuS, 2),
      fmt(p?.openArticleTaggedMs, 0),
      !p ? '-' : p.timedOut && p.fullIndexMs === undefined ? 'timeout' : fmt(p.fullIndexMs, 0),
      fmt(p?.fullIndexCpuS, 2),
      fmt(p?.firstDiagnosticsMs, 0),
      !p ? '-' : p.allDiagnosticsMs !== undefined ? fmt(p.allDiagnosticsMs, 0) : `${p.diagnosedArticles}/${r.size}`,
      pair(p?.hover),
      pair(p?.definition),
      pair(p?.noop),
      pair(p?.edit, 1),
      fmt(p?.edit?.first, 0),
      p?.edit ? `${p.edit.n}${p.edit.missed ? `+${p.edit.missed} missed` : ''}` : '-',
      fmt(p?.peakRssMB, 0),
      r.cli.error ? 'error' : fmt(r.cli.wallMs / 1000, 2),
      fmt(r.cli.cpuS, 2),
      fmt(r.cli.peakRssMB, 0),
      fmt(r.cli.analysisMbPerSecond, 2),
      fmt(r.cli.analysisMbPerCpuSecond, 2),
      fmt(r.baseline.mbPerSecond, 3),
      fmt(r.baseline.mbPerCpuSecond, 3),
      r.ratio === undefined ? '-' : `${fmt(r.ratio, 1)}x`,
      r.processRatio === undefined ? '-' : `${fmt(r.processRatio, 1)}x`,
      r.wallRatio === undefined ? '-' : `${fmt(r.wallRatio, 1)}x`,
    ];
  });
  return table(header, rows);
}

function renderDates(dates: ManyDatesResult[]): string {
  return table(
    ['dates', 'MB', 'cold ms', 'open ms', 'open ms/1k dates', 'type ms (p50)', 'type ms/1k dates', 'type CPU ms/1k dates', 'hover p50/p95', 'srv RSS MB', ''],
    dates.map((d) => {
      const perThousand = (ms?: number) => fmt(ms === undefined ? undefined : ms / (d.dates / 1000), 1);
      return [String(d.dates), fmt(d.mb, 2), fmt(d.coldMs, 0), fmt(d.openMs, 0), perThousand(d.openMs), fmt(d.typeMs, 0), perThousand(d.typeMs), perThousand(d.typeCpuMs), `${fmt(d.hover?.p50, 2)}/${fmt(d.hover?.p95, 2)}`, fmt(d.peakRssMB, 0), d.timedOut ?? ''];
    }),
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const results: SizeResult[] = [];
  console.log(`Dateline benchmark: sizes ${options.sizes.join(', ') || 'none'}; real ${options.real.join(', ') || 'none'}; dates ${options.dates.join(', ') || 'none'}; node ${process.version}; ${os.cpus().length} CPUs; load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const startup = options.startupRuns > 0 ? measureStartup(options.startupRuns) : undefined;
  if (startup) console.log(`start-up: dateline check on 5 articles, ${startup.runs} runs: p50 ${fmt(startup.wallMsP50, 0)} ms wall, ${fmt(startup.cpuMsP50, 0)} ms CPU (max ${fmt(startup.wallMsMax, 0)} ms wall)`);
  const corpora = [
    ...options.sizes.map((size) => ({ label: String(size), real: false, size, make: () => generateCorpus(options.out, size) })),
    ...options.real.map((size) => ({ label: `real ${size}`, real: true, size, make: () => realCorpus(options.out, size) })),
  ];
  for (const { label, real, size, make } of corpora) {
    const g0 = Date.now();
    const corpus: GeneratedCorpus = make();
    const generateMs = Date.now() - g0;
    console.log(`\n[${label}] ${real ? 'copied' : 'generated'} ${corpus.articles.length} articles, ${fmt(corpus.bytes / MB, 2)} MB, ${corpus.words} words in ${generateMs} ms -> ${path.relative(REPO, corpus.root)}`);
    let protocol: ProtocolResult | undefined;
    if (!real || options.realProtocol) {
      const profDir = path.join(REPO, '.bench/prof', label.replace(' ', '-'));
      protocol = await measureProtocol(corpus, {
        requests: options.requests,
        edits: options.edits,
        coldTimeoutMs: options.coldTimeoutS * 1000,
        phaseBudgetMs: options.phaseBudgetS * 1000,
        nodeArgs: options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
      });
      const serverSaid = protocol.serverLog.filter((l) => /indexed|error|fail/i.test(l)).slice(0, 3);
      console.log(`[${label}] server: cold index ${fmt(protocol.coldIndexMs, 0)} ms (${fmt(protocol.coldIndexCpuS, 2)} s CPU), open article with the tagger's names ${fmt(protocol.openArticleTaggedMs, 0)} ms, full index (tagger) ${fmt(protocol.fullIndexMs, 0)} ms (${fmt(protocol.fullIndexCpuS, 2)} s CPU), all diagnostics ${fmt(protocol.allDiagnosticsMs, 0)} ms, peak RSS ${fmt(protocol.peakRssMB, 0)} MB${protocol.timedOut ? `; ${protocol.timedOut}` : ''}${serverSaid.length ? `; log: ${serverSaid.join(' | ')}` : ''}`);
      if (options.cpuProf) console.log(`[${label}] server CPU profile in ${path.relative(REPO, profDir)}`);
      protocol = { ...protocol, serverLog: protocol.serverLog.slice(0, 20) };
    }
    const cli = await measureCli(corpus, options.coldTimeoutS * 1000 * 2);
    console.log(`[${label}] cli: ${cli.error ? `FAILED (${cli.error}) after ` : ''}${fmt(cli.wallMs, 0)} ms, ${fmt(cli.cpuS, 2)} s CPU, ${fmt(cli.peakRssMB, 0)} MB peak RSS, ${fmt(cli.outputMB, 1)} MB of JSON${cli.timings ? `\n[${label}] ${cli.timings}` : ''}`);
    const baseline = await measureBaseline(corpus, options.baselineArticles);
    console.log(
      `[${label}] baseline: ${baseline.articles === baseline.of ? 'all ' : ''}${baseline.articles} of ${baseline.of} articles (${fmt(baseline.mb, 2)} of ${fmt(baseline.ofMb, 2)} MB, ${baseline.folders} of ${baseline.ofFolders} folders, evenly spread in sorted order)` +
        ` in ${fmt(baseline.cpuSeconds, 2)} s CPU, ${fmt(baseline.seconds, 2)} s wall (${fmt(baseline.mbPerCpuSecond, 3)} MB/CPU-s, ${fmt(baseline.mbPerSecond, 3)} MB/s)`,
    );
    const over = (x: number | undefined, y: number) => (cli.error || !x ? undefined : x / y);
    results.push({
      label, real, size, mb: corpus.bytes / MB, words: corpus.words, generateMs, protocol, cli, baseline,
      ratio: over(cli.analysisMbPerCpuSecond, baseline.mbPerCpuSecond),
      processRatio: over(cli.mbPerCpuSecond, baseline.mbPerCpuSecond),
      wallRatio: over(cli.analysisMbPerSecond, baseline.mbPerSecond),
    });
  }
  const dates: ManyDatesResult[] = [];
  for (const n of options.dates) {
    const d = await measureManyDates(options.out, n, options.coldTimeoutS * 1000);
    console.log(`\n[${n} dates] ${fmt(d.mb, 2)} MB: cold ${fmt(d.coldMs, 0)} ms, open ${fmt(d.openMs, 0)} ms, type p50 ${fmt(d.typeMs, 0)} ms, hover p50/p95 ${fmt(d.hover?.p50, 2)}/${fmt(d.hover?.p95, 2)} ms, peak RSS ${fmt(d.peakRssMB, 0)} MB${d.timedOut ? `; ${d.timedOut}` : ''}`);
    dates.push(d);
  }

  const background: BackgroundLatencyResult[] = [];
  for (const n of options.background) {
    const b = await measureBackgroundLatency(n, 3000, path.join(options.out, 'background'));
    const line = (x: Summary) => `p50/p95/max ${fmt(x.p50, 1)}/${fmt(x.p95, 1)}/${fmt(x.max, 0)} ms (${x.n} hovers)`;
    const main = b.mainThreadDuringPass;
    console.log(
      `\n[${n} background] hover during the tagger's pass ${line(b.duringTaggerPass)}; definition ${line(b.definitionDuringPass).replace('hovers', 'definitions')}; edit to diagnostics ${line(b.editDuringPass).replace('hovers', 'edits')}` +
        `${b.loopDelayDuringPass ? `; loop delay p99/max ${fmt(b.loopDelayDuringPass.p99, 1)}/${fmt(b.loopDelayDuringPass.max, 0)} ms` : ''}${main ? `; main thread CPU ${fmt(main.cpuMs, 0)} ms (waited ${fmt(main.waitedMs, 0)}) of ${fmt(main.passMs, 0)} ms` : ''}` +
        `; in the 3 s after a card edit ${line(b.hover)}`,
    );
    background.push(b);
  }

  if (results.length > 0) console.log(`\n${render(results)}`);
  if (dates.length > 0) console.log(`\n${renderDates(dates)}`);
  console.log(
    '\ncorpus: generated (N articles varied from the five of corpus/) or real (duc2006: 1,249 wire articles; larger sizes are copies with names renamed and dates shifted, so no copy repeats another\'s word forms);' +
      '\ncold = initialized -> first hover answered (the server holds requests until its index is built; the hover needs the whole corpus analyzed and linked, from the cards alone); cold/full CPU s = the server process\'s user + system CPU time until then, every thread included.' +
      '\nopen = initialized -> the tagger\'s names in an article opened once the first answer came (the last one, a name no card knows typed at its end), done before the pass over the corpus;' +
      '\nfull = initialized -> answer to a hover sent once the server logs that every article was re-analyzed with the tagger; hover, definition and edit are measured after that, once no diagnostics have come for 500 ms; diag = publishDiagnostics of the first pass.' +
      '\nlatencies in ms over JSON-RPC round trips (no-op = a hover on a file the server does not know: the round trip alone); edit = didChange -> publishDiagnostics for that URI with the new version (1,500-word article; on real text a long article), typed 200 ms after its diagnostics on opening came; 1st edit = the first of them, left out of p50/p95 with the next 4, as hovers leave out their first 10 (this thread had not run the analysis yet).' +
      '\ncli s / cli CPU s = wall time / user + system CPU time (every thread: workers included) of the whole `node dist/cli.js analyze --json --timings` process, Node start-up, model and output included;' +
      '\ncli MB/s, MB/CPU-s = reading, analysis and linking alone, by wall and by CPU time, from the CLI\'s --timings; base = compromise + chrono-node analysis alone (their loading left out), by wall and by CPU time (user + system of its process),' +
      `\n  over a fixed sample: --baseline-articles (default ${DEFAULT_BASELINE_ARTICLES}, or all) spread evenly over the sorted articles, the same every run (the baseline line says its articles and MB);` +
      '\nratio CPU = cli MB/CPU-s / base MB/CPU-s, like for like; whole CPU = the same with the whole CLI process\'s CPU time; wall ratio = cli MB/s / base MB/s.' +
      '\nmany dates: one article of N dates in the server; open = didOpen -> its diagnostics (once the tagger\'s pass is done), type = didChange -> its diagnostics (p50 of 3; type CPU = the server\'s user + system CPU time meanwhile), hover on dates across it.' +
      '\nbackground: hovers one after another (10 ms apart) on a name, from the first index until the tagger\'s pass ends, and for 3 s after a card open in the editor gets an alias (backgroundLatency.ts).',
  );
  const checks = budgets(results, startup, dates, background);
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
  const json = { date: new Date().toISOString(), source, node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadavg: os.loadavg(), options: { ...options, baselineArticles: Number.isFinite(options.baselineArticles) ? options.baselineArticles : 'all' }, startup, results, manyDates: dates, background, budgets: checks };
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(REPO, path.join(outDir, 'latest.json'))}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
