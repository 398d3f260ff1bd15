// Rebuilds server/models/ner-conll.bin from CoNLL-2003 eng.train (deterministic: fixed shuffle seed).
// Hyperparameters were chosen on eng.testa only. Set NER_DEV=1 to print testa scores per epoch.
//   npm run train:ner            (DATELINE_DATA overrides the data folder)

import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeModel, trainNer, type NerModel } from '../../server/src/core/entities/tagger/index.ts';
import { buildClusters } from '../../server/src/core/entities/tagger/clusters.ts';
import { wordInfo } from '../../server/src/core/entities/tagger/word.ts';
import { prf, readConll, sumPrf } from './conll.ts';
import { evaluate } from './evaluate.ts';

const num = (name: string, dflt: number) => (process.env[name] ? Number(process.env[name]) : dflt);

const options = {
  epochs1: num('NER_EPOCHS1', 8),
  epochs2: num('NER_EPOCHS2', 7),
  stackFolds: num('NER_STACK_FOLDS', 5),
  gazFolds: num('NER_GAZ_FOLDS', 10),
  pruneThreshold: num('NER_PRUNE', 0.05),
  seed: 20030531,
};

const t0 = Date.now();
const train = readConll('eng.train');
// Word clusters from the raw tokens of eng.train + eng.testa (never eng.testb); NER_CLUSTERS=0 disables.
const clusters = num('NER_CLUSTERS', 1)
  ? buildClusters(
      [...train, ...readConll('eng.testa')].flatMap((d) => d.sentences.map((s) => s.map((w) => wordInfo(w).low))),
      { minFreq: num('NER_CLU_MINFREQ', 2), contextWords: num('NER_CLU_CONTEXT', 500) },
    )
  : null;
console.log(`clusters: ${clusters ? clusters.keys.length : 0} words (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const dev = process.env.NER_DEV ? readConll('eng.testa') : [];
const devReport = (label: string) => (epoch: number, model: NerModel) => {
  const { counts } = evaluate(model, dev);
  const all = prf(sumPrf(counts, ['PER', 'LOC', 'ORG', 'MISC'])).f;
  const plo = prf(sumPrf(counts, ['PER', 'LOC', 'ORG'])).f;
  console.log(`  [testa] ${label} epoch ${epoch}: F1 all ${all.toFixed(2)}  PER/LOC/ORG ${plo.toFixed(2)}  features ${model.keys.length}`);
};
const model = trainNer(
  train.map((d) => ({ sentences: d.sentences, spans: d.spans })),
  {
    ...options,
    clusters,
    log: (m) => console.log(m),
    onStage1Epoch: process.env.NER_DEV ? devReport('stage 1') : undefined,
    onStage2Epoch: process.env.NER_DEV ? devReport('stage 2') : undefined,
  },
);
const bytes = encodeModel(model);
// Written to a temporary file first and renamed, so the model file is never half-written.
const out = resolve(process.env.NER_OUT ?? resolve(__dirname, '../../server/models/ner-conll.bin'));
writeFileSync(out + '.tmp', bytes);
renameSync(out + '.tmp', out);
console.log(`wrote ${out}: ${bytes.length} bytes, ${model.keys.length} features, trained in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
