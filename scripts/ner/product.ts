// The product's path on CoNLL-2003: each document's tokens are written back as plain text (one
// sentence a line, the headline followed by a blank line, spaces removed where news text has none),
// the whole split is analyzed as one corpus by a Workspace with the shipped tagger and no cards
// (what `dateline analyze --json` does with a folder of those texts), and the entities it reports
// are scored against the gold spans by character offsets. A predicted span that does not start and
// end on the gold tokens' edges matches nothing.

import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import type { Span } from '../../server/src/core/entities/tagger/tags.ts';
import { type ConllDoc, type Prf, score } from './conll.ts';

export interface DetokenizedDoc {
  text: string;
  /** For each sentence, each token's [start, end) in `text`. */
  offsets: Array<Array<[number, number]>>;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

export function detokenize(doc: ConllDoc): DetokenizedDoc {
  let text = '';
  const offsets: Array<Array<[number, number]>> = [];
  doc.sentences.forEach((sent, si) => {
    if (si > 0) text += si === 1 ? '\n\n' : '\n';
    const offs: Array<[number, number]> = [];
    let quoteOpen = false;
    sent.forEach((tok, k) => {
      if (k > 0) {
        const prev = sent[k - 1]!;
        let space = !NO_SPACE_BEFORE.has(tok) && !NO_SPACE_AFTER.has(prev);
        if (tok === '"') space = !quoteOpen; // a closing quote leans on the word before it
        if (prev === '"' && quoteOpen) space = false; // an opening quote on the word after it
        // "1-0" as one token stays as it is; "U.S." followed by "." (sentence end) would read as one
        if (tok === '.' && /\.$/.test(prev)) space = true;
        if (space) text += ' ';
      }
      if (tok === '"') quoteOpen = !quoteOpen;
      offs.push([text.length, text.length + tok.length]);
      text += tok;
    });
    offsets.push(offs);
  });
  return { text, offsets };
}

const TYPE_LABEL: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG', misc: 'MISC' };

/** Scores the product's entities on a CoNLL split, as if the documents were a folder of articles. */
export function evaluateProduct(tagger: EntityTagger, docs: ConllDoc[], name: string): { counts: Map<string, Prf>; ms: number; cpuMs: number } {
  const ws = new Workspace({ tagger });
  const detok = docs.map(detokenize);
  const paths = docs.map((_, i) => `/conll/${name}/${String(i + 1).padStart(4, '0')}.txt`);
  detok.forEach((d, i) => ws.setArticle(paths[i]!, d.text));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  ws.takeChangedPaths(); // analyze and link, as the CLI does before its output
  const predicted = paths.map((p) => ws.entities(p));
  const used = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  const counts = new Map<string, Prf>();
  docs.forEach((doc, i) => {
    const { offsets } = detok[i]!;
    // sentence of each character offset, and token index by start / end offset
    const pred: Span[][] = doc.sentences.map(() => []);
    const sentOf = (offset: number) => offsets.findIndex((o) => o.length > 0 && o[0]![0] <= offset && offset <= o[o.length - 1]![1]);
    for (const m of predicted[i]!) {
      const label = TYPE_LABEL[m.type];
      if (!label) continue;
      const s = sentOf(m.start);
      if (s < 0) continue;
      const first = offsets[s]!.findIndex(([a]) => a === m.start);
      let last = offsets[s]!.findIndex(([, b]) => b === m.end);
      // CoNLL splits a sentence's final period off an abbreviation ("Lear Corp" "."); the text has
      // one period, which the product leaves on the name: the same name
      if (last > 0 && doc.sentences[s]![last] === '.' && offsets[s]![last - 1]![1] === offsets[s]![last]![0]) last--;
      // off the gold token edges: a span no gold span can equal
      if (first < 0 || last < first) pred[s]!.push({ start: -1 - pred[s]!.length, end: -1, type: label });
      else pred[s]!.push({ start: first, end: last + 1, type: label });
    }
    score(doc.spans, pred, counts);
  });
  return { counts, ms, cpuMs: (used.user + used.system) / 1000 };
}
