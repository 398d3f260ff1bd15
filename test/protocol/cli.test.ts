// The CLI as a terminal or CI user runs it: output formats, exit codes, the JSON contract of
// docs/json-contract.md, and bad files that must be reported without stopping the rest.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.join(__dirname, '../../dist/cli.js');
let dir: string;

function run(args: string[], cwd = dir) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120000, maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-cli-'));
  cpSync(path.join(__dirname, '../../corpus'), path.join(dir, 'corpus'), { recursive: true });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('check prints path:line:col: severity code message and exits 1 on the conflict', () => {
  const r = run(['check', 'corpus/']);
  assert.equal(r.code, 1);
  const lines = r.stdout.split('\n').filter((l) => /^\S/.test(l) && l.trim());
  assert.deepEqual(lines.map((l) => l.replace(/ [^ ]+ Date conflict.*$/, '')), ['corpus/azerbaijan-warns-against-deployment-to-karabakh.txt:4:85: warning']);
  assert.match(lines[0]!, /: warning date-conflict Date conflict for Trilateral statement/);
  assert.match(r.stdout, /^ {4}corpus\/moscow-times-2020-11-21\.txt:23:66: /m, 'related locations follow, indented');
  assert.match(r.stderr, /^0 errors, 1 warning, 0 notes \(\d+ hints hidden; --verbose shows them\)$/m);
});

test('check --format json gives the same diagnostics with 1-based lines and columns', () => {
  const r = run(['check', '--format', 'json', 'corpus/']);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout) as { diagnostics: Array<{ path: string; line: number; column: number; code: string; related: unknown[] }>; counts: Record<string, number> };
  const warnings = out.diagnostics.filter((d) => d.code === 'date-conflict');
  assert.equal(warnings.length, 1);
  assert.deepEqual([warnings[0]!.line, warnings[0]!.column], [4, 85]);
  assert.ok(warnings[0]!.related.length >= 6);
  assert.equal(out.counts.warning, 1);
});

