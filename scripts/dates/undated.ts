// Articles without a date, measured through the product: each development story of
// ../shared/data/duc2006 is analyzed by the CLI (`dateline analyze --json`) twice, with its
// sidecars and with them removed (headlines kept), and every date that has a value with the
// sidecar is compared with what the same span gets without it: the same value, null, a value
// the other one lies within (a month for a day: a range, right as far as it goes; or a null
// whose `range` of days holds it, a weekday of an article known to the week), or wrong.
// Files are renamed to neutral names in both copies, since wire file names carry the date.
// With --among-dated, the sidecars of half the articles of each story stay (those whose neutral
// name's digest ends in an even digit), and only the others are measured: undated articles in
// a corpus that has dated ones, whose dates the product may read them against.
//
//   node --import tsx scripts/dates/undated.ts [--split dev|report|all] [--among-dated] [--list] [STORY...]
//
// The split: stories in TOPICS.tsv order, odd positions (D0601A, D0603C, ...) are development,
// even positions (D0602B, D0604D, ...) are the report half, never tuned on.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const data = resolve(root, '../shared/data/duc2006');
const bin = join(root, 'bin/dateline.js');

const args = process.argv.slice(2);
const split = args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'dev';
const list = args.includes('--list');
const amongDated = args.includes('--among-dated');
/** Whether an article keeps its sidecar in the copy without sidecars (--among-dated: half of them). */
const keepsSidecar = (neutral: string) => amongDated && parseInt(createHash('sha1').update(neutral).digest('hex').slice(-1), 16) % 2 === 0;
const named = args.filter((a, i) => /^D\d/.test(a) && args[i - 1] !== '--split');

const all = readdirSync(data).filter((s) => /^D0\d/.test(s)).sort();
const stories = named.length ? named : all.filter((_, i) => split === 'all' || (split === 'dev') === (i % 2 === 0));

interface JsonDate { start: number; end: number; text: string; value: string | null; range?: { from: string; to: string } }
interface JsonDoc { path: string; published: string | null; dates: JsonDate[] }

function analyze(dir: string): Map<string, JsonDoc> {
  const out = execFileSync('node', [bin, 'analyze', '--json', 'corpus'], { cwd: dir, maxBuffer: 1 << 28, encoding: 'utf8' });
  const docs = (JSON.parse(out) as { documents: JsonDoc[] }).documents;
  return new Map(docs.map((d) => [d.path, d]));
}

/** Whether `inner` lies within `outer` ('2000-03-05' within '2000-03' or '2000'). */
const within = (inner: string, outer: string) => inner.startsWith(outer) && inner.length > outer.length;

const counts = { total: 0, same: 0, none: 0, range: 0, wrong: 0 };
const articles = { total: 0, dated: 0, right: 0, wrong: 0 };
const wrongs: string[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'undated-'));
const t0 = process.hrtime.bigint(); const c0 = process.cpuUsage();
try {
  for (const story of stories) {
    const files = readdirSync(join(data, story)).filter((f) => f.endsWith('.txt'));
    for (const kind of ['with', 'without'] as const) {
      const dir = join(tmp, story, kind, 'corpus');
      mkdirSync(dir, { recursive: true });
      for (const f of files) {
        const neutral = createHash('sha1').update(f).digest('hex').slice(0, 10);
        cpSync(join(data, story, f), join(dir, `${neutral}.txt`));
        if (kind === 'with' || keepsSidecar(neutral)) writeFileSync(join(dir, `${neutral}.meta.yaml`), readFileSync(join(data, story, f.replace(/\.txt$/, '.meta.yaml'))));
      }
    }
    const withDocs = analyze(join(tmp, story, 'with'));
    const withoutDocs = analyze(join(tmp, story, 'without'));
    for (const [path, w] of withDocs) {
      const wo = withoutDocs.get(path);
      if (!wo || !w.published || keepsSidecar(path.replace(/^corpus\/|\.txt$/g, ''))) continue;
      articles.total++;
      if (wo.published) { articles.dated++; if (wo.published === w.published) articles.right++; else { articles.wrong++; wrongs.push(`${story} ${path} article date ${wo.published}, sidecar ${w.published}`); } }
      const bySpan = new Map(wo.dates.map((d) => [`${d.start}:${d.end}`, d]));
      for (const d of w.dates) {
        if (d.value === null) continue;
        counts.total++;
        const o = bySpan.get(`${d.start}:${d.end}`);
        let verdict: string;
        if (o?.value === null && o.range) {
          if (o.range.from <= d.value && d.value <= o.range.to && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) { counts.range++; verdict = 'range'; }
          else { counts.wrong++; verdict = 'WRONG'; wrongs.push(`${story} ${path} "${d.text}" ${o.range.from}..${o.range.to}, with the sidecar ${d.value}`); }
        }
        else if (!o || o.value === null) { counts.none++; verdict = 'null'; }
        else if (o.value === d.value) { counts.same++; verdict = 'same'; }
        else if (within(d.value, o.value)) { counts.range++; verdict = 'range'; }
        else { counts.wrong++; verdict = 'WRONG'; wrongs.push(`${story} ${path} "${d.text}" ${o.value}, with the sidecar ${d.value}`); }
        if (list && verdict !== 'same') console.log(`${verdict.padEnd(5)} ${story} ${path} "${d.text}" -> ${o?.value ?? (o?.range ? `${o.range.from}..${o.range.to}` : null)} (sidecar: ${d.value})`);
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const wall = Number(process.hrtime.bigint() - t0) / 1e9; const cpu = process.cpuUsage(c0);
const pct = (n: number) => ((100 * n) / Math.max(1, counts.total)).toFixed(1);
console.log(`stories: ${stories.length} (${named.length ? 'named' : split}${amongDated ? ', half the sidecars kept, the others measured' : ''}), articles: ${articles.total}`);
console.log(`article dates without the sidecar: ${articles.dated} given, ${articles.right} the sidecar's, ${articles.wrong} other`);
console.log(`dates with a value with the sidecar: ${counts.total}`);
console.log(`  same value without it: ${counts.same} (${pct(counts.same)}%)`);
console.log(`  a range holding it:    ${counts.range} (${pct(counts.range)}%)`);
console.log(`  null:                  ${counts.none} (${pct(counts.none)}%)`);
console.log(`  wrong beyond range:    ${counts.wrong} (${pct(counts.wrong)}%)`);
for (const w of wrongs) console.log(`  wrong: ${w}`);
console.log(`wall ${wall.toFixed(1)} s; this script's CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (the CLI runs are child processes, their CPU not included)`);
