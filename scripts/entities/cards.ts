// The corpus's cards for the gold scripts, read by the product's own parser and checks
// (KnowledgeBase): a card the server would report as a problem fails the gold check too, and
// no second set of card rules can drift from the product's.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeBase } from '../../server/src/core/knowledge/knowledgeBase.ts';
import type { Card } from '../../server/src/core/knowledge/card.ts';

export type { Card };

/** Every `*.md` card under `root` (recursively), with the problems the product reports in them. */
export function loadCards(root: string): { cards: Map<string, Card>; errors: string[] } {
  const files: Array<{ path: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md') && name.toLowerCase() !== 'readme.md') files.push({ path: full, text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  const kb = KnowledgeBase.build(files);
  const errors = kb.problems.map((p) => `${p.path}@${p.start}: ${p.severity} ${p.code}: ${p.message}`);
  return { cards: new Map(kb.cards), errors };
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
