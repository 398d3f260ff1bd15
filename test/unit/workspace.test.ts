// Incremental updates checked against a full rebuild (Marksman's "paranoid" mode, as a test).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { incrementalMatchesReference } from './reference.ts';
import { articles, buildWorkspace, cards, snapshot } from './seedCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';

test('after edits to articles and cards, the incremental state equals a full rebuild', () => {
  const arts = articles();
  const cs = cards();
  assert.ok(arts.length >= 5 && cs.length > 0);
  const ws = buildWorkspace(arts, cs);
  snapshot(ws); // compute everything once so later edits are truly incremental

  // 1. edit an article: insert a name, then remove a paragraph
  const [p0, t0] = arts[0]!;
  const edited = `Nikol Pashinián visited Baku.\n${t0.slice(0, Math.floor(t0.length / 2))}`;
  ws.setArticle(p0, edited);
  arts[0] = [p0, edited];
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, cs)));
  incrementalMatchesReference(ws, assert.deepEqual);

  // 2. break a card, then restore it
  const [cp, ct] = cs[0]!;
  ws.setCard(cp, '---\nname: [broken\n---\n');
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, [[cp, '---\nname: [broken\n---\n'], ...cs.slice(1)])));
  ws.setCard(cp, ct);
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, cs)));

  // 3. remove an article
  ws.removeArticle(arts[1]![0]);
  const remaining = arts.filter((_, i) => i !== 1);
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(remaining, cs)));
  incrementalMatchesReference(ws, assert.deepEqual);
});

test('short forms follow the full names across articles as articles come and go', async () => {
  const ws = new Workspace({ tagger: await loadBundledTagger() });
  ws.setArticle('a.txt', 'Grigoryan spoke.');
  assert.deepEqual(ws.entities('a.txt').map((m) => [m.text, m.id]), [['Grigoryan', 'grigoryan']]);
  ws.setArticle('b.txt', 'Minister Armen Grigoryan met Ann Linde in Vienna.');
  incrementalMatchesReference(ws, assert.deepEqual);
  assert.deepEqual(ws.entities('a.txt').map((m) => [m.text, m.id, m.source]), [['Grigoryan', 'armen-grigoryan', 'short-form']]);
  ws.setArticle('c.txt', 'Later, Karen Grigoryan replied.');
  incrementalMatchesReference(ws, assert.deepEqual);
  ws.removeArticle('c.txt');
  incrementalMatchesReference(ws, assert.deepEqual);
  ws.setArticle('b.txt', 'Nobody spoke.');
  incrementalMatchesReference(ws, assert.deepEqual);
  assert.equal(ws.entities('a.txt')[0]?.id, 'grigoryan');
});

test('when the first article naming someone in full loses the name, short forms follow the next one', async () => {
  const ws = new Workspace({ tagger: await loadBundledTagger() });
  ws.setArticle('a.txt', 'Minister Armen Grigoryan met Ann Linde in Vienna.');
  ws.setArticle('b.txt', 'In Yerevan, Armen Grigoryan said the talks went well.');
  ws.setArticle('z.txt', 'Grigoryan spoke.');
  assert.equal(ws.entities('z.txt')[0]?.id, 'armen-grigoryan');
  ws.setArticle('a.txt', 'Ann Linde was in Vienna.');
  incrementalMatchesReference(ws, assert.deepEqual);
  assert.deepEqual(ws.entities('z.txt').map((m) => [m.text, m.id, m.source]), [['Grigoryan', 'armen-grigoryan', 'short-form']]);
  ws.removeArticle('b.txt');
  incrementalMatchesReference(ws, assert.deepEqual);
  assert.equal(ws.entities('z.txt')[0]?.id, 'grigoryan');
});

