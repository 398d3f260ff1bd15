// The tagger's names of an article packed for the trip from a worker thread that only tags
// (parallelAnalysis.ts) to the thread that analyzes it: three numbers a name, in one typed array
// that is moved, not copied.

import type { TaggedSpan } from '../core/entities/tagger.ts';

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
