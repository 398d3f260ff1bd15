import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  decodeModel, encodeModel, loadNerModel, spansFromIob, tagSpans, tagTokens, trainNer,
} from '../../server/src/core/entities/tagger/index.ts';
import { tokenize } from '../../server/src/core/text/tokenize.ts';
import { lastDocumentScores, tagDocumentBilou, TaggingMemo } from '../../server/src/core/entities/tagger/tag.ts';
import { allowedEnd, allowedTransition, NUM_TAGS, tagName } from '../../server/src/core/entities/tagger/tags.ts';
import { clusterOf, clusterPart, collectHashes, formPart, shapePart, stage2Features, WordFeaturizer } from '../../server/src/core/entities/tagger/features.ts';
import { buildWordInfo, wordInfo } from '../../server/src/core/entities/tagger/word.ts';
import { buildClusters } from '../../server/src/core/entities/tagger/clusters.ts';

const bytes = readFileSync(join(__dirname, '../../server/models/ner-conll.bin'));
const model = loadNerModel(bytes);

const spanList = (sentences: string[][]) =>
  tagSpans(model, sentences).flatMap((ss, i) => ss.map((s) => `${s.type}:${sentences[i].slice(s.start, s.end).join(' ')}`));

test('tags people and places in a plain sentence', () => {
  const words = tokenize('Nikol Pashinyan met Vladimir Putin in Moscow .').map((t) => t.text);
  assert.deepEqual(spanList([words]), ['PER:Nikol Pashinyan', 'PER:Vladimir Putin', 'LOC:Moscow']);
});

test('tags organizations and mixed entities', () => {
  const doc = [
    'The European Commission said on Thursday it disagreed with German advice .'.split(' '),
    'Shares of General Motors fell 2 percent in New York on Monday .'.split(' '),
  ];
  const spans = spanList(doc);
  assert.ok(spans.includes('ORG:European Commission'), spans.join(', '));
  assert.ok(spans.includes('MISC:German'), spans.join(', '));
  assert.ok(spans.includes('ORG:General Motors'), spans.join(', '));
  assert.ok(spans.includes('LOC:New York'), spans.join(', '));
});

test('returns one BIO tag per token and handles empty input', () => {
  const doc = [['Hello', 'world', '.'], [], ['Paris', 'is', 'big', '.']];
  const tags = tagTokens(model, doc);
  assert.deepEqual(tags.map((t) => t.length), [3, 0, 4]);
  for (const s of tags) for (const t of s) assert.match(t, /^(O|[BI]-(PER|LOC|ORG|MISC))$/);
  assert.deepEqual(tagTokens(model, []), []);
});

test('decoded tags are always well-formed (no I-X after O or after another type)', () => {
  const text =
    'WASHINGTON 1996-08-22 - U.S. President Bill Clinton told reporters at the White House that ' +
    'the Federal Reserve and Goldman Sachs of New York disagree on Iraq , Manchester United and Real Madrid .';
  const words = tokenize(text).map((t) => t.text);
  const bilou = tagDocumentBilou(model, [words]);
  for (let i = 0; i < bilou.length; i++) {
    assert.ok(allowedTransition(i === 0 ? -1 : bilou[i - 1], bilou[i]), `bad transition at ${i}: ${tagName(bilou[i])}`);
  }
  assert.ok(allowedEnd(bilou[bilou.length - 1]));
  const bio = tagTokens(model, [words])[0];
  for (let i = 0; i < bio.length; i++) {
    if (bio[i].startsWith('I-')) assert.ok(i > 0 && bio[i - 1].slice(2) === bio[i].slice(2), `I- without B- at ${i}`);
  }
});

test('model bytes round-trip through encode/decode', () => {
  const again = encodeModel(decodeModel(bytes));
  assert.equal(Buffer.compare(Buffer.from(again), bytes), 0);
  const sent = [['Angela', 'Merkel', 'visited', 'Toyota', 'in', 'Japan', '.']];
  assert.deepEqual(tagTokens(decodeModel(again), sent), tagTokens(model, sent));
});

