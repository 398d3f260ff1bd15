// Evaluates the date recognizer on TimeML corpora (TempEval-3 style), DATE expressions only.
//
//   npm run eval:dates [-- --baseline chrono] [-- --errors]
//
// Data: $DATELINE_DATA or ../shared/data relative to the repository root;
//   timebank/ (TimeBank + AQUAINT, dev: we look at it while developing)
//   tempeval3-platinum/ (test: report only, never tune on it).
//
// Per document: the plain text is the content of <TEXT> with all tags removed and XML entities
// decoded; gold = TIMEX3 of type DATE inside <TEXT>; the anchor = the <DCT> TIMEX3 value (its
// first 10 characters). The system output is every DateMention of findDates(text, {anchor})
// but those it marks as sets (the system claims them as DATEs, so a mention that hits a gold
// TIME/DURATION/SET timex counts as a false positive; the number of such type errors is printed).
//
// Metrics (micro-averaged over all documents of a corpus):
//   strict:  a system mention is correct iff some gold DATE has exactly the same [start, end).
//   relaxed: system and gold mentions are paired one-to-one by overlap (greedy, in text order,
//            the gold with the largest overlap first); a pair counts as correct.
//   value:   TempEval-3 "value F1": a relaxed pair counts as correct iff the system value equals
//            the gold TIMEX3 value string exactly (mod attributes are ignored).
//   P = correct / system mentions, R = correct / gold DATEs, F1 = 2PR / (P + R).

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDates } from '../../server/src/core/dates/index.ts';

interface Span { start: number; end: number; text: string; value: string | null }
interface GoldTimex extends Span { type: string }
interface Doc { name: string; text: string; anchor?: string; gold: GoldTimex[] }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseTml(name: string, raw: string): Doc {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]*)"/.exec(raw);
  const anchor = dct && /^\d{4}-\d{2}-\d{2}/.test(dct[1]) ? dct[1].slice(0, 10) : undefined;
  const a = raw.indexOf('<TEXT>');
  const b = raw.indexOf('</TEXT>');
  const body = raw.slice(a + '<TEXT>'.length, b);
  let text = '';
  const gold: GoldTimex[] = [];
  const open: Array<{ start: number; type: string; value: string | null }> = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '<') {
      const close = body.indexOf('>', i);
      const tag = body.slice(i + 1, close);
      if (/^TIMEX3\b/.test(tag)) {
        const type = /\btype="([^"]*)"/.exec(tag)?.[1] ?? '';
        const value = /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? null;
        if (tag.endsWith('/')) { /* empty timex: ignore */ } else open.push({ start: text.length, type, value });
      } else if (/^\/TIMEX3\b/.test(tag)) {
        const o = open.pop()!;
        gold.push({ start: o.start, end: text.length, text: text.slice(o.start, text.length), type: o.type, value: o.value });
      }
      i = close + 1;
    } else if (ch === '&') {
      const semi = body.indexOf(';', i);
      const ent = body.slice(i + 1, semi);
      if (ent.startsWith('#x')) text += String.fromCodePoint(parseInt(ent.slice(2), 16));
      else if (ent.startsWith('#')) text += String.fromCodePoint(parseInt(ent.slice(1), 10));
      else text += ENTITIES[ent] ?? `&${ent};`;
      i = semi + 1;
    } else {
      text += ch;
      i++;
    }
  }
  return { name, text, anchor, gold };
}

function loadCorpus(dir: string): Doc[] {
  const docs: Doc[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) { if (f !== 'TE3-platinum-test-input') walk(p); }
      else if (f.endsWith('.tml')) docs.push(parseTml(f, readFileSync(p, 'utf8')));
    }
  };
  walk(dir);
  return docs;
}

type System = (doc: Doc) => Span[];

// Sets ("every Sunday") are TimeML SETs, not DATEs: they are not claimed.
const ours: System = (doc) => findDates(doc.text, { anchor: doc.anchor }).filter((d) => !d.set).map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value }));

