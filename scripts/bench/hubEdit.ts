// An edit's cost in the corpus index, in process: the edited article of backgroundLatency.ts's
// corpus gets the text it types there (before that article's dates of the hub event every
// article dates, so they move but say the same) or, with `dates`, one of those dates changed, and
// back, edit after edit; each followed by takeChangedPaths, as the server's diagnostics do.
// Reports takeChangedPaths' wall and process CPU time (user+sys: the GC's threads too) and what it allocates (heap growth, with a GC
// forced before each rep and a semi-space large enough that none runs inside the call).
// DATELINE_BENCH_TAGGER=1 analyzes with the bundled tagger.
//   node --expose-gc --max-semi-space-size=64 --import tsx scripts/bench/hubEdit.ts [articles=1000] [reps=200] [move|dates]
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { generateCorpus } from './generate.ts';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';

const size = Number(process.argv[2] ?? 1000);
const reps = Number(process.argv[3] ?? 200);
const mode = process.argv[4] ?? 'move';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

(async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'dateline-hub-'));
  try {
    // The corpus of backgroundLatency.ts (its seed): the edited article dates the hub event before the middle line.
    const corpus = generateCorpus(tmp, size, { seed: 11 });
    const tagger = process.env['DATELINE_BENCH_TAGGER'] === '1' ? await (await import('../../server/src/host/bundledTagger.ts')).loadBundledTagger() : undefined;
    const ws = await loadCorpus([corpus.corpusDir], { tagger });
    for (const p of ws.reportedPaths()) ws.findings(p);
    ws.takeChangedPaths();
    const p0 = ws.articlePaths()[0]!;
    const original = ws.analysis(p0)!.text;
    // Where backgroundLatency.ts types: the paragraph starting at or after the middle line.
    const lines = original.split('\n');
    let line = Math.floor(lines.length / 2);
    while (line < lines.length - 1 && !(lines[line - 1] === '' && lines[line] !== '')) line++;
    const at = lines.slice(0, line).join('\n').length + 1;
    const texts =
      mode === 'dates'
        ? [original, original.replace('November 10, 2020', 'November 11, 2020')]
        : [original, original.slice(0, at) + 'More details will follow.\n\n' + original.slice(at)];
    if (texts[0] === texts[1]) throw new Error('the edit changes nothing');
    const cpu: number[] = [];
    const wall: number[] = [];
    const bytes: number[] = [];
    let changed = 0;
    for (let i = 0; i < reps; i++) {
      ws.setArticle(p0, texts[(i + 1) % 2]!);
      ws.analysis(p0);
      gc();
      const heap0 = getHeapStatistics().used_heap_size;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = ws.takeChangedPaths();
      wall.push(performance.now() - t0);
      const c1 = process.cpuUsage(c0);
      bytes.push(getHeapStatistics().used_heap_size - heap0);
      cpu.push((c1.user + c1.system) / 1000);
      changed += out === 'all' ? -1 : out.size;
      if (out !== 'all') for (const p of out) ws.findings(p);
    }
    const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))]!;
    const skip = Math.floor(reps / 5);
    const c = cpu.slice(skip);
    const b = bytes.slice(skip);
    const w = wall.slice(skip);
    console.log(`${size} articles, ${mode}, ${reps - skip} reps (first ${skip} dropped): takeChangedPaths wall ms p50 ${q(w, 0.5).toFixed(3)} p95 ${q(w, 0.95).toFixed(3)}; process CPU ms (GC threads included) p50 ${q(c, 0.5).toFixed(3)} p95 ${q(c, 0.95).toFixed(3)} mean ${(c.reduce((s, x) => s + x, 0) / c.length).toFixed(3)}; allocated KB p50 ${(q(b, 0.5) / 1024).toFixed(1)} mean ${(b.reduce((s, x) => s + x, 0) / b.length / 1024).toFixed(1)}; articles changed per edit ${(changed / reps).toFixed(1)}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
})();
