// Scores a model on a CoNLL file; shared by train.ts (dev monitoring on testa) and eval.ts.

import type { NerModel } from '../../server/src/core/entities/tagger/index.ts';
import { tagSpans } from '../../server/src/core/entities/tagger/index.ts';
import { type ConllDoc, type Prf, score } from './conll.ts';

export function evaluate(model: NerModel, docs: ConllDoc[]): { counts: Map<string, Prf>; tokens: number; ms: number } {
  const counts = new Map<string, Prf>();
  let tokens = 0;
  const t0 = performance.now();
  const preds = docs.map((d) => tagSpans(model, d.sentences));
  const ms = performance.now() - t0;
  docs.forEach((d, i) => {
    score(d.spans, preds[i], counts);
    for (const s of d.sentences) tokens += s.length;
  });
  return { counts, tokens, ms };
}
