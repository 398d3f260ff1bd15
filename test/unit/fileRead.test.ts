// A file read applied to a running workspace ends where a fresh start with only the last read
// does, whatever came before: a card that becomes unreadable is reported, not dropped silently;
// one that comes back is read again; a file that is gone leaves nothing behind.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { applyRead, type CorpusFileKind, type FileRead } from '../../server/src/core/workspace/fileRead.ts';

const corpus = path.join(import.meta.dirname, '../../corpus');
const CARD = 'corpus/entities/people/nikol-pashinyan.md';
const ARTICLE = 'corpus/moscow-times-2020-11-21.txt';
const SIDECAR = 'corpus/moscow-times-2020-11-21.meta.yaml';
const texts: Record<string, string[]> = {
  [CARD]: [readFileSync(path.join(corpus, 'entities/people/nikol-pashinyan.md'), 'utf8'), '---\ntype: person\nname: Nikol Pashinyan\n---\n', '---\nname: [\n---\n'],
  [ARTICLE]: [readFileSync(path.join(corpus, 'moscow-times-2020-11-21.txt'), 'utf8').slice(0, 1500), 'Nikol Pashinyan spoke on Tuesday, November 17, 2020.'],
  [SIDECAR]: ['published: 2020-11-21\n', 'published: 2020-13-45\n'],
};
const KINDS: Record<string, CorpusFileKind> = { [CARD]: 'card', [ARTICLE]: 'article', [SIDECAR]: 'metadata' };

function readOf(p: string, r: number | 'missing' | 'unreadable' | 'too-large'): FileRead {
  if (typeof r === 'number') return { ok: true, text: texts[p]![r % texts[p]!.length]! };
  const code = r === 'missing' ? 'file-missing' : r === 'unreadable' ? 'file-unreadable' : 'file-too-large';
  return { ok: false, finding: { path: p, start: 0, end: 0, severity: r === 'missing' ? 'information' : 'warning', code, message: r, related: [] } };
}

/** What a user sees: every reported path's findings, the cards, the article's entities. */
function view(ws: Workspace) {
  return {
    paths: ws.reportedPaths(),
    findings: ws.reportedPaths().map((p) => ws.findings(p).map((f) => `${f.code}@${f.start}:${f.message}`)),
    cards: [...ws.knowledge().cards.keys()],
    entities: ws.hasArticle(ARTICLE) ? ws.entities(ARTICLE).map((m) => `${m.id}@${m.start}`) : [],
    published: ws.analysis(ARTICLE)?.articleDate.value ?? null,
  };
}

test('any sequence of reads ends as a fresh start with the last read of each file', () => {
  const read = fc.oneof(fc.nat(5), fc.constantFrom('missing' as const, 'unreadable' as const, 'too-large' as const));
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(CARD, ARTICLE, SIDECAR), read), { minLength: 1, maxLength: 12 }), (ops) => {
      const running = new Workspace();
      const last = new Map<string, FileRead>();
      for (const [p, r] of ops) {
        const result = readOf(p, r);
        applyRead(running, p, KINDS[p]!, result);
        last.set(p, result);
        view(running); // answers in between, as a server gives them
      }
      const fresh = new Workspace();
      for (const p of [CARD, SIDECAR, ARTICLE]) if (last.has(p)) applyRead(fresh, p, KINDS[p]!, last.get(p)!);
      assert.deepEqual(view(running), view(fresh));
    }),
    { numRuns: 150, seed: 3 },
  );
});

test('a card that becomes unreadable is reported and no longer links; when readable again it links again', () => {
  const ws = new Workspace();
  assert.deepEqual(applyRead(ws, CARD, 'card', readOf(CARD, 0)), { cardsChanged: true });
  // The same text read again (a save without a change) changes no card: nothing to re-analyze.
  assert.deepEqual(applyRead(ws, CARD, 'card', readOf(CARD, 0)), { cardsChanged: false });
  applyRead(ws, ARTICLE, 'article', readOf(ARTICLE, 1));
  assert.ok(ws.entities(ARTICLE).some((m) => m.id === 'nikol-pashinyan' && m.linked));
  assert.deepEqual(applyRead(ws, CARD, 'card', readOf(CARD, 'unreadable')), { cardsChanged: true });
  assert.deepEqual(ws.findings(CARD).map((f) => f.code), ['file-unreadable']);
  assert.ok(!ws.entities(ARTICLE).some((m) => m.linked));
  applyRead(ws, CARD, 'card', readOf(CARD, 0));
  assert.deepEqual(ws.findings(CARD), []);
  assert.ok(ws.entities(ARTICLE).some((m) => m.id === 'nikol-pashinyan' && m.linked));
});
