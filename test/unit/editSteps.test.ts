// An edit analyzed in steps (Workspace.editArticle, analyzeEditStep): the analysis before answers
// meanwhile, and once the steps are done the state equals a full rebuild with the new text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { analyzeDocument, analyzeDocumentInSteps } from '../../server/src/core/workspace/documentAnalysis.ts';
import { buildKnowledge } from '../../server/src/core/workspace/knowledge.ts';
import { incrementalMatchesReference } from './reference.ts';
import { articles, buildWorkspace, cards, snapshot } from './seedCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

/** Steps until done; returns how many it took. */
function finish(ws: Workspace, p: string): number {
  let steps = 1;
  while (!ws.analyzeEditStep(p)) steps++;
  ws.updateIndex();
  return steps;
}

test('an analysis in steps gives what analyzeDocument gives, in more than one step', async () => {
  const tagger = await loadBundledTagger();
  const k = buildKnowledge(new Map(cards()));
  for (const [p, t] of articles()) {
    for (const withTagger of [false, true]) {
      const ctx = { kb: k.kb, gazetteer: k.gazetteer, eventGazetteer: k.eventGazetteer, variants: k.variants, tagger: withTagger ? tagger : undefined };
      const steps = analyzeDocumentInSteps(p, t, ctx);
      let n = 1;
      let next = steps.next();
      for (; !next.done; next = steps.next()) n++;
      assert.ok(n >= 4, `${path.basename(p)}: ${n} steps`);
      assert.deepEqual(next.value, analyzeDocument(p, t, ctx));
    }
  }
});

test('an edit analyzed in steps answers from the analysis before until done, then equals a fresh build', async () => {
  const tagger = await loadBundledTagger();
  const arts = articles();
  const cs = cards();
  const ws = buildWorkspace(arts, cs, { tagger, keepStaleAnalyses: true });
  const before = snapshot(ws);
  ws.takeChangedPaths();
  const [p0, t0] = arts[0]!;
  const edited = `Nikol Pashinián visited Baku on Nov. 12, 2020.\n\n${t0.slice(0, Math.floor(t0.length / 2))}`;
  ws.editArticle(p0, edited);
  assert.ok(ws.awaitsAnalysis(p0));
  assert.deepEqual(ws.editedArticles(), [p0]);
  // Meanwhile: the index and every answer are those before the edit, and the lines of its
  // locations are those of the text before.
  assert.deepEqual(snapshot(ws), before);
  assert.equal(ws.heldAnalysis(p0)!.text, t0);
  const changed = ws.takeChangedPaths();
  assert.ok(changed !== 'all' && changed.has(p0), 'its diagnostics are due (for the new version)');
  // A few steps, then the same text edited again: the steps start over with it.
  assert.equal(ws.analyzeEditStep(p0), false);
  assert.equal(ws.analyzeEditStep(p0), false);
  const again = `${edited}\nPashinyan said on Friday that talks would go on.\n`;
  ws.editArticle(p0, again);
  assert.ok(ws.awaitsAnalysis(p0));
  const steps = finish(ws, p0);
  assert.ok(steps >= 4, `started over: ${steps} steps`);
  assert.ok(!ws.awaitsAnalysis(p0));
  assert.deepEqual(ws.editedArticles(), []);
  arts[0] = [p0, again];
  const rebuilt = buildWorkspace(arts, cs, { tagger });
  assert.deepEqual(snapshot(ws), snapshot(rebuilt));
  assert.equal(ws.heldAnalysis(p0)!.text, again);
  incrementalMatchesReference(ws, assert.deepEqual);
});

test('asked for the analysis of an article whose edit is being analyzed, the workspace finishes it at once', () => {
  const arts = articles();
  const cs = cards();
  const ws = buildWorkspace(arts, cs, { keepStaleAnalyses: true });
  snapshot(ws);
  const [p0, t0] = arts[1]!;
  const edited = `${t0}\n\nAliyev met Pashinyan in Moscow on Nov. 9, 2020.\n`;
  ws.editArticle(p0, edited);
  ws.analyzeEditStep(p0);
  const a = ws.analysis(p0)!;
  assert.equal(a.text, edited, 'never the old text and offsets');
  assert.ok(!ws.awaitsAnalysis(p0));
  arts[1] = [p0, edited];
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, cs)));
});

