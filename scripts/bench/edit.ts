// Where an edit's time goes, in process: re-analysis of the edited article, the index update
// (short forms, events, conflicts), and the findings of the articles it changed. Run after
// `npm run bench` has generated the corpora: node --import tsx scripts/bench/edit.ts [size]
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import { loadBundledTagger } from '../../server/src/host/bundledTagger.ts';
(async () => {
  const tagger = await loadBundledTagger();
  const ws = await loadCorpus([require('node:path').join(__dirname, '../../.bench/corpora', process.argv[2] ?? '1000', 'corpus')], { tagger });
  for (const p of ws.reportedPaths()) ws.findings(p);
  ws.takeChangedPaths();
  const p0 = ws.articlePaths()[0]!;
  let text = ws.analysis(p0)!.text;
  const times: number[][] = [];
  for (let i = 0; i < 20; i++) {
    text = text.slice(0, 3000) + ` Pashinyan spoke ${i}. ` + text.slice(3000);
    const t0 = performance.now();
    ws.setArticle(p0, text);
    ws.analysis(p0);
    const t1 = performance.now();
    const changed = ws.takeChangedPaths();
    const t2 = performance.now();
    const n = changed === 'all' ? -1 : changed.size;
    if (changed !== 'all') for (const p of changed) ws.findings(p);
    const t3 = performance.now();
    times.push([t1 - t0, t2 - t1, t3 - t2, n]);
  }
  console.log('analysis ms\tindex ms\tfindings ms\tarticles changed');
  for (const t of times.slice(-5)) console.log(t.map((x) => x.toFixed(1)).join('\t'));
})();
