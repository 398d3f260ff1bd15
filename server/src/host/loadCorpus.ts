// Builds a Workspace from paths on disk, as the CLI and benchmarks need: folders are walked
// for articles and cards; a file given by name is an article, and the nearest `entities/`
// folder above it supplies the cards.

import { promises as fs } from 'node:fs';
import * as nodePath from 'node:path';
import { Workspace, type WorkspaceOptions } from '../core/workspace/workspace.ts';
import { metadataPathFor } from '../core/knowledge/articleMetadata.ts';
import { applyRead } from '../core/workspace/fileRead.ts';
import { findWorkspaceFile, withWorkspaceFile } from './workspaceFile.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_PATTERNS, findCorpusFiles, readTextFileSync, fileFinding, type CorpusPatterns } from './files.ts';

export interface LoadOptions extends WorkspaceOptions {
  patterns?: CorpusPatterns;
  maxBytes?: number;
  /** Extra folders of cards. */
  cardFolders?: string[];
  /** Called once the cards and metadata are read, before the articles, with how many there are. */
  beforeArticles?: (ws: Workspace, articles: number) => void;
}

export async function loadCorpus(paths: string[], options: LoadOptions = {}): Promise<Workspace> {
  const ws = new Workspace(options);
  const patterns = options.patterns ?? DEFAULT_PATTERNS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const articles = new Set<string>();
  const cards = new Set<string>();
  const metadata = new Set<string>();
  const cardRoots = new Set<string>(options.cardFolders ?? []);

  for (const given of paths) {
    let st;
    try {
      st = await fs.stat(given);
    } catch {
      ws.setFileProblem(given, fileFinding(given, 'file-not-found', 'no such file or folder', 'error'));
      continue;
    }
    if (st.isDirectory()) {
      // A `.dateline.yaml` in the folder or above it says where its articles and cards are: the
      // folder it is in is walked with those globs, and the articles under `given` are kept.
      const file = options.patterns ? undefined : findWorkspaceFile(given);
      const root = file ? nodePath.dirname(file.path) : given;
      const found = await findCorpusFiles(root, withWorkspaceFile(patterns, file));
      const under = (p: string) => root === given || !nodePath.relative(given, p).startsWith('..');
      found.articles.filter(under).forEach((p) => articles.add(p));
      found.cards.forEach((p) => cards.add(p));
      found.metadata.filter(under).forEach((p) => metadata.add(p));
      for (const problem of found.problems) ws.setFileProblem(problem.path, problem);
    } else {
      articles.add(given);
      metadata.add(metadataPathFor(given));
      const entities = await nearestEntitiesFolder(nodePath.dirname(given));
      if (entities) cardRoots.add(entities);
    }
  }
  for (const root of cardRoots) {
    const found = await findCorpusFiles(root, { ...patterns, cards: ['**/*.md'], articles: [] });
    found.cards.forEach((p) => cards.add(p));
  }

  // Read one after another, blocking: nothing else is waiting, and a round trip through the
  // thread pool per file cost more than the read (10,000 articles: 1.5 s async, 0.4 s so).
  for (const path of cards) applyRead(ws, path, 'card', readTextFileSync(path, maxBytes));
  for (const path of metadata) applyRead(ws, path, 'metadata', readTextFileSync(path, maxBytes));
  options.beforeArticles?.(ws, articles.size);
  for (const path of articles) applyRead(ws, path, 'article', readTextFileSync(path, maxBytes));
  return ws;
}

async function nearestEntitiesFolder(dir: string): Promise<string | undefined> {
  let current = nodePath.resolve(dir);
  for (let depth = 0; depth < 4; depth++) {
    const candidate = nodePath.join(current, 'entities');
    try {
      if ((await fs.stat(candidate)).isDirectory()) return nodePath.relative(process.cwd(), candidate) || candidate;
    } catch {
      // not here; look one level up
    }
    const parent = nodePath.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return undefined;
}