test('analyze --json follows the contract: documents, entities, dates, diagnostics with UTF-16 offsets', () => {
  const r = run(['analyze', '--json', 'corpus/']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { documents: any[] };
  const articles = out.documents.filter((d) => d.path.endsWith('.txt'));
  assert.equal(articles.length, 5);
  for (const d of articles) {
    // `inferred` only beside an unknown date (the op-ed dated by the letter it reports)
    const keys = ['claims', 'dates', 'diagnostics', 'entities', 'path', 'published', ...(d.published === null && 'inferred' in d ? ['inferred'] : [])];
    assert.deepEqual(Object.keys(d).sort(), keys.sort());
    const text = readFileSync(path.join(dir, d.path), 'utf8');
    for (const e of d.entities) {
      assert.deepEqual(Object.keys(e).sort(), ['end', 'id', 'linked', 'name', 'start', 'text', 'type']);
      assert.equal(text.slice(e.start, e.end), e.text);
      assert.ok(['person', 'place', 'organization', 'misc'].includes(e.type));
    }
    for (const t of d.dates) {
      assert.equal(text.slice(t.start, t.end), t.text);
      assert.ok(t.value === null || /^\d{3,4}(-\d{2}(-\d{2})?)?$|^\d{4}-W\d{2}|_REF$/.test(t.value), t.value);
    }
  }
  const mt = articles.find((d) => d.path === 'corpus/moscow-times-2020-11-21.txt');
  assert.equal(mt.published, '2020-11-21');
  assert.ok(mt.entities.some((e: any) => e.text === 'Pashinyan' && e.id === 'nikol-pashinyan' && e.name === 'Nikol Pashinyan' && e.linked === true));
  assert.ok(mt.dates.some((t: any) => t.text === 'November 9' && t.value === '2020-11-09' && t.event === 'trilateral-statement-2020'));
  const az = articles.find((d) => d.path.includes('azerbaijan-warns'));
  assert.equal(az.diagnostics[0].code, 'date-conflict');
  assert.ok(az.diagnostics[0].related.every((x: any) => typeof x.path === 'string' && x.end > x.start));
});

test('--timings reports the phases on stderr and leaves the JSON on stdout as it was', () => {
  const plain = run(['analyze', '--json', 'corpus/']);
  const timed = run(['analyze', '--json', '--timings', 'corpus/']);
  assert.equal(timed.code, 0, timed.stderr);
  assert.equal(timed.stdout, plain.stdout);
  const line = /^dateline: timings: start-up and model \d+ ms, read \d+ ms, cards \d+ ms, analyze and link \d+ ms, output \d+ ms; 5 articles, ([\d.]+) MB analyzed at ([\d.]+) MB\/s \(analysis (\d+) ms\); by CPU time ([\d.]+) MB\/s \(analysis (\d+) ms CPU, whole run (\d+) ms CPU\)$/m.exec(timed.stderr);
  assert.ok(line, timed.stderr);
  assert.ok(Number(line[1]) > 0.01 && Number(line[3]) > 0);
  // the whole run's CPU time covers the analysis's
  assert.ok(Number(line[5]) > 0 && Number(line[6]) >= Number(line[5]), line[0]);
  assert.doesNotMatch(plain.stderr, /timings/);
});

test('a file given by name finds the cards beside it, and --published dates an undated article', () => {
  const r = run(['analyze', '--json', '--published', '2022-07-19', 'corpus/armenia-withdraws-forces-from-artsakh.txt']);
  assert.equal(r.code, 0, r.stderr);
  const [doc] = JSON.parse(r.stdout).documents;
  assert.equal(doc.published, '2022-07-19');
  assert.ok(doc.entities.some((e: any) => e.id === 'armen-grigoryan' && e.linked));
  assert.ok(doc.dates.some((t: any) => t.text === 'Tuesday' && t.value === '2022-07-19'));
});

test('bad files are reported and everything else is still analyzed', () => {
  const bad = path.join(dir, 'bad', 'corpus');
  mkdirSync(path.join(bad, 'entities', 'people'), { recursive: true });
  writeFileSync(path.join(bad, 'good.txt'), 'Nikol Pashinyan spoke in YEREVAN.\r\nHe met Ilham Aliyev on Tuesday, November 17, 2021.\r\n');
  writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02, 0x00]));
  writeFileSync(path.join(bad, 'latin1.txt'), Buffer.from('Lach\xEDn corridor, said Pashini\xE1n.', 'latin1'));
  writeFileSync(path.join(bad, 'empty.txt'), '');
  writeFileSync(path.join(bad, 'bom.txt'), '\uFEFFPashinyan.');
  writeFileSync(path.join(bad, 'huge.txt'), 'x'.repeat(3 * 1024));
  writeFileSync(path.join(bad, 'entities', 'people', 'nikol-pashinyan.md'), '---\ntype: person\nname: Nikol Pashinyan\naliases: [Pashinián]\n---\nArmenian politician.\n');
  writeFileSync(path.join(bad, 'entities', 'people', 'broken.md'), '---\ntype: person\nname: [Ilham\n---\n');
  symlinkSync('..', path.join(bad, 'loop'));
  const r = run(['analyze', '--json', '--max-size-kb', '2', 'corpus/'], path.join(dir, 'bad'));
  assert.equal(r.code, 0, r.stderr);
  const docs = new Map<string, any>(JSON.parse(r.stdout).documents.map((d: any) => [d.path, d]));
  const codes = (p: string) => (docs.get(p)?.diagnostics ?? []).map((d: any) => d.code);
  assert.deepEqual(codes('corpus/binary.txt'), ['file-binary']);
  assert.deepEqual(codes('corpus/huge.txt'), ['file-too-large']);
  assert.deepEqual(codes('corpus/latin1.txt'), ['file-encoding']);
  assert.ok(docs.get('corpus/latin1.txt').entities.some((e: any) => e.text === 'Pashinián' && e.id === 'nikol-pashinyan'), 'Latin-1 text decoded right');
  assert.deepEqual(codes('corpus/entities/people/broken.md'), ['card-invalid-yaml']);
  assert.deepEqual(docs.get('corpus/empty.txt').entities, []);
  const bom = docs.get('corpus/bom.txt');
  assert.deepEqual([bom.entities[0].start, bom.entities[0].text], [0, 'Pashinyan'], 'offsets exclude the BOM');
  const good = docs.get('corpus/good.txt');
  const text = readFileSync(path.join(bad, 'good.txt'), 'utf8');
  for (const e of good.entities) assert.equal(text.slice(e.start, e.end), e.text, 'offsets stay right with CRLF');
  assert.ok(good.diagnostics.some((d: any) => d.code === 'weekday-mismatch'));
  assert.ok([...docs.keys()].every((p) => !p.includes('loop/loop')), 'a symlink loop is not followed forever');
});

