// `npm run eval:entities`: recognition and linking on the five corpus articles, against the
// annotations in test/gold/entities/. Prints precision, recall and F1 of typed mentions, per
// type, the linking accuracy, every false link, and (with --errors) every miss.
// `--story <D06..>` scores stories without cards instead (story.ts).

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { scoreEntities, type ScoredMention, type PRF } from './score.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
import { runStoryEval } from './story.ts';

const repo = path.join(__dirname, '../..');
const goldDir = path.join(repo, 'test/gold/entities');

export async function evaluateCorpus(options: { tagger: boolean }) {
  const tagger = options.tagger ? await loadBundledTagger() : undefined;
  const ws = await loadCorpus([path.join(repo, 'corpus')], { tagger });
  const documents = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { document: string; mentions: ScoredMention[] };
      const predicted = ws.entities(path.join(repo, gold.document));
      return { document: gold.document, gold: gold.mentions, predicted };
    });
  return scoreEntities(documents);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (label: string, s: PRF) =>
  `${label.padEnd(14)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

async function main(): Promise<void> {
  const stories = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--story' ? [a] : []));
  if (stories.length > 0) return runStoryEval(stories, process.argv.includes('--errors'), process.argv.includes('--drafted'));
  const withTagger = !process.argv.includes('--no-tagger');
  const scores = await evaluateCorpus({ tagger: withTagger });
  console.log(`Entity recognition on corpus/ against test/gold/entities (${withTagger ? 'cards + tagger' : 'cards only'})`);
  console.log(row('typed mentions', scores.typed));
  console.log(row('spans only', scores.untyped));
  for (const [type, s] of Object.entries(scores.byType)) console.log(row(`  ${type}`, s));
  console.log(`linking        ${scores.linking.correct}/${scores.linking.matched} right ids (${pct(scores.linking.accuracy)}), ${scores.linking.falseLinks.length} false links`);
  for (const f of scores.linking.falseLinks) console.log(`  false link: ${f.document}@${f.start} "${f.text}" -> ${f.predicted}, gold ${f.gold}`);
  if (process.argv.includes('--errors')) for (const m of scores.misses) console.log(`  ${m.kind.padEnd(10)} ${m.document}@${m.start} "${m.text}" (${m.detail})`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) void main();
