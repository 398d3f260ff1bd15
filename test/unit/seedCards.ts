// A workspace with the seed corpus's cards and one article of a test's own, dated by a sidecar.

import { Workspace } from '../../server/src/core/workspace/workspace.ts';

/** A workspace with the seed corpus's cards and one article. */
export function withSeedCards(seed: Workspace, text: string, published = '2021-11-16', extraCards: Record<string, string> = {}): { ws: Workspace; path: string } {
  const ws = new Workspace();
  for (const [p] of seed.parsedCards()) ws.setCard(p, seed.cardText(p)!);
  for (const [p, text] of Object.entries(extraCards)) ws.setCard(p, text);
  const p = '/story/a.txt';
  ws.setArticle(p, text);
  ws.setMetadata('/story/a.meta.yaml', `published: ${published}\n`);
  return { ws, path: p };
}

