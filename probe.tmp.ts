import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseTml } from './scripts/dates/eval.ts';
const docs: any[] = [];
const walk = (d: string) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); if (statSync(p).isDirectory()) { if (f !== 'TE3-platinum-test-input') walk(p); } else if (f.endsWith('.tml')) docs.push(parseTml(f, readFileSync(p, 'utf8'))); } };
walk('/work/shared/data/timebank');
const re = new RegExp(process.argv[2]!, 'g');
for (const doc of docs) for (const m of doc.text.matchAll(re)) {
  const g = doc.gold.filter((g: any) => g.start < m.index! + m[0].length && m.index! < g.end).map((g: any) => `${g.type}:[${g.text}]=${g.value}`);
  console.log(doc.name, JSON.stringify(m[0]), 'gold', g.join(' '));
}
