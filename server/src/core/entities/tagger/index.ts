// Named-entity tagger (PER, LOC, ORG, MISC) for news text; public API.
//
//   const model = loadNerModel(bytes);                 // bytes of server/models/ner-conll.bin
//   const tags = tagTokens(model, [['Nikol', 'Pashinyan', 'met', ...], ...]);  // one document
//   // -> [['B-PER', 'I-PER', 'O', ...], ...]  (BIO / IOB2)
//
// Why this model (trained by scripts/ner/train.ts on CoNLL-2003 eng.train, tuned on eng.testa):
// - Averaged structured perceptron + first-order Viterbi over BILOU tags: no neural runtime, a
//   sparse linear model decodes >100k tokens/s, and BILOU (vs BIO) gives the model explicit
//   span-end/single-token states; illegal transitions are masked, so output is always valid BIO.
// - Features from raw text only (never POS/chunk): word, lowercased word (digits -> 0), word shape
//   (long/short), prefixes/suffixes 1-4, words and shapes at +-2, word bigrams, shape trigram,
//   sentence-initial and all-caps-headline markers, and document capitalization evidence (is the
//   word seen lowercase / capitalized mid-sentence elsewhere in the same document).
// - Gazetteer from the training set's own entity lists (phrases and per-word type/position),
//   stored as hashes only; in training it is jackknifed (10 folds by document) so the model does
//   not learn to trust a gazetteer that always contains the answer. Worth ~+0.9 F1 on testa.
// - Two stages: stage 2 adds stage-1 tags of the token and its neighbours and document-level
//   consistency (the types stage 1 gave the same word elsewhere in the document, and whether it
//   appeared inside a multi-word entity). Stage-2 training uses 5-fold jackknifed stage-1 tags.
//   Worth ~+1.5 F1 on testa.
// - Features are 32-bit hashes (no strings in the model); weights below 0.05 are pruned and the
//   rest stored as Int16 with one scale per stage; the whole file is gzip'd.
// - Word clusters (clusters.ts): a binary hierarchy over the ~11k word forms seen >= 2 times in the
//   raw tokens of eng.train + eng.testa (never eng.testb), built at training time by recursive
//   principal-direction bisection + 2-means of left/right-neighbour vectors over the 500 most
//   frequent words (deterministic, ~5-10 s). Path prefixes of length 4/6/10/20 are features of the
//   word and of its +-1 neighbours. Shipped in the model (~0.2 MB gzip). On testa PER/LOC/ORG:
//   93.96 without, 94.00 with (min count 3, 300 context words), 94.05 with the shipped settings —
//   within noise: 250k tokens are too few for good clusters. Kept because they cost nothing per
//   token (see below), and clusters from a larger unlabeled corpus would plug in unchanged.
//
// Speed (rework of 2026-11; ~87k -> ~135-140k tokens per CPU-second, scripts/ner/bench.ts):
// - tag.ts caches, per model and word form, the integer sum of the weights of the word's own
//   features and of its features as each of the 4 context neighbours, for both stages at once
//   (5 dense rows of 34 Int32). A token costs 5 dense row adds plus ~15 sparse lookups, and stage-1
//   features are visited once for both stages (the stage-2 decode just adds the stage-2 features).
//   Integer sums are order-independent, so this change alone was bit-identical to the old decoder.
// - Conjunction features (bigrams, shape trigram, gazetteer phrases) combine per-word precomputed
//   hashes (WordInfo.hLow/hShort) with a murmur3 step instead of re-hashing strings per token.
//   This changed the feature hashes (model retrained: testa PER/LOC/ORG 94.20 -> 93.96 without
//   clusters, within run-to-run noise of hash collisions/order).
// - Viterbi walks flat, precomputed lists of allowed predecessors (97 of 289 transitions).
// Second rework (2026-11, bit-identical output, ~3x in the per-article benchmark
// scripts/bench/analysis.ts): word-pair feature ids cached per pair of word slots, the bias and
// word-only features folded into the word cache, stage-2 per-form statistics in flat arrays
// with the three stage-1-tag features pre-summed per tag triple, a Viterbi specialised to the
// BILOU structure (9 closed predecessors read once per token), key and value side by side in the
// feature table, hot imports bound locally (see tag.ts), and spans read from BILOU indices
// (tagEntitySpans) instead of BIO strings.
// Third rework (2026-12, bit-identical output): Viterbi skips an opener's 9-way scan when one
// closed predecessor is ahead by more than the opener's transition spread (viterbi.ts); the
// word-pair id caches are gone (they cost more in memory traffic than they saved); the word slab
// is made at its cap at once; (O, O, O) stage-1 tag context is folded into the word rows; a
// token's slot is found in a flat hash table (tokenSlots.ts).
// Fourth rework (2026-12, bit-identical output): both stages' integer scores of a token and tag
// are one double (packedScores.ts), so the 5 word rows are 17 float adds per row, not 34 int32
// adds with overflow checks, and a feature's weights of both stages for a tag are one entry
// (decodingRows.ts: 293k entries instead of 432k, each with its tag in one double), which a
// feature's hash finds directly (no feature index in between); made once, shared with workers.

