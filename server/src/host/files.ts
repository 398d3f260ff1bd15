// Finding and reading the files of a corpus on disk: articles and cards by glob, with limits.
// Reading never throws: a file that cannot be used becomes a Finding that says why.

import { promises as fs, readFileSync, readdirSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import picomatch from 'picomatch';
import { decodeBytes, formatSize } from '../core/text/decode.ts';
import type { Finding } from '../core/checks/finding.ts';
import type { FindingCode } from '../core/checks/codes.ts';
import type { FileRead } from '../core/workspace/fileRead.ts';
import { METADATA_SUFFIX } from '../core/knowledge/articleMetadata.ts';
import { ARTICLE_EXTENSIONS, CLI_ARTICLE_GLOBS, DEFAULT_CARD_GLOBS, DEFAULT_EXCLUDE_GLOBS, IGNORE_LIST_FILE, isReadme, mayBeArticle } from '../core/workspace/fileKinds.ts';

export interface CorpusPatterns {
  /** Globs of article files, relative to the root. */
  articles: string[];
  /** Globs of card files. */
  cards: string[];
  /** Globs never read. */
  exclude: string[];
}

/** A folder given to the CLI: every article file in it (fileKinds.ts). */
export const DEFAULT_PATTERNS: CorpusPatterns = {
  articles: [...CLI_ARTICLE_GLOBS],
  cards: [...DEFAULT_CARD_GLOBS],
  exclude: [...DEFAULT_EXCLUDE_GLOBS],
};

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface FoundFiles {
  articles: string[];
  cards: string[];
  metadata: string[];
  /** Plain-text files the patterns do not take (to suggest a folder of articles). */
  otherArticleFiles: string[];
  /** Problems met while walking (unreadable folders, symlink loops). */
  problems: Finding[];
}

export type FileKind = 'article' | 'card' | 'metadata' | undefined;

export class FileClassifier {
  private readonly isArticle: (p: string) => boolean;
  private readonly isCard: (p: string) => boolean;
  private readonly isExcluded: (p: string) => boolean;

  constructor(patterns: CorpusPatterns) {
    const opts = { dot: false, nocase: process.platform === 'win32' };
    this.isArticle = picomatch(patterns.articles, opts);
    this.isCard = picomatch(patterns.cards, opts);
    this.isExcluded = patterns.exclude.length > 0 ? picomatch(patterns.exclude, opts) : () => false;
  }

  /** Whether a file is never read. */
  excludes(relativePath: string): boolean {
    return this.isExcluded(relativePath.split(nodePath.sep).join('/'));
  }

  /** Whether nothing below a folder can be read (node_modules, .git...). */
  excludesFolder(relativePath: string): boolean {
    return this.isExcluded(`${relativePath.split(nodePath.sep).join('/')}/_`);
  }

  /** Kind of a file given by its path relative to the root. */
  classify(relativePath: string): FileKind {
    const rel = relativePath.split(nodePath.sep).join('/');
    if (this.isExcluded(rel)) return undefined;
    // A README beside the cards or the articles explains them; it is neither.
    if (isReadme(rel)) return undefined;
    if (this.isCard(rel)) return 'card';
    // The list of forms that are not names, in a folder of cards, is read with the cards.
    if (this.isIgnoreList(rel)) return 'card';
    if (this.isArticle(rel)) return 'article';
    // A sidecar `a.meta.yaml` belongs to the article `a.txt` (or `a.md`, `a.html`) where that would be an article.
    if (rel.endsWith(METADATA_SUFFIX)) {
      const stem = rel.slice(0, -METADATA_SUFFIX.length);
      if (ARTICLE_EXTENSIONS.some((ext) => this.isArticle(stem + ext))) return 'metadata';
    }
    return undefined;
  }

  /** `entities/ignore.txt`: where a card would be a card. */
  isIgnoreList(relativePath: string): boolean {
    const rel = relativePath.split(nodePath.sep).join('/');
    const base = rel.slice(rel.lastIndexOf('/') + 1);
    return base === IGNORE_LIST_FILE && this.isCard(`${rel.slice(0, rel.length - base.length)}card.md`);
  }
}

/** Walks a folder and classifies its files. Follows symlinks once; loops are reported, not followed. */
export async function findCorpusFiles(root: string, patterns: CorpusPatterns = DEFAULT_PATTERNS): Promise<FoundFiles> {
  const classifier = new FileClassifier(patterns);
  const found: FoundFiles = { articles: [], cards: [], metadata: [], otherArticleFiles: [], problems: [] };
  const seen = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (err) {
      found.problems.push(fileFinding(dir, 'file-unreadable', `folder cannot be read: ${errorText(err)}`, 'warning'));
      return;
    }
    if (seen.has(real)) {
      found.problems.push(fileFinding(dir, 'file-symlink-loop', `folder ${dir} leads back to ${real}, already read; not followed again`, 'information'));
      return;
    }
    seen.add(real);
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      found.problems.push(fileFinding(dir, 'file-unreadable', `folder cannot be read: ${errorText(err)}`, 'warning'));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = nodePath.join(dir, entry.name);
      const rel = nodePath.relative(root, full);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = await fs.stat(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          found.problems.push(fileFinding(full, 'file-unreadable', 'broken symbolic link; skipped', 'information'));
          continue;
        }
      }
      if (isDir) {
        if (classifier.excludesFolder(rel)) continue;
        await walk(full);
      } else if (isFile) {
        const kind = classifier.classify(rel);
        if (kind === 'article') found.articles.push(full);
        else if (kind === 'card') found.cards.push(full);
        else if (kind === 'metadata') found.metadata.push(full);
        else if (mayBeArticle(rel) && !classifier.excludes(rel)) found.otherArticleFiles.push(full);
      }
    }
  };
  await walk(root);
  return found;
}