async function chronoSystem(): Promise<System> {
  const chrono = await import('chrono-node');
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return (doc) => {
    const ref = doc.anchor ? new Date(`${doc.anchor}T12:00:00Z`) : new Date();
    const out: Span[] = [];
    for (const r of chrono.parse(doc.text, ref)) {
      const c = r.start;
      const dateCertain = c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month') || c.isCertain('year');
      if (!dateCertain && c.isCertain('hour')) {
        // a bare time ("18:30"); chrono's relative words ("today", "yesterday") leave everything implied
        if (!/\b(today|yesterday|tomorrow|tonight|now)\b/i.test(r.text)) continue;
      }
      const y = c.get('year')!, m = c.get('month')!, d = c.get('day')!;
      let value: string;
      if (c.isCertain('day') || c.isCertain('weekday') || !(c.isCertain('month') || c.isCertain('year'))) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
      else if (c.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
      else value = pad(y, 4);
      out.push({ start: r.index, end: r.index + r.text.length, text: r.text, value });
    }
    return out;
  };
}

interface Counts { sys: number; gold: number; strict: number; relaxed: number; value: number; typeErrors: number }
interface ErrorLine { doc: string; kind: string; detail: string }

function score(docs: Doc[], system: System, errors?: ErrorLine[]): Counts {
  const c: Counts = { sys: 0, gold: 0, strict: 0, relaxed: 0, value: 0, typeErrors: 0 };
  for (const doc of docs) {
    const gold = doc.gold.filter((g) => g.type === 'DATE');
    const other = doc.gold.filter((g) => g.type !== 'DATE');
    const sys = system(doc).sort((a, b) => a.start - b.start);
    c.sys += sys.length;
    c.gold += gold.length;
    for (const s of sys) if (gold.some((g) => g.start === s.start && g.end === s.end)) c.strict++;
    const used = new Set<number>();
    const matchedSys = new Set<number>();
    sys.forEach((s, si) => {
      let best = -1, bestOv = 0;
      gold.forEach((g, gi) => {
        if (used.has(gi)) return;
        const ov = Math.min(s.end, g.end) - Math.max(s.start, g.start);
        if (ov > bestOv) { bestOv = ov; best = gi; }
      });
      if (best < 0) {
        const hitsOther = other.some((g) => Math.min(s.end, g.end) > Math.max(s.start, g.start));
        if (hitsOther) c.typeErrors++;
        errors?.push({ doc: doc.name, kind: hitsOther ? 'FP(type)' : 'FP', detail: `[${s.text}] ${s.value}  …${ctx(doc.text, s.start, s.end)}…` });
        return;
      }
      used.add(best);
      matchedSys.add(si);
      c.relaxed++;
      const g = gold[best];
      if (g.value === s.value) c.value++;
      else errors?.push({ doc: doc.name, kind: 'VALUE', detail: `[${s.text}] ${s.value} gold [${g.text}] ${g.value} (dct ${doc.anchor})  …${ctx(doc.text, s.start, s.end)}…` });
      if (g.start !== s.start || g.end !== s.end) errors?.push({ doc: doc.name, kind: 'SPAN', detail: `[${s.text}] gold [${g.text}]` });
    });
    gold.forEach((g, gi) => {
      if (!used.has(gi)) errors?.push({ doc: doc.name, kind: 'FN', detail: `[${g.text}] ${g.value} (dct ${doc.anchor})  …${ctx(doc.text, g.start, g.end)}…` });
    });
  }
  return c;
}

function ctx(text: string, s: number, e: number): string {
  return (text.slice(Math.max(0, s - 50), s) + '[[' + text.slice(s, e) + ']]' + text.slice(e, e + 40)).replace(/\s+/g, ' ');
}

function prf(correct: number, sys: number, gold: number): string {
  const p = sys ? correct / sys : 0;
  const r = gold ? correct / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const pc = (x: number) => (100 * x).toFixed(1).padStart(5);
  return `P ${pc(p)}  R ${pc(r)}  F1 ${pc(f)}`;
}

function report(label: string, c: Counts): void {
  console.log(`  ${label.padEnd(8)} gold DATE ${c.gold}, system ${c.sys} (${c.typeErrors} on non-DATE timexes)`);
  console.log(`    strict   ${prf(c.strict, c.sys, c.gold)}`);
  console.log(`    relaxed  ${prf(c.relaxed, c.sys, c.gold)}`);
  console.log(`    value    ${prf(c.value, c.sys, c.gold)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = resolve(__dirname, '../..');
  const data = process.env.DATELINE_DATA ?? resolve(root, '../shared/data');
  const sets: Array<[string, string, string]> = [
    ['timebank', join(data, 'timebank'), 'dev'],
    ['tempeval3-platinum', join(data, 'tempeval3-platinum'), 'test, report only'],
  ];
  const bIdx = args.indexOf('--baseline');
  const baseline = bIdx >= 0 ? args[bIdx + 1] : undefined;
  if (baseline && baseline !== 'chrono') throw new Error(`unknown baseline ${baseline} (only "chrono")`);
  const chrono = baseline ? await chronoSystem() : undefined;
  const showErrors = args.includes('--errors');
  for (const [name, dir, role] of sets) {
    if (!existsSync(dir)) { console.log(`${name}: not found at ${dir}`); continue; }
    const docs = loadCorpus(dir);
    console.log(`${name} (${role}): ${docs.length} documents`);
    const errs: ErrorLine[] = [];
    report('dateline', score(docs, ours, showErrors && role === 'dev' ? errs : undefined));
    if (chrono) report('chrono', score(docs, chrono));
    if (errs.length) {
      for (const kind of ['FN', 'FP', 'FP(type)', 'VALUE', 'SPAN']) {
        const list = errs.filter((e) => e.kind === kind);
        console.log(`\n  ${kind} (${list.length})`);
        for (const e of list) console.log(`    ${e.doc}: ${e.detail}`);
      }
    }
  }
}

if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
