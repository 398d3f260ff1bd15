// `.dateline.yaml` at the top of a workspace folder: which folders (or globs) hold the articles
// and the cards, for the editor and the CLI alike. It overrides the settings' globs, so that one
// small file written once ("Use this folder for articles") makes any folder work.
//
//   articles: [articles]        # folders or globs, relative to this file's folder
//   cards: articles/entities    # a folder (or globs) of cards
//   exclude: [drafts/**]        # optional

import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { parse } from 'yaml';
import { articleGlobsUnder, cardGlobsUnder, WORKSPACE_FILE } from '../core/workspace/fileKinds.ts';
import type { CorpusPatterns } from './files.ts';

export interface WorkspaceFile {
  path: string;
  /** The globs it sets; the others keep the settings' values. */
  patterns: Partial<CorpusPatterns>;
  /** What in it could not be used, in words (shown in the log). */
  problems: string[];
}

/** Reads `<root>/.dateline.yaml`; undefined when there is none. Never throws. */
export function readWorkspaceFile(root: string): WorkspaceFile | undefined {
  const path = nodePath.join(root, WORKSPACE_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return parseWorkspaceFile(path, text);
}

/** The workspace file of a folder or of the nearest folder above it that has one. */
export function findWorkspaceFile(folder: string): WorkspaceFile | undefined {
  let current = nodePath.resolve(folder);
  for (;;) {
    const file = readWorkspaceFile(current);
    if (file) return { ...file, path: nodePath.join(nodePath.relative(process.cwd(), current) || '.', WORKSPACE_FILE) };
    const parent = nodePath.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

export function parseWorkspaceFile(path: string, text: string): WorkspaceFile {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (err) {
    return { path, patterns: {}, problems: [`not valid YAML: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`] };
  }
  const doc = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  if (raw !== null && raw !== undefined && doc !== raw) problems.push('expected fields such as "articles:" and "cards:"');
  const entries = (key: string): string[] | undefined => {
    const v = doc[key];
    if (v === undefined || v === null) return undefined;
    const list = Array.isArray(v) ? v : [v];
    if (!list.every((x) => typeof x === 'string' && x.trim() !== '')) {
      problems.push(`"${key}" must be a folder or glob, or a list of them`);
      return undefined;
    }
    return list.map((x) => (x as string).trim());
  };
  const isGlob = (s: string) => /[*?{[]/.test(s);
  const articles = entries('articles')?.flatMap((e) => (isGlob(e) ? [e] : articleGlobsUnder(e)));
  const cards = entries('cards')?.flatMap((e) => (isGlob(e) ? [e] : cardGlobsUnder(e)));
  const exclude = entries('exclude');
  const patterns: Partial<CorpusPatterns> = {};
  if (articles) patterns.articles = articles;
  if (cards) patterns.cards = cards;
  if (exclude) patterns.exclude = exclude;
  for (const key of Object.keys(doc)) if (!['articles', 'cards', 'exclude'].includes(key)) problems.push(`unknown field "${key}"`);
  return { path, patterns, problems };
}

/** Settings' patterns with a workspace file's on top. */
export function withWorkspaceFile(patterns: CorpusPatterns, file: WorkspaceFile | undefined): CorpusPatterns {
  return file ? { ...patterns, ...file.patterns } : patterns;
}

/**
 * The text of a workspace file for these article folders (relative, '/'-separated; '.' for the
 * folder itself), with the cards in `entities/` beside them.
 */
export function workspaceFileText(articleFolders: readonly string[], cardsFolder: string): string {
  const list = articleFolders.map((f) => JSON.stringify(f)).join(', ');
  return [
    '# Dateline: where the articles and the cards of this folder are (paths relative to this file).',
    `articles: [${list}]`,
    `cards: ${JSON.stringify(cardsFolder)}`,
    '',
  ].join('\n');
}

/**
 * The folders to propose for articles from the article files found: each file's folder, reduced
 * to the top-most ones (a folder's subfolders are read with it), relative to the root.
 */
export function proposedArticleFolders(root: string, files: readonly string[]): string[] {
  const dirs = [...new Set(files.map((f) => nodePath.relative(root, nodePath.dirname(f)).split(nodePath.sep).join('/') || '.'))].sort();
  if (dirs.includes('.')) return ['.'];
  return dirs.filter((d) => !dirs.some((o) => o !== d && d.startsWith(`${o}/`)));
}
