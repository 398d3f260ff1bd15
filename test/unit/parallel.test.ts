// Analyses made on worker threads are exactly those the Workspace makes itself.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { analyzeInParallel, poolAhead } from '../../server/src/host/parallelAnalysis.ts';
import { AnalysisPool } from '../../server/src/host/analysisPool.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { taggedSpans, taggerSpansOfProse } from '../../server/src/core/entities/taggedSpans.ts';
import { filterTaggedSpans } from '../../server/src/core/entities/taggerFilters.ts';
import { tokenize, sentences } from '../../server/src/core/text/tokenize.ts';
import { unpackSpans } from '../../server/src/host/packedSpans.ts';

const corpus = path.join(__dirname, '../../corpus');

function build(tagger: Awaited<ReturnType<typeof loadBundledTagger>>, options: { keepStaleAnalyses?: boolean } = {}): Workspace {
  const ws = new Workspace({ tagger, ...options });
  for (const dir of ['people', 'places', 'organizations', 'events']) {
    for (const f of readdirSync(path.join(corpus, 'entities', dir))) ws.setCard(`entities/${dir}/${f}`, readFileSync(path.join(corpus, 'entities', dir, f), 'utf8'));
  }
  // Forty-five articles: the five real ones, each nine times with small differences.
  for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt'))) {
    const text = readFileSync(path.join(corpus, f), 'utf8');
    for (let i = 0; i < 9; i++) ws.setArticle(`${i}/${f}`, i === 0 ? text : `${text}\nPashinián met Grigoryan on Tuesday, November ${10 + i}, 2021.`);
  }
  ws.setMetadata('3/moscow-times-2020-11-21.meta.yaml', 'published: 2020-11-22\n');
  return ws;
}

test('worker threads give the analyses, links and findings the workspace computes itself', async () => {
  const tagger = await loadBundledTagger();
  const serial = build(tagger);
  const parallel = build(tagger);
  const taken = await analyzeInParallel(parallel, { workers: 2, minArticles: 1, batch: 5 });
  assert.equal(taken, 45);
  for (const p of serial.articlePaths()) {
    const { lines: _a, ...mine } = serial.analysis(p)!;
    const { lines: _b, ...theirs } = parallel.analysis(p)!;
    assert.deepEqual(theirs, mine, p);
    // and mentions with their fields in the same order (they cross packed: packedMentions.ts)
    assert.equal(JSON.stringify(theirs.entities), JSON.stringify(mine.entities), p);
    assert.equal(JSON.stringify(theirs.dates), JSON.stringify(mine.dates), p);
  }
  for (const p of serial.reportedPaths()) {
    assert.deepEqual(parallel.entities(p), serial.entities(p));
    assert.deepEqual(parallel.findings(p), serial.findings(p));
  }
});

test('this thread and one worker that tags: every article analyzed here, most with the worker\'s names, as the workspace analyzes alone', async () => {
  const tagger = await loadBundledTagger();
  const serial = build(tagger);
  const shared = build(tagger);
  let here = 0;
  let withNames = 0;
  const analyzeOwn = shared.analyzeOwn.bind(shared);
  shared.analyzeOwn = (p, tagged) => (here++, tagged && withNames++, analyzeOwn(p, tagged));
  // two threads: this one and one worker
  assert.equal(await analyzeInParallel(shared, { workers: 2, minArticles: 1, batch: 5, hereToo: true }), 45);
  assert.equal(here, 45);
  // (how many more than the first batch depends on the two threads' paces: tagHereToo.ts)
  assert.ok(withNames >= 5, `${withNames} of 45 analyzed with the worker's names`);
  for (const p of serial.articlePaths()) {
    const { lines: _a, ...mine } = serial.analysis(p)!;
    const { lines: _b, ...theirs } = shared.analysis(p)!;
    assert.deepEqual(theirs, mine, p);
    assert.equal(JSON.stringify(theirs.entities), JSON.stringify(mine.entities), p);
  }
  for (const p of serial.reportedPaths()) {
    assert.deepEqual(shared.entities(p), serial.entities(p));
    assert.deepEqual(shared.findings(p), serial.findings(p));
  }
});