test('adopting the tagger and refreshing article by article ends where a fresh build with it starts', async () => {
  const tagger = await loadBundledTagger();
  const arts = articles();
  const cs = cards();
  const ws = buildWorkspace(arts, cs);
  snapshot(ws); // analyzed with cards alone
  const stale = ws.adoptTagger(tagger!);
  assert.deepEqual(stale, arts.map(([p]) => p).sort());
  for (const p of stale) {
    ws.refresh(p);
    incrementalMatchesReference(ws, assert.deepEqual);
  }
  const withTagger = new Workspace({ tagger });
  for (const [p, t] of cs) withTagger.setCard(p, t);
  for (const [p, t] of arts) withTagger.setArticle(p, t);
  assert.deepEqual(snapshot(ws), snapshot(withTagger));
  assert.deepEqual(ws.adoptTagger(tagger!), [], 'nothing left to refresh');
});

test('with keepStaleAnalyses, a card edit keeps answers from the old analyses until they are refreshed, then equals a fresh build', () => {
  const arts = articles();
  const cs = cards();
  const ws = new Workspace({ keepStaleAnalyses: true });
  for (const [p, t] of cs) ws.setCard(p, t);
  for (const [p, t] of arts) ws.setArticle(p, t);
  snapshot(ws);
  // Grigoryan's card loses its name and aliases: a different person.
  const grigoryan = cs.find(([p]) => p.endsWith('armen-grigoryan.md'))!;
  const edited = cs.map(([p, t]): [string, string] => [p, p === grigoryan[0] ? t.replace(/^name: .*$/m, 'name: Arsen Grigoryants').replace(/^aliases: .*$/m, 'aliases: []') : t]);
  assert.notDeepEqual(edited, cs);
  const mentionsBefore = ws.mentionsOf('armen-grigoryan').length;
  assert.ok(mentionsBefore > 0);
  ws.setCard(grigoryan[0], edited.find(([p]) => p === grigoryan[0])![1]);
  assert.equal(ws.takeChangedPaths(), 'all', 'every file is published again');
  // Nothing is re-analyzed at the next question: the old mentions are still there.
  assert.equal(ws.mentionsOf('armen-grigoryan').length, mentionsBefore);
  const stale = ws.staleArticles();
  assert.deepEqual(stale, arts.map(([p]) => p).sort());
  for (const p of stale) ws.refresh(p);
  assert.deepEqual(ws.staleArticles(), []);
  incrementalMatchesReference(ws, assert.deepEqual);
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, edited)));
  assert.equal(ws.mentionsOf('armen-grigoryan').length, 0);
  // An event card's date: the conflict warnings follow at once, before any article is refreshed.
  const statement = edited.find(([p]) => p.endsWith('trilateral-statement-2020.md'))!;
  const redated = statement[1].replace(/^date: .*$/m, 'date: 2020-11-10');
  assert.notEqual(redated, statement[1]);
  const cardLinks = () => ws.articlePaths().flatMap((p) => ws.findings(p).filter((f) => f.code === 'date-conflict').flatMap((f) => f.related.filter((r) => r.path === statement[0]).map((r) => r.message)));
  assert.deepEqual(cardLinks(), ['the card of Trilateral statement of 9 November 2020, dated 2020-11-09']);
  ws.setCard(statement[0], redated);
  assert.deepEqual(cardLinks(), ['the card of Trilateral statement of 9 November 2020, dated 2020-11-10']);
  for (const p of ws.staleArticles()) ws.refresh(p);
  assert.deepEqual(snapshot(ws), snapshot(buildWorkspace(arts, edited.map(([p, t]): [string, string] => [p, p === statement[0] ? redated : t]))));
});

