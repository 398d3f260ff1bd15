// Lists where the product's entities differ from the tagger's on the gold tokens (for error analysis on eng.testa).
//   node --import tsx scripts/ner/productDiff.ts [eng.testa]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNerModel, tagSpans } from '../../server/src/core/entities/tagger/index.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { readConll } from './conll.ts';
import { detokenize } from './product.ts';

const TYPE_LABEL: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG', misc: 'MISC' };

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'eng.testa';
  const model = loadNerModel(readFileSync(resolve(__dirname, '../../server/models/ner-conll.bin')));
  const tagger = (await loadBundledTagger())!;
  const docs = readConll(name);
  const ws = new Workspace({ tagger });
  const detok = docs.map(detokenize);
  detok.forEach((d, i) => ws.setArticle(`/d/${i}.txt`, d.text));
  docs.forEach((doc, i) => {
    const { text, offsets } = detok[i]!;
    const key = (s: number, a: number, b: number, t: string) => `${offsets[s]![a]![0]}:${offsets[s]![b - 1]![1]}:${t}`;
    const gold = new Set<string>();
    const tag = new Set<string>();
    doc.spans.forEach((ss, s) => ss.forEach((x) => gold.add(key(s, x.start, x.end, x.type))));
    tagSpans(model, doc.sentences).forEach((ss, s) => ss.forEach((x) => tag.add(key(s, x.start, x.end, x.type))));
    const prod = new Set(ws.entities(`/d/${i}.txt`).filter((m) => TYPE_LABEL[m.type]).map((m) => `${m.start}:${m.end}:${TYPE_LABEL[m.type]}`));
    const show = (k: string) => {
      const [a, b, t] = k.split(':');
      const ls = text.lastIndexOf('\n', +a!) + 1;
      let le = text.indexOf('\n', +b!);
      if (le < 0) le = text.length;
      return `${t} "${text.slice(+a!, +b!)}"  | ${text.slice(ls, le).slice(0, 140)}`;
    };
    for (const k of tag) if (!prod.has(k) && gold.has(k)) console.log(`LOST   doc ${i}: ${show(k)}`);
    for (const k of prod) if (!tag.has(k) && !gold.has(k)) console.log(`ADDED-WRONG doc ${i}: ${show(k)}`);
    for (const k of prod) if (!tag.has(k) && gold.has(k)) console.log(`GAINED doc ${i}: ${show(k)}`);
    for (const k of tag) if (!prod.has(k) && !gold.has(k)) console.log(`DROPPED-WRONG doc ${i}: ${show(k)}`);
  });
}
void main();