import { decodeModel } from './model-format.ts';
import type { NerModel } from './model.ts';
import * as tags from './tags.ts';
import { type Span, bioFromBilou, spansFromIob } from './tags.ts';
import { prepareTagging, tagDocumentBilou, type TaggingMemo } from './tag.ts';
import { modelFromShared, shareModel, type SharedNerModel } from './sharedModel.ts';

export type { NerModel } from './model.ts';
export type { Span } from './tags.ts';
export { encodeModel, decodeModel } from './model-format.ts';
export { trainNer, type TrainDoc, type TrainOptions } from './trainer.ts';
export { spansFromIob } from './tags.ts';
export { TaggingMemo } from './tag.ts';

/** Decodes a model file (gzip'd or raw), ready to tag. */
export function loadNerModel(bytes: Uint8Array): NerModel {
  const model = decodeModel(bytes);
  prepareTagging(model);
  return model;
}

export type { SharedNerModel } from './sharedModel.ts';

/** Decodes a model file into shared memory, for this thread and any worker it hands the result to (loadSharedNerModel). */
export function decodeSharedNerModel(bytes: Uint8Array): SharedNerModel {
  return shareModel(decodeModel(bytes));
}

/** A model over arrays another thread decoded (decodeSharedNerModel), ready to tag: nothing is decoded or copied. */
export function loadSharedNerModel(shared: SharedNerModel): NerModel {
  const model = modelFromShared(shared);
  prepareTagging(model, shared.decodingRows);
  return model;
}

/** Returns a getter that decodes the model on first use only. */
export function lazyNerModel(readBytes: () => Uint8Array): () => NerModel {
  let model: NerModel | null = null;
  return () => (model ??= decodeModel(readBytes()));
}

/**
 * Tags one document, given as sentences of tokens (CoNLL-style tokenization, e.g. from
 * core/text/tokenize.ts). Returns one BIO tag per token: 'B-PER', 'I-PER', 'O', ...
 */
export function tagTokens(model: NerModel, sentences: string[][]): string[][] {
  const flat = tagDocumentBilou(model, sentences);
  const out: string[][] = [];
  let k = 0;
  for (const s of sentences) {
    out.push(bioFromBilou(flat.subarray(k, k + s.length)));
    k += s.length;
  }
  return out;
}

/** Entity spans per sentence (token indices, end exclusive). */
export function tagSpans(model: NerModel, sentences: string[][]): Span[][] {
  return tagTokens(model, sentences).map(spansFromIob);
}

/**
 * Entity spans of one document as token ranges over its sentences concatenated (`first`, `end`
 * exclusive): exactly the spans of tagTokens' BIO tags within each sentence (a B- tag opens a
 * span, an I- tag of the open span's type continues it), read straight from the BILOU indices.
 * A memo kept from tagging the previous version of the same document saves the sentences that
 * did not change (tag.ts); the answer is the same with or without it.
 */
// (tags read through local bindings: see the note in tag.ts)
const { ENTITY_TYPES, POS_I, POS_L, tagPos, tagType } = tags;

export function tagEntitySpans(model: NerModel, sentences: string[][], memo?: TaggingMemo): EntitySpan[] {
  const tags = tagDocumentBilou(model, sentences, memo);
  const spans: EntitySpan[] = [];
  let k = 0;
  for (const s of sentences) {
    const end = k + s.length;
    let open: EntitySpan | null = null;
    for (; k < end; k++) {
      const t = tags[k];
      if (t === 0) {
        open = null;
        continue;
      }
      const type = ENTITY_TYPES[tagType(t)];
      const p = tagPos(t);
      const continues = p === POS_I || p === POS_L; // BIO "I-"
      if (open !== null && continues && open.type === type) open.end = k + 1;
      else spans.push((open = { first: k, end: k + 1, type }));
    }
  }
  return spans;
}

export interface EntitySpan {
  /** First token, counted over all sentences. */
  first: number;
  /** One past the last token. */
  end: number;
  type: (typeof ENTITY_TYPES)[number];
}