test('workers started ahead, while the articles are read, are the ones used, and closed; ones set up for other cards are closed unused', async () => {
  const tagger = await loadBundledTagger();
  const serial = build(tagger);
  const open = AnalysisPool.open;
  let opened = 0;
  AnalysisPool.open = (...args) => (opened++, open.apply(AnalysisPool, args));
  try {
    const options = { workers: 2, minArticles: 1, batch: 5, hereToo: true };
    for (const cards of ['same', 'none']) {
      opened = 0;
      const shared = build(tagger);
      const ahead = poolAhead(cards === 'same' ? shared : new Workspace({ tagger }), 45, options)!;
      assert.equal(ahead.size, 1);
      assert.equal(await analyzeInParallel(shared, { ...options, pool: ahead }), 45);
      assert.equal(opened, cards === 'same' ? 1 : 2, cards);
      await assert.rejects(ahead.analyze([]), /closed/);
      for (const p of serial.reportedPaths()) assert.deepEqual(shared.findings(p), serial.findings(p), p);
    }
    // none wanted (too few articles): none started, and one given is closed
    assert.equal(poolAhead(serial, 45, { ...options, minArticles: 100 }), undefined);
    const unused = poolAhead(build(tagger), 45, options)!;
    assert.equal(await analyzeInParallel(build(tagger), { ...options, minArticles: 100, pool: unused }), 0);
    await assert.rejects(unused.analyze([]), /closed/);
  } finally {
    AnalysisPool.open = open;
  }
});

test('this thread sharing whole articles with two workers (or one without the tagger) gives the analyses and findings the workspace computes alone', async () => {
  const tagger = await loadBundledTagger();
  for (const [workers, withTagger] of [[3, true], [2, false]] as const) {
    const serial = build(withTagger ? tagger : undefined);
    const shared = build(withTagger ? tagger : undefined);
    let here = 0;
    const analyzeOwn = shared.analyzeOwn.bind(shared);
    shared.analyzeOwn = (p, tagged) => (here++, assert.equal(tagged, undefined), analyzeOwn(p, tagged));
    assert.equal(await analyzeInParallel(shared, { workers, minArticles: 1, batch: 5, hereToo: true }), 45);
    assert.ok(here >= 5 && here <= 35, `this thread analyzed ${here} of 45`);
    for (const p of serial.articlePaths()) {
      const { lines: _a, ...mine } = serial.analysis(p)!;
      const { lines: _b, ...theirs } = shared.analysis(p)!;
      assert.deepEqual(theirs, mine, p);
    }
    for (const p of serial.reportedPaths()) {
      assert.deepEqual(shared.entities(p), serial.entities(p));
      assert.deepEqual(shared.findings(p), serial.findings(p));
    }
  }
});

test('names tagged for another text of the article are not used', async () => {
  const tagger = await loadBundledTagger();
  const ws = build(tagger);
  const p = '0/moscow-times-2020-11-21.txt';
  const reference = build(tagger);
  ws.analyzeOwn(p, { text: 'An older text.', spans: [{ start: 0, end: 8, label: 'ORG' }] });
  assert.deepEqual(ws.entities(p), reference.entities(p));
  // and names given for its text are those its analysis uses
  const other = build(tagger);
  const text = other.analysis(p)!.text;
  const fresh = build(tagger);
  fresh.analyzeOwn(p, { text, spans: [] });
  assert.ok(fresh.entities(p).every((m) => m.source !== 'tagger'), 'no name of the tagger when it was said to find none');
});

