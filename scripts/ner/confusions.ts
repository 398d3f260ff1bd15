// Error breakdown on the dev set (eng.testa by default; tune on testa only): for each gold span,
// whether the model found it, gave it the wrong type (same boundaries), wrong boundaries or missed
// it; plus spurious predictions.   node --import tsx scripts/ner/confusions.ts [file]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNerModel, tagSpans } from '../../server/src/core/entities/tagger/index.ts';
import { readConll } from './conll.ts';

const model = loadNerModel(readFileSync(process.env.NER_MODEL ?? resolve(__dirname, '../../server/models/ner-conll.bin')));
const counts = new Map<string, number>();
const inc = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
for (const d of readConll(process.argv[2] ?? 'eng.testa')) {
  const pred = tagSpans(model, d.sentences);
  d.spans.forEach((gold, s) => {
    for (const g of gold) {
      const same = pred[s].find((p) => p.start === g.start && p.end === g.end);
      if (same) inc(same.type === g.type ? `ok ${g.type}` : `type ${g.type}->${same.type}`);
      else if (pred[s].some((p) => p.start < g.end && g.start < p.end)) inc(`boundary ${g.type}`);
      else inc(`missed ${g.type}`);
    }
    for (const p of pred[s])
      if (!gold.some((g) => g.start < p.end && p.start < g.end)) inc(`spurious ${p.type}`);
  });
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) if (!k.startsWith('ok')) console.log(String(v).padStart(5), k);
