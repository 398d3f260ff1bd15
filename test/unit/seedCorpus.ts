// The seed corpus as the workspace tests read it: its articles and cards from disk, a workspace
// built from them, and what a workspace reports of them, for comparing an incremental state
// with a fresh build.

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';

const corpus = path.join(import.meta.dirname, '../../corpus');

/** The seed corpus's cards (every .md under entities/ but READMEs), as [path, text]. */
export function cards(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.md') && e.name !== 'README.md') out.push([full, readFileSync(full, 'utf8')]);
    }
  };
  walk(path.join(corpus, 'entities'));
  return out;
}

/** The seed corpus's articles, as [path, text]. */
export function articles(): Array<[string, string]> {
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [path.join(corpus, f), readFileSync(path.join(corpus, f), 'utf8')]);
}

/** What the workspace reports per file: its names and its findings. */
export function snapshot(ws: Workspace) {
  return ws.reportedPaths().map((p) => ({ p, entities: ws.entities(p), findings: ws.findings(p) }));
}

/** A workspace given the cards first, then the articles. */
export function buildWorkspace(arts: Array<[string, string]>, cs: Array<[string, string]>, options: ConstructorParameters<typeof Workspace>[0] = {}): Workspace {
  const ws = new Workspace(options);
  for (const [p, t] of cs) ws.setCard(p, t);
  for (const [p, t] of arts) ws.setArticle(p, t);
  return ws;
}
