// Writes the BIO tags the model gives eng.testa + eng.testb (one line per sentence) to stdout;
// used to check that runtime optimizations leave the output bit-identical.
//   node --import tsx scripts/ner/dump.ts > tags.txt   (NER_MODEL overrides the model)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadNerModel, tagTokens } from '../../server/src/core/entities/tagger/index.ts';
import { readConll } from './conll.ts';

const model = loadNerModel(readFileSync(process.env.NER_MODEL ?? resolve(__dirname, '../../server/models/ner-conll.bin')));
const out: string[] = [];
for (const name of ['eng.testa', 'eng.testb'])
  for (const d of readConll(name)) for (const s of tagTokens(model, d.sentences)) out.push(s.join(' '));
process.stdout.write(out.join('\n') + '\n');
