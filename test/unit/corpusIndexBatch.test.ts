// CorpusIndex.setAll (many articles at once, each linked once) against linking the whole corpus
// at once (linkAcrossDocuments, as reference.ts does) and against set() on each article in turn,
// on real stories with the tagger: the same links, mentions by id, summaries and findings, and
// the same articles reported as changed, into an empty index and into one holding articles already.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { CorpusIndex, type IndexedArticle } from '../../server/src/core/workspace/corpusIndex.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { linkAcrossDocuments } from '../../server/src/core/entities/link.ts';

const DATA = path.resolve(import.meta.dirname, '../../../shared/data/duc2006');
const skip = !existsSync(DATA) && 'the development stories are not here';

let ws: Workspace;
let articles: IndexedArticle[];
before(async () => {
  if (skip) return;
  // Four stories side by side, so that surnames are decided by full names in other articles.
  const stories = readdirSync(DATA).filter((d) => /^D06/.test(d)).sort().slice(0, 4).map((d) => path.join(DATA, d));
  ws = await loadCorpus(stories, { tagger: await loadBundledTagger() });
  articles = ws.articlePaths().map((p) => {
    const a = ws.analysis(p)!;
    return { path: p, own: a.entities, dates: a.dates, prose: { text: a.text, published: a.articleDate.value, claims: a.claims, articleDate: a.articleDate } };
  });
});

/** A shuffle that is the same at every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The articles' mentions linked across them all at once, the simple way. */
function linkedAtOnce(final: readonly IndexedArticle[], paths: readonly string[]) {
  const own = new Map(final.map((a) => [a.path, a.own]));
  const linked = linkAcrossDocuments(new Map(paths.map((p) => [p, own.get(p)!])), ws.knowledge().cards);
  return paths.map((p) => linked.get(p));
}

/** Everything the index answers about these articles. */
function state(index: CorpusIndex, paths: readonly string[]) {
  const ids = [...new Set(paths.flatMap((p) => index.entities(p).map((m) => m.id)))].sort();
  return {
    entities: paths.map((p) => index.entities(p)),
    mentions: ids.map((id) => [id, index.mentionsOf(id), index.summaryOf(id), index.nameOf(id)]),
    findings: paths.map((p) => index.articleFindings(p)),
    changed: [...index.takeChanged()].sort(),
  };
}

test('setAll links as the corpus linked at once, and as set() on each article in turn (real stories)', { skip }, () => {
  const paths = articles.map((a) => a.path).sort();
  const one = new CorpusIndex(() => ws.knowledge().cards);
  for (const a of articles) one.set(a.path, a.own, a.dates, a.prose);
  const all = new CorpusIndex(() => ws.knowledge().cards);
  all.setAll(articles);
  // (the stories must exercise what setAll defers: short forms another article decides)
  const decided = paths.flatMap((p) => one.entities(p).filter((m) => m.source === 'short-form'));
  assert.ok(decided.length > 20, `${decided.length} short forms linked across articles`);
  assert.deepEqual(paths.map((p) => all.entities(p)), linkedAtOnce(articles, paths));
  assert.deepEqual(state(all, paths), state(one, paths));
});

test('setAll into an index holding articles, replacing some of them, as set() in turn', { skip }, () => {
  const paths = articles.map((a) => a.path).sort();
  const order = shuffled(articles, 7);
  const first = order.slice(0, order.length >> 1);
  // the rest, and a few of the first again, with their mentions thinned (names come and go)
  const again = order.slice(order.length >> 1).concat(first.slice(0, 8).map((a) => ({ ...a, own: a.own.filter((_, i) => i % 3 !== 0) })));
  const one = new CorpusIndex(() => ws.knowledge().cards);
  const all = new CorpusIndex(() => ws.knowledge().cards);
  for (const index of [one, all]) {
    for (const a of first) index.set(a.path, a.own, a.dates, a.prose);
    index.takeChanged();
  }
  for (const a of again) one.set(a.path, a.own, a.dates, a.prose);
  all.setAll(again);
  const final = new Map([...first, ...again].map((a) => [a.path, a]));
  assert.deepEqual(paths.map((p) => all.entities(p)), linkedAtOnce([...final.values()], paths));
  const s = state(all, paths);
  assert.deepEqual(s, state(one, paths));
  assert.ok(s.changed.length >= again.length);
});
