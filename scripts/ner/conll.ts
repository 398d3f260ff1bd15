// Reading CoNLL-2003 files (token POS chunk tag, IOB1) into documents, and conlleval-style scoring.
// Only the token and tag columns are used.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Span, spansFromIob } from '../../server/src/core/entities/tagger/tags.ts';

export interface ConllDoc {
  sentences: string[][];
  tags: string[][];
  spans: Span[][];
}

export function dataDir(): string {
  return process.env.DATELINE_DATA
    ? resolve(process.env.DATELINE_DATA)
    : resolve(__dirname, '../../../shared/data/conll2003');
}

/** Documents are separated by -DOCSTART- lines (in these files the first one stands at the end). */
export function readConll(name: string): ConllDoc[] {
  const text = readFileSync(join(dataDir(), name), 'utf8');
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [], tags: [], spans: [] };
  let sent: string[] = [];
  let tags: string[] = [];
  const endSentence = () => {
    if (sent.length > 0) {
      doc.sentences.push(sent);
      doc.tags.push(tags);
      doc.spans.push(spansFromIob(tags));
    }
    sent = [];
    tags = [];
  };
  const endDoc = () => {
    endSentence();
    if (doc.sentences.length > 0) docs.push(doc);
    doc = { sentences: [], tags: [], spans: [] };
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') endDoc();
    else if (cols.length < 4) endSentence();
    else {
      sent.push(cols[0]);
      tags.push(cols[3]);
    }
  }
  endDoc();
  return docs;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

export function score(gold: Span[][], pred: Span[][], counts: Map<string, Prf>): void {
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (let s = 0; s < gold.length; s++) {
    const key = (x: Span) => `${x.start}:${x.end}:${x.type}`;
    const g = new Set(gold[s].map(key));
    const p = new Set(pred[s].map(key));
    for (const x of pred[s]) {
      const c = get(x.type);
      if (g.has(key(x))) c.tp++;
      else c.fp++;
    }
    for (const x of gold[s]) if (!p.has(key(x))) get(x.type).fn++;
  }
}

export function prf(c: Prf) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: 100 * p, r: 100 * r, f: 100 * f };
}

export function sumPrf(counts: Map<string, Prf>, types: string[]): Prf {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const t of types) {
    const c = counts.get(t);
    if (!c) continue;
    out.tp += c.tp;
    out.fp += c.fp;
    out.fn += c.fn;
  }
  return out;
}

export function report(label: string, counts: Map<string, Prf>): string {
  const lines = [`${label}`];
  const row = (name: string, c: Prf) => {
    const { p, r, f } = prf(c);
    lines.push(
      `  ${name.padEnd(14)} precision ${p.toFixed(2).padStart(6)}  recall ${r.toFixed(2).padStart(6)}  F1 ${f.toFixed(2).padStart(6)}  (gold ${c.tp + c.fn}, predicted ${c.tp + c.fp})`,
    );
  };
  for (const t of ['PER', 'LOC', 'ORG', 'MISC']) row(t, counts.get(t) ?? { tp: 0, fp: 0, fn: 0 });
  row('overall', sumPrf(counts, ['PER', 'LOC', 'ORG', 'MISC']));
  row('PER/LOC/ORG', sumPrf(counts, ['PER', 'LOC', 'ORG']));
  return lines.join('\n');
}
