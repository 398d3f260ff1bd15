// Loads and lints the entity cards in corpus/entities/<kind>/<id>.md (YAML front matter + body).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'yaml';

export type CardType = 'person' | 'place' | 'organization' | 'event';
export interface Card {
  id: string;
  path: string;
  type: CardType;
  name: string;
  aliases: string[];
  demonyms: string[];
  role?: string;
  country?: string;
  date?: string;
  end?: string;
  participants: string[];
  body: string;
}

const DIR_TYPE: Record<string, CardType> = { people: 'person', places: 'place', organizations: 'organization', events: 'event' };
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function loadCards(root: string): { cards: Map<string, Card>; errors: string[] } {
  const cards = new Map<string, Card>();
  const errors: string[] = [];
  for (const dir of readdirSync(root)) {
    const full = join(root, dir);
    if (!statSync(full).isDirectory()) continue;
    const expected = DIR_TYPE[dir];
    if (!expected) { errors.push(`${full}: unknown card folder`); continue; }
    for (const file of readdirSync(full).filter((f) => f.endsWith('.md')).sort()) {
      const path = join(full, file);
      const id = basename(file, '.md');
      const src = readFileSync(path, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src);
      if (!m) { errors.push(`${path}: no front matter`); continue; }
      let fm: Record<string, unknown>;
      try { fm = parse(m[1]!) as Record<string, unknown>; } catch (e) { errors.push(`${path}: ${(e as Error).message}`); continue; }
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) errors.push(`${path}: bad id`);
      if (fm.type !== expected) errors.push(`${path}: type ${String(fm.type)} in ${dir}/`);
      if (typeof fm.name !== 'string' || !fm.name) errors.push(`${path}: missing name`);
      const strList = (k: string): string[] => {
        const v = fm[k];
        if (v === undefined || v === null) return [];
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) { errors.push(`${path}: ${k} must be a list of strings`); return []; }
        return v as string[];
      };
      const card: Card = {
        id, path, type: expected, name: String(fm.name ?? ''),
        aliases: strList('aliases'), demonyms: strList('demonyms'), participants: strList('participants'),
        role: fm.role as string | undefined, country: fm.country as string | undefined,
        date: fm.date === undefined ? undefined : String(fm.date), end: fm.end === undefined ? undefined : String(fm.end),
        body: m[2]!.trim(),
      };
      if ((expected === 'person' || expected === 'organization') && !card.role) errors.push(`${path}: missing role`);
      if (expected === 'event' && !(card.date && ISO.test(card.date))) errors.push(`${path}: event needs ISO date`);
      if (card.end && !ISO.test(card.end)) errors.push(`${path}: bad end`);
      if (!card.body) errors.push(`${path}: empty body`);
      const dup = card.aliases.filter((a, i) => card.aliases.indexOf(a) !== i || a === card.name);
      if (dup.length) errors.push(`${path}: duplicate aliases ${dup.join(', ')}`);
      cards.set(id, card);
    }
  }
  for (const c of cards.values()) {
    if (c.country && cards.get(c.country)?.type !== 'place') errors.push(`${c.path}: country ${c.country} is not a place card`);
    for (const p of c.participants) if (!cards.has(p)) errors.push(`${c.path}: participant ${p} has no card`);
  }
  return { cards, errors };
}

/** Surface forms (name, aliases, demonyms; case-folded, ’ → ') claimed by more than one card. */
export function aliasCollisions(cards: Map<string, Card>): string[] {
  const owners = new Map<string, Set<string>>();
  for (const c of cards.values()) {
    for (const f of [c.name, ...c.aliases, ...c.demonyms]) {
      const k = f.replace(/’/g, "'").toLowerCase();
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(c.id);
    }
  }
  return [...owners].filter(([, s]) => s.size > 1).map(([k, s]) => `${k}: ${[...s].join(', ')}`);
}
