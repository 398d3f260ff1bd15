// The tagger's names as character spans over an article's tokens, before any precision rule
// (taggerFilters.ts). Apart from the rest of the recognizer so that a thread that only tags
// (host/taggingWorker.ts) loads this, the tokenizer and the tagger, not the whole analysis.

import { tokenize, sentences, type Token, type Sentence } from '../text/tokenize.ts';
import type { EntityTagger, TaggedSpan, TaggerMemo, TokenSpan } from './tagger.ts';
import { mapPacked } from '../text/packed.ts';
import { ENTITY_TYPES } from './tagger/tags.ts';

const LABELS = new Set<string>(ENTITY_TYPES);

/** The texts of a sentence's tokens, packed (mapPacked), without a copy of its tokens first. */
function wordsOf(tokens: readonly Token[], s: Sentence): string[] {
  const out: string[] = [];
  for (let k = s.firstToken; k < s.endToken; k++) out.push(tokens[k]!.text);
  return out;
}

/** Turns the tagger's per-token tags into character spans. */
export function taggedSpans(tokens: readonly Token[], sents: readonly Sentence[], tagger: EntityTagger, memo?: TaggerMemo): TaggedSpan[] {
  const words = mapPacked(sents, (s) => wordsOf(tokens, s));
  if (tagger.tagEntities) return spansFromTokenRanges(tokens, sents, tagger.tagEntities(words, memo));
  const tags = tagger.tagDocument(words);
  const spans: TaggedSpan[] = [];
  sents.forEach((s, si) => {
    let open: TaggedSpan | undefined;
    const sentTags = tags[si] ?? [];
    for (let k = 0; k < s.endToken - s.firstToken; k++) {
      const tok = tokens[s.firstToken + k]!;
      const tag = sentTags[k] ?? 'O';
      const [bio, label] = tag.split('-') as [string, TaggedSpan['label'] | undefined];
      if (tag === 'O' || !label || !LABELS.has(label)) {
        if (open) spans.push(open);
        open = undefined;
        continue;
      }
      if (open && bio === 'I' && open.label === label) {
        open.end = tok.end;
      } else {
        if (open) spans.push(open);
        open = { start: tok.start, end: tok.end, label };
      }
    }
    if (open) spans.push(open);
  });
  return spans;
}

/** Character spans of token ranges counted over the sentences' tokens concatenated (ranges in order). */
function spansFromTokenRanges(tokens: readonly Token[], sents: readonly Sentence[], ranges: readonly TokenSpan[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let si = 0;
  let sentFirst = 0; // flat index of sents[si]'s first token
  for (const r of ranges) {
    while (r.first >= sentFirst + (sents[si]!.endToken - sents[si]!.firstToken)) {
      sentFirst += sents[si]!.endToken - sents[si]!.firstToken;
      si++;
    }
    const offset = sents[si]!.firstToken - sentFirst; // flat index -> index into tokens
    spans.push({ start: tokens[r.first + offset]!.start, end: tokens[r.end - 1 + offset]!.end, label: r.label });
  }
  return spans;
}

/**
 * The tagger's names in an article's prose (its format already read) as the tagger gives them:
 * for a thread that tags articles another one analyzes, handing them over as `taggedElsewhere`.
 * The precision rules (filterTaggedSpans) are left to the analyzing thread, which has the tokens
 * anyway: the tagging thread is the busier of the two.
 */
export function taggerSpansOfProse(text: string, tagger: EntityTagger): TaggedSpan[] {
  const tokens = tokenize(text);
  return taggedSpans(tokens, sentences(text, tokens), tagger);
}