test('an article open for editing is tagged with a memo, and its edits reuse that memo; other articles never get one', async () => {
  const real = (await loadBundledTagger())!;
  const calls: Array<{ first: string; memo: object | undefined }> = [];
  const memos: object[] = [];
  const tagger: EntityTagger = {
    tagDocument: (s) => real.tagDocument(s),
    tagEntities: (s, memo) => (calls.push({ first: s[0]?.join(' ') ?? '', memo }), real.tagEntities!(s, memo)),
    newMemo: () => (memos.push(real.newMemo!()), memos.at(-1)!),
  };
  const [a, b] = articles().slice(0, 2);
  const ws = new Workspace({ tagger });
  ws.setArticle(a![0], a![1]);
  ws.setArticle(b![0], b![1]);
  ws.analysis(a![0]);
  ws.analysis(b![0]);
  assert.deepEqual(calls.map((c) => c.memo), [undefined, undefined], 'a bulk analysis keeps no memo');
  ws.prepareForEditing(a![0]);
  assert.equal(memos.length, 1);
  assert.equal(calls.at(-1)!.memo, memos[0], 'opening tags the article with its new memo');
  ws.prepareForEditing(a![0]);
  assert.equal(calls.length, 3, 'a second open tags nothing');
  const edited = `${a![1]}\n\nPashinyan met Aliyev in Brussels.\n`;
  ws.setArticle(a![0], edited);
  const analysis = ws.analysis(a![0])!;
  assert.equal(calls.at(-1)!.memo, memos[0], 'the edit is tagged with the same memo');
  // ... and gives what an analysis without one gives
  const fresh = new Workspace({ tagger: real });
  fresh.setArticle(a![0], edited);
  assert.deepEqual(analysis.entities, fresh.analysis(a![0])!.entities);
  ws.setArticle(b![0], b![1]);
  ws.analysis(b![0]);
  assert.equal(memos.length, 1, 'an unchanged article set again gets no memo');
  // An article opened before its first analysis keeps the analysis opening makes.
  const c = articles()[2]!;
  ws.setArticle(c[0], c[1]);
  ws.prepareForEditing(c[0]);
  const tagged = calls.length;
  assert.equal(calls.at(-1)!.memo, memos[1]);
  ws.analysis(c[0]);
  assert.equal(calls.length, tagged, 'the analysis made on opening is kept');
  // A file far longer than any article is not tagged on opening (seconds of this thread), but its
  // edits get a memo, up to the memos' length limit: beyond it none (it would cost memory).
  const long = `${b![1]}\n\n`.repeat(Math.ceil(250_000 / b![1].length));
  const longPath = b![0].replace(/\.txt$/, '-long.txt');
  ws.setArticle(longPath, long);
  ws.prepareForEditing(longPath);
  assert.equal(memos.length, 2, 'no memo for opening a long file');
  ws.setArticle(longPath, `${long}More.\n`);
  assert.equal(memos.length, 3, 'a memo for editing it');
  ws.analysis(longPath);
  assert.equal(calls.at(-1)!.memo, memos[2]);
  const huge = `${b![1]}\n\n`.repeat(Math.ceil(2_100_000 / b![1].length));
  ws.setArticle(b![0], huge);
  ws.setArticle(b![0], `${huge}More.\n`);
  assert.equal(memos.length, 3, 'no memo for a file of more than 2,000,000 characters');
});

test('opening prepared in steps tags the article with its memo over several steps and keeps its analysis; a second open has no steps', async () => {
  const real = (await loadBundledTagger())!;
  const calls: Array<object | undefined> = [];
  const tagger: EntityTagger = { tagDocument: (s) => real.tagDocument(s), tagEntities: (s, memo) => (calls.push(memo), real.tagEntities!(s, memo)), newMemo: () => real.newMemo!() };
  const [a, b] = articles().slice(0, 2);
  const ws = new Workspace({ tagger });
  ws.setArticle(a![0], a![1]);
  ws.setArticle(b![0], b![1]);
  const before = ws.analysis(a![0]);
  const steps = ws.prepareForEditingInSteps(a![0])!;
  let n = 0;
  while (!steps.next().done) n++;
  assert.ok(n >= 3, `${n} steps`);
  assert.ok(calls.at(-1) !== undefined, 'tagged with a memo');
  assert.equal(ws.analysis(a![0]), before, 'the analysis answered from is kept');
  assert.equal(ws.prepareForEditingInSteps(a![0]), undefined);
  // An article opened before its first analysis keeps the one its first step makes.
  const first = ws.prepareForEditingInSteps(b![0])!;
  first.next();
  const tagged = calls.length;
  ws.analysis(b![0]);
  assert.equal(calls.length, tagged, 'analyzed once');
});
