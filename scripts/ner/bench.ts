// Throughput benchmark: tags eng.testa+eng.testb PASSES times; reports tokens per CPU-second and per wall second.
//   node --import tsx scripts/ner/bench.ts   (NER_MODEL, PASSES override)
import { readFileSync } from 'node:fs';
import { loadNerModel, tagTokens } from '../../server/src/core/entities/tagger/index.ts';
import { readConll } from './conll.ts';
const model = loadNerModel(readFileSync(process.env.NER_MODEL ?? new URL('../../server/models/ner-conll.bin', import.meta.url)));
const docs = [...readConll('eng.testa'), ...readConll('eng.testb')];
let tokens = 0; for (const d of docs) for (const s of d.sentences) tokens += s.length;
const passes = Number(process.env.PASSES ?? 10);
const res: number[] = []; const wall: number[] = [];
let chk = 0;
for (let r = 0; r < passes; r++) {
  const c = process.cpuUsage(); const t = performance.now();
  for (const d of docs) { const o = tagTokens(model, d.sentences); chk += o.length; }
  const u = process.cpuUsage(c);
  wall.push(tokens / ((performance.now() - t) / 1000));
  res.push(tokens / ((u.user + u.system) / 1e6));
}
res.sort((a,b)=>a-b); wall.sort((a,b)=>a-b);
console.log(`cpu tok/s median ${Math.round(res[res.length>>1])} max ${Math.round(res[res.length-1])}; wall median ${Math.round(wall[wall.length>>1])} max ${Math.round(wall[wall.length-1])}`);
