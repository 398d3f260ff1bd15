// The tagger's names of an article packed for the trip from a worker thread that only tags
// (parallelAnalysis.ts) to the thread that analyzes it: three numbers a name, in one typed array
// that is moved, not copied. The article's tokens go the other way, two numbers each: the thread
// that analyzes makes them anyway, and the worker, the busier, takes their text from the article.

import type { TaggedSpan } from '../core/entities/tagger.ts';
import type { Token } from '../core/text/tokenize.ts';

const LABELS: ReadonlyArray<TaggedSpan['label']> = ['PER', 'LOC', 'ORG', 'MISC'];

export function packSpans(spans: readonly TaggedSpan[]): Int32Array {
  const packed = new Int32Array(spans.length * 3);
  spans.forEach((s, i) => {
    packed[3 * i] = s.start;
    packed[3 * i + 1] = s.end;
    packed[3 * i + 2] = LABELS.indexOf(s.label);
  });
  return packed;
}

export function unpackSpans(packed: Int32Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  for (let i = 0; i < packed.length; i += 3) spans.push({ start: packed[i]!, end: packed[i + 1]!, label: LABELS[packed[i + 2]!]! });
  return spans;
}

export function packTokens(tokens: readonly Token[]): Int32Array {
  const packed = new Int32Array(tokens.length * 2);
  for (let i = 0; i < tokens.length; i++) {
    packed[2 * i] = tokens[i]!.start;
    packed[2 * i + 1] = tokens[i]!.end;
  }
  return packed;
}

/** The tokens of `text` packed by packTokens (a token is the text between its offsets). */
export function unpackTokens(text: string, packed: Int32Array): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < packed.length; i += 2) tokens.push({ text: text.slice(packed[i]!, packed[i + 1]!), start: packed[i]!, end: packed[i + 1]! });
  return tokens;
}
