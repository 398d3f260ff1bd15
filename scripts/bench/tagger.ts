// The tagger alone on real text: every article of a folder (default ../shared/data/duc2006)
// tokenized and split as the analysis does, then tagged as the analysis tags (tagEntitySpans),
// in one process. Prints tokens per CPU-second of the tagging (first pass: the word and pair
// caches start cold, as in a CLI run; later passes: warm) and a digest of every span, so that a
// change to the decoder can be shown to change no output.
//
//   node --import tsx scripts/bench/tagger.ts [folder] [--passes 2] [--model path] [--shared]
//
// --shared: the model decoded into shared memory, as the CLI and the server load it.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { decodeSharedNerModel, loadNerModel, loadSharedNerModel, tagEntitySpans } from '../../server/src/core/entities/tagger/index.ts';
import { sentences, tokenize } from '../../server/src/core/text/tokenize.ts';

const REPO = path.join(__dirname, '../..');

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...textFiles(p));
    else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const folder = argv.find((a, i) => !a.startsWith('--') && !(i > 0 && argv[i - 1]!.startsWith('--'))) ?? path.join(REPO, '../shared/data/duc2006');
  const passes = Number(opt('passes') ?? 2);
  const t0 = process.cpuUsage();
  const bytes = readFileSync(opt('model') ?? path.join(REPO, 'server/models/ner-conll.bin'));
  const model = argv.includes('--shared') ? loadSharedNerModel(decodeSharedNerModel(bytes)) : loadNerModel(bytes);
  const loadUs = process.cpuUsage(t0);
  const docs = textFiles(folder).map((f) => {
    const text = readFileSync(f, 'utf8');
    const tokens = tokenize(text);
    return sentences(text, tokens).map((s) => tokens.slice(s.firstToken, s.endToken).map((t) => t.text));
  });
  let tokens = 0;
  for (const d of docs) for (const s of d) tokens += s.length;
  console.log(`${docs.length} articles, ${tokens} tokens; model decoded in ${((loadUs.user + loadUs.system) / 1000).toFixed(0)} ms CPU`);
  for (let p = 0; p < passes; p++) {
    const digest = createHash('sha256');
    const c = process.cpuUsage();
    const w = performance.now();
    let spans = 0;
    for (const d of docs) {
      const found = tagEntitySpans(model, d);
      spans += found.length;
      for (const s of found) digest.update(`${s.first},${s.end},${s.type};`);
      digest.update('|');
    }
    const u = process.cpuUsage(c);
    const cpu = (u.user + u.system) / 1e6;
    const wall = (performance.now() - w) / 1000;
    console.log(`pass ${p + 1}: ${cpu.toFixed(2)} s CPU, ${wall.toFixed(2)} s wall, ${Math.round(tokens / cpu)} tokens/CPU-s; ${spans} spans, digest ${digest.digest('hex').slice(0, 16)}`);
  }
}

main();