test('a tagging thread hands over the tagger\'s own names; the precision rules are applied by the thread that analyzes', async () => {
  const tagger = (await loadBundledTagger())!;
  const reference = build(tagger);
  const ws = build(tagger);
  let filtered = 0;
  for (const p of reference.articlePaths()) {
    const text = reference.analysis(p)!.text;
    const tokens = tokenize(text);
    const raw = taggedSpans(tokens, sentences(text, tokens), tagger);
    const handed = taggerSpansOfProse(text, tagger);
    assert.deepEqual(handed, raw, p);
    if (JSON.stringify(filterTaggedSpans(text, tokens, raw)) !== JSON.stringify(raw)) filtered++;
    ws.analyzeOwn(p, { text, spans: handed });
    assert.deepEqual(ws.analysis(p)!.entities, reference.analysis(p)!.entities, p);
  }
  // (the rules change what the tagger found in some articles, so handing over either would show)
  assert.ok(filtered >= 5, `${filtered} articles whose names the rules change`);
});

test('the worker of a split by stage only tags: it gives the same names as this thread, and refuses whole analyses; a pool of whole analyses refuses to tag', async () => {
  const tagger = (await loadBundledTagger())!;
  const ws = build(tagger);
  const ahead = poolAhead(ws, 45, { hereToo: true, workers: 2, minArticles: 1 })!;
  assert.equal(ahead.tagsOnly, true);
  await ahead.close();
  // without the tagger there is no split: the worker analyzes whole articles
  const plain = poolAhead(build(undefined), 45, { hereToo: true, workers: 2, minArticles: 1 })!;
  assert.equal(plain.tagsOnly, false);
  await assert.rejects(plain.tag(ws.analysisInputs().articles.slice(0, 1)), /analyze/);
  await plain.close();
  const pool = AnalysisPool.open({ cards: ws.analysisInputs().cards, useTagger: true, tagOnly: true }, 1)!;
  try {
    const articles = ws.analysisInputs().articles.slice(0, 6);
    const spans = await pool.tag(articles);
    assert.equal(spans.length, 6);
    articles.forEach((a, i) => assert.deepEqual(unpackSpans(spans[i]!), taggerSpansOfProse(a.text, tagger), a.path));
    await assert.rejects(pool.analyze(articles), /only tag/);
  } finally {
    await pool.close();
  }
});

test('the tagging worker is handed the prose: articles in Markdown and HTML come out as the workspace analyzes them alone', async () => {
  const tagger = (await loadBundledTagger())!;
  const add = (ws: Workspace) => {
    for (let i = 0; i < 3; i++) {
      ws.setArticle(`web/${i}.md`, `---\npublished: 2021-11-1${i}\n---\n# Talks in *Yerevan*\n\nNikol **Pashinyan** met [Armen Grigoryan](https://example.org/${i}) on Tuesday.\n`);
      ws.setArticle(`web/${i}.html`, `<html><head><title>Talks</title></head><body><p>Prime Minister <b>Nikol Pashinyan</b> met Armen Grigoryan in Yerevan on November 1${i}, 2021.</p></body></html>`);
    }
    return ws;
  };
  const serial = add(build(tagger));
  const shared = add(build(tagger));
  assert.equal(await analyzeInParallel(shared, { workers: 2, minArticles: 1, batch: 5, hereToo: true }), 51);
  for (const p of serial.articlePaths()) assert.deepEqual(shared.analysis(p)!.entities, serial.analysis(p)!.entities, p);
  assert.ok(serial.analysis('web/0.html')!.entities.some((m) => m.text === 'Nikol Pashinyan'));
});

test('a result that arrives after its article changed is not taken', async () => {
  const ws = build(undefined);
  const pending = analyzeInParallel(ws, { workers: 2, minArticles: 1, batch: 23 });
  ws.setArticle('0/moscow-times-2020-11-21.txt', 'Changed while the workers ran: Nikol Pashinyan.');
  assert.equal(await pending, 44);
  assert.deepEqual(ws.entities('0/moscow-times-2020-11-21.txt').map((m) => m.text), ['Nikol Pashinyan']);
});