test('IOB1 spans: I- after O opens a span, B- splits adjacent same-type spans', () => {
  assert.deepEqual(spansFromIob(['I-PER', 'I-PER', 'B-PER', 'O', 'I-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 2, end: 3, type: 'PER' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});

test('a toy model learns that words after "visit" are places and after "Mr." are people', () => {
  const names = ['Zorba', 'Quix', 'Pelt', 'Tamsin', 'Vrell', 'Okon', 'Brisk', 'Ulm', 'Harrow', 'Jent'];
  const docs = names.map((n, i) => {
    const other = names[(i + 3) % names.length];
    return {
      sentences: [
        ['We', 'visit', n, 'today', '.'],
        ['Mr.', other, 'said', 'so', '.'],
      ],
      spans: [[{ start: 2, end: 3, type: 'LOC' }], [{ start: 1, end: 2, type: 'PER' }]],
    };
  });
  const toy = trainNer(docs, { epochs1: 5, epochs2: 3, stackFolds: 2, gazFolds: 0, pruneThreshold: 0.001, seed: 1 });
  const roundTripped = loadNerModel(encodeModel(toy));
  const out = tagTokens(roundTripped, [['We', 'visit', 'Grozny', 'today', '.'], ['Mr.', 'Kask', 'said', 'so', '.']]);
  assert.deepEqual(out, [['O', 'O', 'B-LOC', 'O', 'O'], ['O', 'B-PER', 'O', 'O', 'O']]);
});

test('training is deterministic', () => {
  const docs = [{ sentences: [['Mr.', 'Abel', 'left', '.']], spans: [[{ start: 1, end: 2, type: 'PER' }]] }];
  const opts = { epochs1: 2, epochs2: 2, stackFolds: 0, gazFolds: 0, pruneThreshold: 0.001, seed: 7 };
  assert.equal(Buffer.compare(Buffer.from(encodeModel(trainNer(docs, opts))), Buffer.from(encodeModel(trainNer(docs, opts)))), 0);
});

test('word clusters: similar contexts share path prefixes; clusters ship inside the model', () => {
  const sents: string[][] = [];
  const days = ['monday', 'tuesday', 'friday'];
  const cities = ['paris', 'rome', 'oslo'];
  for (let k = 0; k < 6; k++)
    for (let i = 0; i < 3; i++) {
      sents.push(['he', 'left', 'on', days[i], 'morning', '.']);
      sents.push(['the', 'mayor', 'of', cities[i], 'said', '.']);
    }
  const clu = buildClusters(sents, { minFreq: 3, contextWords: 20 });
  /** Length of the common path prefix of two words. */
  const lcp = (a: string, b: string) => {
    const i = clu.find(a), j = clu.find(b);
    assert.ok(i >= 0 && j >= 0, `${a} ${b}`);
    let k = 0;
    while (k < Math.min(clu.lens[i], clu.lens[j]) && ((clu.paths[i] >> k) & 1) === ((clu.paths[j] >> k) & 1)) k++;
    return k;
  };
  assert.ok(lcp('monday', 'friday') > lcp('monday', 'paris'));
  assert.ok(lcp('paris', 'oslo') > lcp('oslo', 'tuesday'));
  assert.deepEqual(buildClusters(sents, { minFreq: 3, contextWords: 20 }).paths, clu.paths);

  const docs = [{ sentences: [['Mr.', 'Abel', 'left', 'paris', '.']], spans: [[{ start: 1, end: 2, type: 'PER' }]] }];
  const toy = trainNer(docs, { epochs1: 2, epochs2: 0, stackFolds: 0, gazFolds: 0, pruneThreshold: 0.001, seed: 7, clusters: clu });
  const back = loadNerModel(encodeModel(toy));
  assert.deepEqual(back.clusters?.paths, clu.paths);
  assert.deepEqual(tagTokens(back, docs[0].sentences), tagTokens(toy, docs[0].sentences));
});

test('a memo of the previous version re-tags only changed sentences, with the same tags as tagging afresh', () => {
  // Random edits to real articles: sentences inserted, deleted and swapped, and edits that change
  // what the document-level features see (a word written lowercase elsewhere, a name repeated).
  const corpus = join(__dirname, '../../corpus');
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const sentencesOf = (text: string) =>
    text.split(/(?<=[.!?])\s+|\n+/).map((s) => tokenize(s).map((t) => t.text)).filter((s) => s.length > 0);
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const extras = [
    'Pashinyan met Aliyev in Brussels .'.split(' '),
    'the karabakh talks went on .'.split(' '),
    'KARABAKH TALKS RESUME'.split(' '),
    'Officials in Stepanakert said the Lachin corridor was closed .'.split(' '),
  ];
  let stage1Hits = 0;
  let stage2Hits = 0;
  for (const file of files) {
    const doc = sentencesOf(readFileSync(join(corpus, file), 'utf8'));
    const memo = new TaggingMemo();
    for (let step = 0; step < 12; step++) {
      const at = random(doc.length);
      switch (random(5)) {
        case 0: doc.splice(at, 0, extras[random(extras.length)]!); break;
        case 4: {
          // a name of the document written lowercase: its other occurrences gain that evidence
          const names = doc.flat().filter((w) => /^[A-Z][a-z]+$/.test(w));
          doc.splice(at, 0, ['the', names[random(names.length)]!.toLowerCase(), 'was', 'here', '.']);
          break;
        }
        case 1: doc.splice(at, 1); break;
        case 2: doc.push(doc.splice(at, 1)[0] ?? extras[0]!); break;
        default: doc[at] = doc[at]!.map((w, i) => (i === 0 ? w : w.toLowerCase()));
      }
      assert.deepEqual(tagDocumentBilou(model, doc, memo), tagDocumentBilou(model, doc), `${file}, step ${step}`);
      stage1Hits += memo.hits.stage1;
      stage2Hits += memo.hits.stage2;
    }
  }
  // the memo did its job: most sentences were taken from it
  assert.ok(stage1Hits > 1000 && stage2Hits > 1000, `${stage1Hits} stage-1 and ${stage2Hits} stage-2 hits`);
});

test("a word's features split by form, shape and cluster are exactly its features", () => {
  const words = new WordFeaturizer(model.clusters, 0);
  const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
  const text = readFileSync(join(__dirname, '../../corpus', readdirSync(join(__dirname, '../../corpus')).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');
  const forms = [...new Set(tokenize(text).map((t) => t.text)), 'Pashinián', 'U.S.', '1999-07-08', 'x', 'XII', "O'Neill", '--', 'zzqxv', '<s1>'];
  for (const raw of forms) {
    const w = wordInfo(raw);
    const whole = words.get(w);
    const parts = [formPart(w), shapePart(w), clusterPart(model.clusters, clusterOf(model.clusters, w))];
    assert.deepEqual(sorted(parts.flatMap((p) => p.own)), sorted(whole.own), raw);
    for (let r = 0; r < 4; r++) assert.deepEqual(sorted(parts.flatMap((p) => p.ctx[r]!)), sorted(whole.ctx[r]!), `${raw}, role ${r}`);
  }
});

test("the decoder's scores are the sums of the training features' weights, both stages", () => {
  // What training sees (features.ts: collectHashes, stage2Features) against what the decoder adds up (tag.ts).
  const corpus = join(__dirname, '../../corpus');
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
  const K = NUM_TAGS;
  const stage1Only = { ...model, stage2: null };
  const weightsOf = (hashes: readonly number[], stage: NonNullable<typeof model.stage2>, into: Float64Array) => {
    for (const h of hashes) {
      const f = model.table.get(h);
      if (f < 0) continue;
      for (let j = stage.rowStart[f]!; j < stage.rowStart[f + 1]!; j++) into[stage.tags[j]!] += stage.q[j]!;
    }
  };
  let tokens = 0;
  for (const file of files) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const doc = text.split(/(?<=[.!?])\s+|\n+/).map((s) => tokenize(s).map((t) => t.text)).filter((s) => s.length > 0);
    // a headline, a repeated name written lowercase, a sentence of one word: the document-level features fire too
    doc.push(['ARMENIA', 'AND', 'AZERBAIJAN', 'TALK'], ['the', 'armenia', 'talks', '.'], ['Yerevan']);
    const n = doc.reduce((s, x) => s + x.length, 0);
    const s1 = tagDocumentBilou(stage1Only, doc);
    tagDocumentBilou(model, doc);
    const scores = lastDocumentScores(model, n);
    const f1 = collectHashes(doc, model.gazetteer, new WordFeaturizer(model.clusters, 0));
    const f2 = stage2Features(doc.map((s) => s.map(wordInfo)), s1);
    for (let k = 0; k < n; k++) {
      const one = f1.hashes.slice(f1.offsets[k], f1.offsets[k + 1]);
      const two = f2.hashes.slice(f2.offsets[k], f2.offsets[k + 1]);
      const want1 = new Float64Array(K);
      const want2 = new Float64Array(K);
      weightsOf(one, model.stage1, want1);
      weightsOf([...one, ...two], model.stage2!, want2);
      assert.deepEqual([...scores.subarray(k * 2 * K, k * 2 * K + K)], [...want1], `${file}, token ${k}, stage 1`);
      assert.deepEqual([...scores.subarray(k * 2 * K + K, (k + 1) * 2 * K)], [...want2], `${file}, token ${k}, stage 2`);
    }
    tokens += n;
  }
  assert.ok(tokens > 2000, `${tokens} tokens`);
});

test('a word\'s info made anew is the remembered one: digits (ASCII only) read 0 in its low form', () => {
  for (const w of ['Yerevan', 'B-52s', '1996-08-22', 'ARMENIA', 'x', '', '٣٤', 'Ünal', 'U.S.', '10th']) assert.deepEqual(buildWordInfo(w), wordInfo(w), w);
  assert.equal(buildWordInfo('B-52s').low, 'b-00s');
  assert.equal(buildWordInfo('٣٤').low, '٣٤');
  assert.equal(buildWordInfo('Ünal').low, 'ünal');
});
