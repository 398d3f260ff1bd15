// Property tests: random documents and random edit sequences never throw, and the incremental
// state always equals a fresh analysis of the same texts.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { decodeBytes } from '../../server/src/core/text/decode.ts';
import { parseCard } from '../../server/src/core/knowledge/parseCard.ts';
import { incrementalMatchesReference } from './reference.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

const corpus = path.join(__dirname, '../../corpus');
const articles = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(corpus, f), 'utf8'));
const cardFiles: Array<[string, string]> = [];
for (const dir of ['people', 'places', 'organizations', 'events']) {
  for (const f of readdirSync(path.join(corpus, 'entities', dir))) cardFiles.push([`entities/${dir}/${f}`, readFileSync(path.join(corpus, 'entities', dir, f), 'utf8')]);
}

let tagger: Awaited<ReturnType<typeof loadBundledTagger>>;
before(async () => {
  tagger = await loadBundledTagger();
});

function withCards(): Workspace {
  const ws = new Workspace({ tagger });
  for (const [p, t] of cardFiles) ws.setCard(p, t);
  return ws;
}

function snapshot(ws: Workspace) {
  return ws.reportedPaths().map((p) => ({ p, e: ws.entities(p), f: ws.findings(p), d: ws.analysis(p)?.dates ?? [] }));
}

// Text made of pieces of real articles, names, dates, odd characters and line breaks.
const fragment = fc.oneof(
  fc.constantFrom(...articles.flatMap((a) => a.split(/(?<=[.\n])/).slice(0, 40))),
  fc.constantFrom('Pashinián', 'NAGORNO-KARABAKH', 'Armenia’s', 'November 9, 2020', 'Tuesday, November 17, 2021', 'the November 10 statement', 'The earthquake in Armenia on November 16, 2021. ', 'the November 17 earthquake ', '\r\n', '\n\n', '—', '“', '\u0000', '\uFEFF', '🇦🇲', 'e\u0301'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const doc = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

test('any document is analyzed without an exception, with spans inside the text', () => {
  fc.assert(
    fc.property(doc, (text) => {
      const ws = withCards();
      ws.setArticle('a.txt', text);
      for (const m of ws.entities('a.txt')) {
        assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
        assert.equal(text.slice(m.start, m.end), m.text);
      }
      for (const d of ws.analysis('a.txt')!.dates) assert.equal(text.slice(d.start, d.end), d.text);
      for (const f of ws.findings('a.txt')) assert.ok(f.start >= 0 && f.end <= text.length);
    }),
    { numRuns: 100 },
  );
});

const edit = fc.record({
  doc: fc.constantFrom('a.txt', 'b.txt', 'c.txt'),
  at: fc.nat(),
  remove: fc.nat({ max: 200 }),
  insert: fragment,
});

test('after random edits, the incremental state equals a fresh analysis', () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const texts = new Map([['a.txt', articles[0]!], ['b.txt', articles[1]!], ['c.txt', articles[3]!]]);
      const ws = withCards();
      for (const [p, t] of texts) ws.setArticle(p, t);
      snapshot(ws);
      for (const e of edits) {
        const t = texts.get(e.doc)!;
        const at = e.at % (t.length + 1);
        const next = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.remove));
        texts.set(e.doc, next);
        ws.setArticle(e.doc, next);
        if (e.remove % 3 === 0) snapshot(ws); // sometimes query between edits
      }
      const fresh = withCards();
      for (const [p, t] of texts) fresh.setArticle(p, t);
      assert.deepEqual(snapshot(ws), snapshot(fresh));
      incrementalMatchesReference(ws, assert.deepEqual);
    }),
    { numRuns: 30 },
  );
});

test('random bytes are decoded or refused, never thrown', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const r = decodeBytes(bytes, { maxBytes: 1500 });
      if (r.ok) assert.equal(typeof r.text, 'string');
      else assert.ok(['binary', 'too-large'].includes(r.reason));
    }),
    { numRuns: 300 },
  );
});

test('random card text yields a card or problems, never an exception', () => {
  const yamlish = fc.array(fc.oneof(fc.constantFrom('---\n', 'type: person\n', 'name: X\n', 'aliases: [a, b\n', 'date: 2020-13-45\n', ': :\n', '- x\n', '\t', 'known-discrepancies: [2020-11-10]\n'), fc.string({ maxLength: 12 })), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(yamlish, (text) => {
      const { card, problems } = parseCard('x.md', text);
      assert.ok(card !== undefined || problems.length > 0);
      for (const p of problems) assert.ok(p.start >= 0 && p.end <= text.length + 1, `${p.code} ${p.start}-${p.end} in ${text.length}`);
    }),
    { numRuns: 300 },
  );
});

// What the server shows is refreshed only for the paths takeChangedPaths names: after random
// edits that view must equal every article's findings computed afresh. Thirty short articles
// date the same event, more than a warning points at, so which mentions are shown as related
// (and whether an edit moves them) is exercised too; they split evenly between two dates, so
// that one edit can turn the majority. A third also date an earthquake no card describes, one
// of them a day off the others (a note), and edits may add more dates of it.
test('after random edits, refreshing only the changed paths shows what a full rebuild shows', () => {
  const dated = (i: number) =>
    `YEREVAN, Nov 20, 2020.\n\nItem ${i}. The trilateral statement was signed on November ${i % 2 === 0 ? 10 : 9}, 2020, by Pashinyan and Aliyev.\n` +
    (i % 3 === 0 ? `\nThe earthquake in Armenia on March ${i === 9 ? 4 : 3}, 2023 damaged houses, Pashinyan said.\n` : '');
  const names = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, '0')}.txt`);
  const insert = fc.constantFrom('x ', '\n\n', 'November 10, 2020 ', 'the trilateral statement of November 9, 2020. ', 'the trilateral statement of November 10, 2020. ', 'Aliyev ', 'The earthquake in Armenia on March 4, 2023. ', 'the March 3 earthquake ', '');
  const editOf = fc.record({ doc: fc.nat({ max: names.length - 1 }), at: fc.nat(), remove: fc.nat({ max: 30 }), insert });
  fc.assert(
    fc.property(fc.array(editOf, { minLength: 1, maxLength: 15 }), (edits) => {
      const texts = new Map(names.map((n, i) => [n, dated(i)]));
      const ws = withCards();
      for (const [p, t] of texts) ws.setArticle(p, t);
      const shown = new Map<string, string>();
      const refresh = () => {
        const changed = ws.takeChangedPaths();
        for (const p of changed === 'all' ? ws.reportedPaths() : changed) shown.set(p, JSON.stringify(ws.findings(p)));
      };
      refresh();
      assert.ok(JSON.parse(shown.get('d09.txt')!).some((f: { code: string }) => f.code === 'possible-date-conflict'), 'the earthquake a day off is noted');
      for (const e of edits) {
        const name = names[e.doc]!;
        const t = texts.get(name)!;
        const at = e.at % (t.length + 1);
        const next = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.remove));
        texts.set(name, next);
        ws.setArticle(name, next);
        refresh();
      }
      const fresh = withCards();
      for (const [p, t] of texts) fresh.setArticle(p, t);
      for (const p of fresh.reportedPaths()) assert.equal(shown.get(p), JSON.stringify(fresh.findings(p)), `findings shown for ${p}`);
    }),
    { numRuns: 25 },
  );
});