test('an edit undone before its analysis is made has the analysis before back, due again for the editor', () => {
  const arts = articles();
  const ws = buildWorkspace(arts, cards(), { keepStaleAnalyses: true });
  const before = snapshot(ws);
  ws.takeChangedPaths();
  const [p0, t0] = arts[2]!;
  ws.editArticle(p0, `${t0} More.`);
  ws.analyzeEditStep(p0);
  ws.takeChangedPaths();
  ws.editArticle(p0, t0);
  assert.ok(!ws.awaitsAnalysis(p0));
  assert.deepEqual(ws.editedArticles(), []);
  assert.equal(ws.analyzeEditStep(p0), true, 'nothing left to do');
  const changed = ws.takeChangedPaths();
  assert.ok(changed !== 'all' && changed.has(p0));
  assert.deepEqual(snapshot(ws), before);
});

test('a card changed while an edit is analyzed in steps: the steps start over with the new cards', () => {
  const arts = articles();
  const cs = cards();
  const ws = buildWorkspace(arts, cs, { keepStaleAnalyses: true });
  snapshot(ws);
  const [p0, t0] = arts[0]!;
  const edited = `Armen Grigoryan spoke.\n\n${t0}`;
  ws.editArticle(p0, edited);
  ws.analyzeEditStep(p0);
  const grigoryan = cs.findIndex(([p]) => p.endsWith('armen-grigoryan.md'));
  cs[grigoryan] = [cs[grigoryan]![0], cs[grigoryan]![1].replace(/^name: .*$/m, 'name: Arsen Grigoryants').replace(/^aliases: .*$/m, 'aliases: []')];
  ws.setCard(...cs[grigoryan]!);
  finish(ws, p0);
  for (const p of ws.staleArticles()) ws.refresh(p);
  arts[0] = [p0, edited];
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, cs)));
  assert.ok(!ws.entities(p0).some((m) => m.id === 'armen-grigoryan'));
});

test('an article without an analysis yet, or set from disk, is not deferred', () => {
  const arts = articles();
  const ws = buildWorkspace(arts.slice(1), cards(), { keepStaleAnalyses: true });
  snapshot(ws);
  const [p0, t0] = arts[0]!;
  ws.editArticle(p0, t0);
  assert.ok(!ws.awaitsAnalysis(p0), 'a new article is analyzed when asked, as by setArticle');
  assert.ok(ws.entities(p0).length > 0);
  ws.setArticle(p0, `${t0} More.`);
  assert.ok(!ws.awaitsAnalysis(p0));
  ws.entities(p0);
  ws.editArticle(p0, t0);
  assert.ok(ws.awaitsAnalysis(p0));
  ws.setArticle(p0, `${t0} Again.`);
  assert.ok(!ws.awaitsAnalysis(p0), 'a change read from disk replaces the edit under way');
  assert.equal(ws.analysis(p0)!.text, `${t0} Again.`);
});

test('an article re-analyzed in steps when the tagger arrives answers from its analysis before until done, then equals a fresh build with the tagger', async () => {
  const tagger = (await loadBundledTagger())!;
  const arts = articles();
  const cs = cards();
  const ws = buildWorkspace(arts, cs, { keepStaleAnalyses: true });
  const before = snapshot(ws);
  ws.takeChangedPaths();
  const [p0] = arts[0]!;
  ws.adoptTagger(tagger);
  assert.ok(ws.staleArticles().includes(p0));
  assert.equal(ws.reanalyzeInSteps(p0), true);
  assert.ok(ws.awaitsAnalysis(p0));
  assert.equal(ws.analyzeEditStep(p0), false);
  // Meanwhile: every answer is the one before (the other articles are stale, not re-analyzed).
  assert.deepEqual(snapshot(ws), before);
  const steps = finish(ws, p0) + 1;
  assert.ok(steps >= 4, `${steps} steps`);
  assert.ok(!ws.awaitsAnalysis(p0));
  assert.ok(!ws.staleArticles().includes(p0), 'analyzed with the tagger');
  for (const p of ws.staleArticles()) ws.refresh(p);
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, cs, { tagger })));
  // An article with nothing to answer from is refreshed at once.
  const fresh = buildWorkspace(arts, cs, { keepStaleAnalyses: true, tagger });
  assert.equal(fresh.reanalyzeInSteps(p0), false);
  assert.ok(!fresh.awaitsAnalysis(p0));
});