test('usage errors exit 2 with a clear message; --help exits 0', () => {
  const bad = run(['analyse', 'corpus/']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown command "analyse"/);
  assert.equal(run(['check']).code, 2);
  assert.match(run(['analyze', '--published', 'yesterday', 'corpus/']).stderr, /--published must be a date/);
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /dateline check/);
});

test('input errors exit 2 and say what is wrong: a missing path or card folder, an impossible date, no command', () => {
  for (const args of [['check', 'nope/'], ['analyze', '--json', 'nope'], ['analyze', 'corpus/', 'nope'], ['check', '--cards', 'nope', 'corpus/']]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /no such file or folder: nope/, args.join(' '));
    assert.equal(r.stdout, '', 'nothing half-done on stdout');
  }
  const bad = run(['analyze', '--published', '2021-02-30', 'corpus/']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--published must be a date like 2020-11-21, not "2021-02-30"/);
  const none = run([]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /Usage:/);
  const unknown = run(['check', '--strict', 'corpus/']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /--strict/);
  assert.match(run(['--help']).stdout, /Exit status:[\s\S]*2  usage or input error/);
});

test('output into a closed pipe ends quietly with status 0', () => {
  const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" analyze --json corpus/ | head -c 20 >/dev/null`], { cwd: dir, encoding: 'utf8', timeout: 120000 });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /EPIPE|Error/);
});

