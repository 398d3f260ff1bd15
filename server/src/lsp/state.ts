// What the LSP handlers share: the core workspace plus the editor's view of files (which URIs
// are articles or cards, their line indexes). Handlers stay thin: they read from here.

import * as nodePath from 'node:path';
import { existsSync } from 'node:fs';
import { Workspace, type WorkspaceQueries } from '../core/workspace/workspace.ts';
import { FileClassifier, type CorpusPatterns, type FileKind } from '../host/files.ts';
import { readWorkspaceFile, withWorkspaceFile, type WorkspaceFile } from '../host/workspaceFile.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import { ARTICLE_EXTENSIONS, IGNORE_LIST_FILE, hasEnding, isReadme } from '../core/workspace/fileKinds.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';
import { isUntitled } from './uri.ts';

/** A workspace folder: its settings, and its `.dateline.yaml` if it has one (which wins). */
export interface Folder {
  root: string;
  settings: Settings;
  workspaceFile?: WorkspaceFile;
  /** The settings' patterns with the workspace file's on top. */
  patterns: CorpusPatterns;
  classifier: FileClassifier;
}

/** The state as request handlers see it: they answer questions and never change the workspace. */
export type HandlerState = Omit<ServerState, 'ws' | 'configure'> & { readonly ws: WorkspaceQueries };

export class ServerState {
  // Answers come from the old analyses while a card change is re-analyzed in the background, and
  // from an edited article's analysis before the edit while its new text is analyzed in steps.
  readonly ws = new Workspace({ keepStaleAnalyses: true });
  folders: Folder[] = [];
  /** The first folder's settings: checks and hints apply to the whole workspace. */
  settings: Settings = DEFAULT_SETTINGS;
  private readonly cardLines = new Map<string, { text: string; lines: LineIndex }>();

  get roots(): string[] {
    return this.folders.map((f) => f.root);
  }

  /** Each folder with its own settings; each folder's `.dateline.yaml` is read now. */
  configure(folders: ReadonlyArray<{ root: string; settings: Settings }>): void {
    this.folders = folders.map(({ root, settings }) => {
      const workspaceFile = readWorkspaceFile(root);
      const patterns = withWorkspaceFile(settings.patterns, workspaceFile);
      return { root, settings, workspaceFile, patterns, classifier: new FileClassifier(patterns) };
    });
    this.settings = folders[0]?.settings ?? DEFAULT_SETTINGS;
  }

  /** The workspace folder a path is in (the innermost, for nested folders). */
  folderOf(path: string): Folder | undefined {
    let best: Folder | undefined;
    for (const folder of this.folders) {
      const rel = nodePath.relative(folder.root, path);
      if (rel.startsWith('..') || nodePath.isAbsolute(rel)) continue;
      if (!best || folder.root.length > best.root.length) best = folder;
    }
    return best;
  }

  maxBytesFor(path: string): number {
    return (this.folderOf(path)?.settings ?? this.settings).maxBytes;
  }

  /** Whether a file is an article, a card, or neither, by its folder's globs. */
  kindOf(path: string): FileKind {
    // An untitled buffer the editor sends is plain text (the extension sends no other): an article.
    if (isUntitled(path)) return 'article';
    const folder = this.folderOf(path);
    if (folder) return folder.classifier.classify(nodePath.relative(folder.root, path));
    // Outside every workspace folder (a single file opened on its own): judge by the name.
    if (isReadme(path)) return undefined;
    if (/[\\/]entities[\\/]/i.test(path) && (/\.md$/i.test(path) || nodePath.basename(path) === IGNORE_LIST_FILE)) return 'card';
    if (hasEnding(path, ARTICLE_EXTENSIONS)) return 'article';
    return undefined;
  }

  linesOf(path: string): LineIndex | undefined {
    // The lines of the text the index's locations are into (the text before an edit being analyzed).
    const a = this.ws.heldAnalysis(path);
    if (a) return a.lines;
    const text = this.ws.cardText(path);
    if (text === undefined) return undefined;
    const cached = this.cardLines.get(path);
    if (cached && cached.text === text) return cached.lines;
    const lines = new LineIndex(text);
    this.cardLines.set(path, { text, lines });
    return lines;
  }

  /**
   * Where new cards go for an article: the folder its `.dateline.yaml` names, else beside the
   * existing cards, else `corpus/entities` when there is a corpus folder, else `entities`.
   */
  cardsFolder(articlePath?: string): string | undefined {
    const folder = (articlePath ? this.folderOf(articlePath) : undefined) ?? this.folders[0];
    const named = folder?.workspaceFile?.patterns.cards?.[0];
    if (folder && named) {
      const fixed = named.split('/').filter((part) => part !== '');
      const firstGlob = fixed.findIndex((part) => /[*?{[]/.test(part));
      return nodePath.join(folder.root, ...fixed.slice(0, firstGlob < 0 ? fixed.length - 1 : firstGlob));
    }
    for (const card of this.ws.knowledge().cards.values()) {
      if (folder && this.folderOf(card.path) !== folder) continue;
      const parts = card.path.split(nodePath.sep);
      const i = parts.lastIndexOf('entities');
      if (i >= 0) return parts.slice(0, i + 1).join(nodePath.sep);
    }
    if (!folder) return undefined;
    const corpus = nodePath.join(folder.root, 'corpus');
    return existsSync(corpus) ? nodePath.join(corpus, 'entities') : nodePath.join(folder.root, 'entities');
  }
}
