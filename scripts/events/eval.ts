// Measures the event layer on development stories without cards, through the product: each story
// of test/gold/events/ is copied alone into a temporary folder and `dateline analyze --json` is run
// on it, as a user would; the figures are read from the CLI's JSON.
//
//   npm run eval:events [-- --verbose]
//
// Data: $DATELINE_DATA or ../shared/data relative to the repository root (duc2006/<story>/).
// Gold: test/gold/events/<story>.json, the story's central event, its date, and every mention in
// the story that dates it (file, offsets, the date the source gives; `note: false` for a date a
// source quotes and corrects at once).
//
// Per story:
//   one id:    gold mentions whose date carries the event id most of them carry / gold mentions
//   noted:     gold mentions that disagree with the event's date (and are not corrected at once)
//              that carry a possible-date-conflict or date-conflict finding / such mentions
//   agreeing noted: gold mentions that agree and carry such a finding (should be 0)
//   other notes: such findings anywhere in the story on no disagreeing gold mention (false alarms
//              unless the gold missed a mention; listed with --verbose)

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

interface GoldMention { file: string; start: number; end: number; text: string; date: string; note?: boolean }
interface Gold { story: string; event: string; date: string; mentions: GoldMention[] }
interface JsonDate { start: number; end: number; text: string; value: string | null; event?: string }
interface JsonDiagnostic { start: number; end: number; code: string; message: string }
interface JsonDocument { path: string; dates: JsonDate[]; diagnostics: JsonDiagnostic[] }

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = process.env.DATELINE_DATA ?? resolve(ROOT, '../shared/data');
const verbose = process.argv.includes('--verbose');
const DATE_CODES = new Set(['possible-date-conflict', 'date-conflict']);

const goldDir = join(ROOT, 'test/gold/events');
const golds: Gold[] = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')));

const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
const totals = { mentions: 0, oneId: 0, disagreeing: 0, noted: 0, agreeingNoted: 0, otherNotes: 0 };
console.log('story    event                                   mentions  one id         disagreeing noted  agreeing noted  other notes');
for (const gold of golds) {
  const story = join(DATA, 'duc2006', gold.story);
  if (!existsSync(story)) throw new Error(`no story ${story}`);
  const dir = mkdtempSync(join(tmpdir(), 'dateline-events-'));
  try {
    cpSync(story, join(dir, 'corpus'), { recursive: true });
    const out = execFileSync(process.execPath, [join(ROOT, 'bin/dateline.js'), 'analyze', '--json', 'corpus'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    const docs = new Map<string, JsonDocument>((JSON.parse(out).documents as JsonDocument[]).map((d) => [basename(d.path), d]));
    const dateAt = (m: GoldMention) => docs.get(m.file)?.dates.find((d) => d.start === m.start && d.end === m.end);
    const notesAt = (m: GoldMention) => docs.get(m.file)?.diagnostics.filter((f) => DATE_CODES.has(f.code) && f.start === m.start && f.end === m.end) ?? [];
    for (const m of gold.mentions) {
      const d = dateAt(m);
      if (!d || d.text !== m.text) throw new Error(`${gold.story}: no date "${m.text}" at ${m.file}:${m.start} in the CLI's output (gold out of date?)`);
    }
    const ids = new Map<string, number>();
    for (const m of gold.mentions) {
      const id = dateAt(m)!.event;
      if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
    }
    const central = [...ids].sort((a, b) => b[1] - a[1])[0]?.[0];
    const oneId = gold.mentions.filter((m) => central !== undefined && dateAt(m)!.event === central).length;
    const expected = gold.mentions.filter((m) => m.date !== gold.date && m.note !== false);
    const noted = expected.filter((m) => notesAt(m).length > 0);
    const agreeingNoted = gold.mentions.filter((m) => m.date === gold.date && notesAt(m).length > 0);
    const expectedAt = new Set(expected.map((m) => `${m.file}:${m.start}`));
    const other = [...docs.values()].flatMap((d) => d.diagnostics.filter((f) => DATE_CODES.has(f.code) && !expectedAt.has(`${basename(d.path)}:${f.start}`)).map((f) => ({ path: basename(d.path), f })));
    console.log(
      `${gold.story}   ${gold.event.padEnd(40)} ${String(gold.mentions.length).padStart(8)}  ${`${oneId} (${pct(oneId, gold.mentions.length)})`.padEnd(13)}  ${`${noted.length} of ${expected.length}`.padStart(17)}  ${String(agreeingNoted.length).padStart(14)}  ${String(other.length).padStart(11)}`,
    );
    if (verbose) {
      console.log(`  event id: ${central ?? '(none)'}`);
      for (const m of gold.mentions) if (dateAt(m)!.event !== central) console.log(`  no id: ${m.file}:${m.start} "${m.text}"${dateAt(m)!.event ? ` (has ${dateAt(m)!.event})` : ''}`);
      for (const m of expected) if (!noted.includes(m)) console.log(`  not noted: ${m.file}:${m.start} "${m.text}" (${m.date})`);
      for (const { path, f } of other) console.log(`  other note: ${path}:${f.start} ${f.code}: ${f.message}`);
    }
    totals.mentions += gold.mentions.length;
    totals.oneId += oneId;
    totals.disagreeing += expected.length;
    totals.noted += noted.length;
    totals.agreeingNoted += agreeingNoted.length;
    totals.otherNotes += other.length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(
  `all      ${''.padEnd(40)} ${String(totals.mentions).padStart(8)}  ${`${totals.oneId} (${pct(totals.oneId, totals.mentions)})`.padEnd(13)}  ${`${totals.noted} of ${totals.disagreeing}`.padStart(17)}  ${String(totals.agreeingNoted).padStart(14)}  ${String(totals.otherNotes).padStart(11)}`,
);