test('one pool serves the pass with the cards, then, switched to the tagger, the pass with it', async () => {
  const { AnalysisPool } = await import('../../server/src/host/analysisPool.ts');
  const { analyzeWithPool } = await import('../../server/src/host/parallelAnalysis.ts');
  const tagger = (await loadBundledTagger())!;
  const serial = build(tagger);
  const ws = build(undefined);
  const first = ws.analysisInputs();
  const pool = AnalysisPool.open({ cards: first.cards, useTagger: false }, 2)!;
  try {
    assert.equal(await analyzeWithPool(ws, pool, first, { batch: 7 }), 45);
    const stale = ws.adoptTagger(tagger);
    assert.equal(stale.length, 45);
    // Not switched yet: the workers would miss the tagger's names, so nothing is analyzed.
    assert.equal(await analyzeWithPool(ws, pool, ws.analysisInputs(stale)), 0);
    pool.useTagger();
    assert.equal(await analyzeWithPool(ws, pool, ws.analysisInputs(stale), { batch: 7 }), 45);
  } finally {
    await pool.close();
  }
  for (const p of serial.reportedPaths()) {
    assert.deepEqual(ws.entities(p), serial.entities(p), p);
    assert.deepEqual(ws.findings(p), serial.findings(p), p);
  }
});

test('results taken in slices: a question asked between two slices is answered as a one-shot build of what was taken so far, and the end is a full build', async () => {
  const { AnalysisPool } = await import('../../server/src/host/analysisPool.ts');
  const { analyzeWithPool } = await import('../../server/src/host/parallelAnalysis.ts');
  const { backgroundTurn } = await import('../../server/src/host/backgroundTurns.ts');
  const tagger = (await loadBundledTagger())!;
  // As in the server: analyses kept while stale, the tagger's pass after a first pass without it.
  const asServer = () => build(undefined, { keepStaleAnalyses: true });
  const ws = asServer();
  for (const p of ws.reportedPaths()) ws.findings(p);
  const stale = ws.adoptTagger(tagger);
  assert.equal(stale.length, 45);
  const probe = '2/moscow-times-2020-11-21.txt';
  const asked: Array<{ taken: string[]; entities: unknown; findings: unknown; all: unknown }> = [];
  const inputs = ws.analysisInputs(stale);
  const pool = AnalysisPool.open({ cards: inputs.cards, useTagger: true, model: undefined }, 2)!;
  let done = false;
  try {
    pool.useTagger();
    const pass = analyzeWithPool(ws, pool, inputs, { batch: 4, importEvery: 10, importSliceMs: 0 }).finally(() => (done = true));
    // A request in every turn the slices leave free: never in the middle of a slice.
    while (!done) {
      await backgroundTurn();
      const left = new Set(ws.staleArticles());
      const taken = stale.filter((p) => !left.has(p));
      if (taken.length > 0 && taken.length < 45 && asked.length < 2 && (asked.length === 0 || asked[asked.length - 1]!.taken.length + 15 <= taken.length)) {
        asked.push({ taken, entities: ws.entities(probe), findings: ws.findings(probe), all: ws.reportedPaths().map((p) => ws.findings(p)) });
      }
    }
    assert.equal(await pass, 45);
  } finally {
    await pool.close();
  }
  assert.ok(asked.length >= 2, `questions asked between slices: ${asked.length}`);
  // What was answered then is what a workspace with those same analyses, built at once, answers.
  for (const { taken, entities, findings, all } of asked) {
    const ref = asServer();
    for (const p of ref.reportedPaths()) ref.findings(p);
    ref.adoptTagger(tagger);
    for (const p of taken) ref.refresh(p);
    assert.deepEqual(entities, ref.entities(probe), `entities after ${taken.length} taken`);
    assert.deepEqual(findings, ref.findings(probe), `findings after ${taken.length} taken`);
    assert.deepEqual(all, ref.reportedPaths().map((p) => ref.findings(p)), `every file's findings after ${taken.length} taken`);
  }
  // and the end is what a workspace that had the tagger from the start gives
  const full = build(tagger);
  assert.deepEqual(ws.staleArticles(), []);
  for (const p of full.reportedPaths()) {
    assert.deepEqual(ws.entities(p), full.entities(p), p);
    assert.deepEqual(ws.findings(p), full.findings(p), p);
  }
});