export type ReadResult = FileRead;

/** Reads and decodes a file, or says why it cannot be used. */
export async function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadResult> {
  try {
    const st = await fs.stat(path);
    if (st.size > maxBytes) return tooLarge(path, st.size, maxBytes);
    return decoded(path, await fs.readFile(path), maxBytes);
  } catch (err) {
    return unreadable(path, err);
  }
}

/**
 * The same, blocking: for reading many small files in a row (a cold start), where the round
 * trips through the thread pool cost more than the reads themselves.
 */
export function readTextFileSync(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  try {
    const st = statSync(path);
    if (st.size > maxBytes) return tooLarge(path, st.size, maxBytes);
    return decoded(path, readFileSync(path), maxBytes);
  } catch (err) {
    return unreadable(path, err);
  }
}

function tooLarge(path: string, size: number, maxBytes: number): ReadResult {
  return { ok: false, finding: fileFinding(path, 'file-too-large', `file is ${formatSize(size)}, over the limit of ${formatSize(maxBytes)}; skipped (raise dateline.files.maxSizeKB to analyze it)`, 'warning') };
}

function unreadable(path: string, err: unknown): ReadResult {
  // Deleted or renamed between the listing and the read: nothing to analyze, nothing to report.
  if ((err as NodeJS.ErrnoException)?.code === 'ENOENT') return { ok: false, finding: fileFinding(path, 'file-missing', 'file no longer exists', 'information') };
  return { ok: false, finding: fileFinding(path, 'file-unreadable', `file cannot be read: ${errorText(err)}`, 'warning') };
}

function decoded(path: string, bytes: Uint8Array, maxBytes: number): ReadResult {
  const result = decodeBytes(bytes, { maxBytes });
  if (!result.ok) {
    return { ok: false, finding: fileFinding(path, result.reason === 'binary' ? 'file-binary' : 'file-too-large', result.message, 'warning') };
  }
  const note =
    result.encoding === 'utf-8' || result.encoding === 'utf-16le' || result.encoding === 'utf-16be'
      ? undefined
      : fileFinding(path, 'file-encoding', 'file is not valid UTF-8; read as Windows-1252 (Latin-1). Save it as UTF-8 to be sure every character is right.', 'information');
  return { ok: true, text: result.text, note };
}

export function fileFinding(path: string, code: FindingCode, message: string, severity: Finding['severity']): Finding {
  return { path, start: 0, end: 0, severity, code, message, related: [] };
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ? `${e.code}${e.message ? ` (${e.message.replace(/^\w+:\s*/, '')})` : ''}` : String(err);
}

/** Whether a path is a folder now. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every file below a folder (a folder moved into the workspace), or none if it cannot be read. */
export function filesInFolder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => nodePath.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  } catch {
    return [];
  }
}