test('the CLI never writes: the corpus is byte-identical after every command', () => {
  const before = readFileSync(path.join(dir, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt'));
  run(['check', 'corpus/']);
  run(['analyze', 'corpus/']);
  assert.deepEqual(readFileSync(path.join(dir, 'corpus/azerbaijan-warns-against-deployment-to-karabakh.txt')), before);
});

test('one enormous line is analyzed with exact offsets', () => {
  const big = path.join(dir, 'big', 'corpus');
  mkdirSync(big, { recursive: true });
  const sentence = 'Nikol Pashinyan met Ilham Aliyev in Moscow on November 9, 2020, and talks went on. ';
  writeFileSync(path.join(big, 'one-line.txt'), sentence.repeat(8000)); // 0.7 MB, no line break
  const r = run(['analyze', '--json', '--cards', path.join(dir, 'corpus', 'entities'), 'corpus/'], path.join(dir, 'big'));
  assert.equal(r.code, 0, r.stderr);
  const [doc] = JSON.parse(r.stdout).documents;
  assert.equal(doc.entities.filter((e: any) => e.id === 'nikol-pashinyan').length, 8000);
  const last = doc.entities[doc.entities.length - 1];
  const text = readFileSync(path.join(big, 'one-line.txt'), 'utf8');
  assert.equal(text.slice(last.start, last.end), last.text);
});

test('analyze colours its report only where asked: not into a pipe, yes with FORCE_COLOR, never with --no-color', () => {
  const ansi = /\x1b\[/;
  const { NO_COLOR: _n, FORCE_COLOR: _f, NODE_DISABLE_COLORS: _d, ...clean } = process.env;
  const withEnv = (env: Record<string, string>, args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 120000, env: { ...clean, ...env } }).stdout;
  const plain = withEnv({}, ['analyze', 'corpus/']);
  assert.match(plain, /^Problems$/m);
  assert.doesNotMatch(plain, ansi, 'a pipe gets no colour');
  const forced = withEnv({ FORCE_COLOR: '1' }, ['analyze', 'corpus/']);
  assert.match(forced, /\x1b\[33mwarning\x1b\[39m/, 'FORCE_COLOR colours the warning yellow');
  assert.equal(forced.replace(/\x1b\[\d+m/g, ''), plain, 'the same report, coloured');
  assert.doesNotMatch(withEnv({ FORCE_COLOR: '1' }, ['analyze', '--no-color', 'corpus/']), ansi);
});

test('analyze lists each article\'s names by kind; words made from a name are listed by their own form, the entity after it', () => {
  const report = run(['analyze', 'corpus/']).stdout;
  const article = report.split('\n\n').find((block) => block.startsWith('corpus/pashinyan-to-ask-russia-for-military-aid.txt'))!;
  assert.match(article, /^  People: Nikol Pashinyan ×\d+/m);
  assert.match(article, /^  Places: .*\bRussia ×\d+/m);
  const other = article.split('\n').find((l) => l.startsWith('  Other: '))!;
  assert.match(other, /\bRussian \(Russia\) ×\d+/, other);
  assert.doesNotMatch(other, /(^|, )Russia\b/, 'not "Russia" again under Other');
});

test('timeline and report export what was found, in the format asked; a wrong format is a usage error', () => {
  const csv = run(['timeline', '--format', 'csv', 'corpus/']);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stdout, /^event_id,event,kind,card_date,consensus_date,source_date,text,disagrees,file,line,column,published,source_date_inferred,published_inferred\r\n/);
  const tjs = JSON.parse(run(['timeline', '--format', 'timelinejs', 'corpus/']).stdout);
  assert.ok(tjs.events.length > 0 && tjs.title.text.headline === 'Dateline: corpus');
  const html = run(['report', '--format', 'html', 'corpus/']);
  assert.equal(html.code, 0);
  assert.match(html.stdout, /^<!doctype html>/);
  assert.match(run(['report', 'corpus/']).stdout, /^# Dateline: corpus/);
  const bad = run(['timeline', '--format', 'xlsx', 'corpus/']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /timeline --format must be csv, timelinejs or json, not "xlsx"/);
});

test('cards draft prints cards for the most mentioned names, writes them only into a folder without cards, and they check clean', () => {
  mkdirSync(path.join(dir, 'mine/articles'), { recursive: true });
  for (const name of ['moscow-times-2020-11-21.txt', 'armenia-confirms-casualties-in-border-clashes.txt']) cpSync(path.join(dir, 'corpus', name), path.join(dir, 'mine/articles', name));
  const printed = run(['cards', 'draft', '--limit', '5', 'mine/']);
  assert.equal(printed.code, 0, printed.stderr);
  assert.equal(printed.stdout.match(/^==> /gm)?.length, 5);
  assert.match(printed.stdout, /^==> places\/armenia\.md <==/m);
  assert.doesNotMatch(printed.stdout, /^role:\s*$/m);

  const written = run(['cards', 'draft', '--write', 'mine/entities', 'mine/']);
  assert.equal(written.code, 0, written.stderr);
  assert.ok(readFileSync(path.join(dir, 'mine/entities/places/armenia.md'), 'utf8').startsWith('---\ntype: place\nname: Armenia\n'));
  const again = run(['cards', 'draft', '--write', 'mine/entities', 'mine/']);
  assert.equal(again.code, 2, 'never into a folder with cards');
  assert.match(again.stderr, /already holds cards/);
  // Dateline's own check finds no problem with any card it wrote.
  const check = run(['check', '--format', 'json', 'mine/']);
  const codes: string[] = JSON.parse(check.stdout).diagnostics.map((d: { code: string }) => d.code);
  assert.deepEqual(codes.filter((c) => c.startsWith('card-')), []);
  assert.equal(run(['cards', 'list', 'mine/']).code, 2);
});
