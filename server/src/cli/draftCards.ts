// `dateline cards draft`: cards for the most mentioned names without one, printed, or written
// into a folder that holds no card yet (so that nothing the user wrote is ever overwritten).

import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { WorkspaceQueries } from '../core/workspace/workspace.ts';
import { draftStoryCards } from '../core/present/draftCards.ts';
import { CARD_FOLDERS } from '../core/present/newCard.ts';
import type { CliArgs } from './args.ts';

export function draftCardsCommand(ws: WorkspaceQueries, args: CliArgs): number {
  const drafts = draftStoryCards(ws, { limit: args.limit });
  const files = drafts.map((d) => ({ rel: nodePath.join(CARD_FOLDERS[d.type], `${d.id}.md`), draft: d }));
  if (args.write === undefined) {
    for (const { rel, draft } of files) process.stdout.write(`==> ${rel} <== (${draft.mentions} mentions in ${draft.articles.length} articles)\n${draft.text}\n`);
    process.stderr.write(`${files.length} cards drafted; --write DIR writes them\n`);
    return 0;
  }
  const dir = args.write;
  if (existsSync(dir) && (!statSync(dir).isDirectory() || hasCards(dir))) {
    process.stderr.write(`dateline: ${dir} already holds cards (or is not a folder); give a new or empty folder\n`);
    return 2;
  }
  for (const { rel, draft } of files) {
    const path = nodePath.join(dir, rel);
    mkdirSync(nodePath.dirname(path), { recursive: true });
    writeFileSync(path, draft.text, { flag: 'wx' });
  }
  process.stderr.write(`${files.length} cards written to ${dir}\n`);
  return 0;
}

function hasCards(dir: string): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) return true;
    if (entry.isDirectory() && hasCards(nodePath.join(dir, entry.name))) return true;
  }
  return false;
}
