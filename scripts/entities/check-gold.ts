// Verifies the committed gold files against the corpus and the cards:
//   node --import tsx scripts/entities/check-gold.ts
// - every card parses and passes the lint in cards.ts; surface forms shared by two cards are listed;
// - every gold span (entities and dates) slices to its `text`, spans are sorted and do not overlap;
// - every entity id exists as a card of the right type (misc → a place card), every date `event` is
//   an event card; the JSON files match their readable sources (make-gold --check is run too).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadCards, aliasCollisions } from './cards.ts';

const ROOT = join(__dirname, '..', '..');
const { cards, errors } = loadCards(join(ROOT, 'corpus', 'entities'));
const TYPES: Record<string, string> = { person: 'person', place: 'place', organization: 'organization', misc: 'place' };

interface Span { start: number; end: number; text: string; type?: string; id?: string; value?: string | null; event?: string }
const counts: Record<string, Record<string, number>> = {};
for (const kind of ['entities', 'dates'] as const) {
  const dir = join(ROOT, 'test', 'gold', kind);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { document: string; mentions: Span[] };
    const raw = readFileSync(join(ROOT, gold.document));
    if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) errors.push(`${gold.document}: has a BOM`);
    const doc = raw.toString('utf8');
    let prevEnd = -1;
    for (const m of gold.mentions) {
      const where = `${kind}/${f}@${m.start}`;
      if (doc.slice(m.start, m.end) !== m.text) errors.push(`${where}: slice ${JSON.stringify(doc.slice(m.start, m.end))} != ${JSON.stringify(m.text)}`);
      if (m.start < prevEnd) errors.push(`${where}: overlaps or out of order`);
      prevEnd = m.end;
      if (m.text !== m.text.trim() || m.text === '') errors.push(`${where}: untrimmed/empty span`);
      if (kind === 'entities') {
        const want = TYPES[m.type ?? ''];
        const card = cards.get(m.id ?? '');
        if (!want) errors.push(`${where}: bad type ${m.type}`);
        else if (!card) errors.push(`${where}: no card ${m.id}`);
        else if (card.type !== want) errors.push(`${where}: ${m.id} is ${card.type}, mention is ${m.type}`);
        const c = (counts[f] ??= {});
        c[m.type!] = (c[m.type!] ?? 0) + 1;
      } else if (m.event !== undefined && cards.get(m.event)?.type !== 'event') {
        errors.push(`${where}: no event card ${m.event}`);
      }
    }
    if (kind === 'dates') (counts[f] ??= {}).dates = gold.mentions.length;
  }
}
try {
  execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'make-gold.ts'), '--check'], { stdio: 'pipe' });
} catch (e) {
  errors.push(`make-gold --check failed:\n${String((e as { stderr?: Buffer }).stderr ?? e)}`);
}
const byType: Record<string, number> = {};
for (const c of cards.values()) byType[c.type] = (byType[c.type] ?? 0) + 1;
console.log('cards:', JSON.stringify(byType));
for (const [f, c] of Object.entries(counts)) console.log(f.padEnd(56), JSON.stringify(c));
const coll = aliasCollisions(cards);
if (coll.length) console.log(`surface forms shared by several cards (ambiguous, resolved by context):\n  ${coll.join('\n  ')}`);
for (const e of errors) console.error('ERROR', e);
if (errors.length) process.exit(1);
console.log('gold OK');
