// Evaluates the shipped model (server/models/ner-conll.bin) on eng.testa (dev) and eng.testb (test):
// conlleval-style exact-span precision/recall/F1 per type, overall, PER/LOC/ORG-only, and tagging speed,
// twice: the tagger alone on the gold tokens, and the product (the documents' text analyzed as a
// folder of articles, tokenizer, sentences, filters and linking included: product.ts).
// eng.testa is for tuning; eng.testb only to report.
//   npm run eval:ner [-- eng.testa]     (DATELINE_DATA overrides the data folder; --no-product skips it)

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadNerModel, tagTokens } from '../../server/src/core/entities/tagger/index.ts';
import { readConll, report } from './conll.ts';
import { evaluate } from './evaluate.ts';
import { evaluateProduct } from './product.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';

const path = process.env.NER_MODEL ?? resolve(__dirname, '../../server/models/ner-conll.bin');
const bytes = readFileSync(path);
const t0 = performance.now();
const model = loadNerModel(bytes);
const loadMs = performance.now() - t0;
const rawSize = gunzipSync(bytes).length;
console.log(`model ${path}: ${bytes.length} bytes gzip (${rawSize} raw), ${model.keys.length} features, loaded in ${loadMs.toFixed(0)} ms`);

const args = process.argv.slice(2);
const withProduct = !args.includes('--no-product');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length ? named : ['eng.testa', 'eng.testb'];
async function main(): Promise<void> {
const productTagger = withProduct ? await loadBundledTagger(path) : undefined;
for (const name of files) {
  const docs = readConll(name);
  const { counts, tokens, ms: coldMs } = evaluate(model, docs); // first pass: also JIT warm-up
  console.log(report(`${name} (${docs.length} documents, ${tokens} tokens): tagger on the gold tokens`, counts));
  if (productTagger) {
    const product = evaluateProduct(productTagger, docs, name);
    console.log(report(`${name}: product (the documents' text analyzed as a folder of articles, no cards)`, product.counts));
    console.log(`  product analysis and linking: ${Math.round(tokens / (product.ms / 1000))} tokens/s wall, ${Math.round(tokens / (product.cpuMs / 1000))} tokens per CPU-second`);
  }
  // Speed: tagging only (tagTokens on every document), 5 warm passes; the machine may be shared,
  // so the median and the best pass are both shown.
  // CPU time (user+system of this process) is shown too: on a busy machine wall time includes
  // time spent waiting for a core.
  const times: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    for (const d of docs) tagTokens(model, d.sentences);
    const used = process.cpuUsage(c);
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const rate = (ms: number) => Math.round(tokens / (ms / 1000));
  console.log(
    `  speed (one thread, wall clock): median ${rate(times[2])} tokens/s, best ${rate(times[0])} tokens/s, first cold pass ${rate(coldMs)} tokens/s`,
  );
  console.log(`  speed (per CPU-second of this process): median ${rate(cpu[2])} tokens/s`);
}
}

void main();
