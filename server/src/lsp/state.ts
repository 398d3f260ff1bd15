// What the LSP handlers share: the core workspace plus the editor's view of files (which URIs
// are articles or cards, their line indexes). Handlers stay thin: they read from here.

import * as nodePath from 'node:path';
import { Workspace } from '../core/workspace/workspace.ts';
import { FileClassifier, type FileKind } from '../host/files.ts';
import { LineIndex } from '../core/text/lineIndex.ts';
import { ARTICLE_EXTENSIONS, isReadme } from '../core/formats/index.ts';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

export class ServerState {
  // Answers come from the old analyses while a card change is re-analyzed in the background.
  readonly ws = new Workspace({ keepStaleAnalyses: true });
  roots: string[] = [];
  settings: Settings = DEFAULT_SETTINGS;
  private classifier = new FileClassifier(DEFAULT_SETTINGS.patterns);
  private readonly cardLines = new Map<string, { text: string; lines: LineIndex }>();

  configure(roots: string[], settings: Settings): void {
    this.roots = roots;
    this.settings = settings;
    this.classifier = new FileClassifier(settings.patterns);
  }

  /** Whether a file is an article, a card, or neither, by the settings' globs. */
  kindOf(path: string): FileKind {
    for (const root of this.roots) {
      const rel = nodePath.relative(root, path);
      if (!rel.startsWith('..') && !nodePath.isAbsolute(rel)) return this.classifier.classify(rel);
    }
    // Outside every workspace folder (a single file opened on its own): judge by the name.
    if (isReadme(path)) return undefined;
    if (/[\\/]entities[\\/].*\.md$/i.test(path)) return 'card';
    if (ARTICLE_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext))) return 'article';
    return undefined;
  }

  linesOf(path: string): LineIndex | undefined {
    const a = this.ws.analysis(path);
    if (a) return a.lines;
    const text = this.ws.cardText(path);
    if (text === undefined) return undefined;
    const cached = this.cardLines.get(path);
    if (cached && cached.text === text) return cached.lines;
    const lines = new LineIndex(text);
    this.cardLines.set(path, { text, lines });
    return lines;
  }

  /** Where new cards go: beside the existing ones, or corpus/entities in the first folder. */
  cardsFolder(): string | undefined {
    const anyCard = this.ws.knowledge().cards.values().next().value;
    if (anyCard) {
      const parts = anyCard.path.split(nodePath.sep);
      const i = parts.lastIndexOf('entities');
      if (i >= 0) return parts.slice(0, i + 1).join(nodePath.sep);
    }
    return this.roots[0] ? nodePath.join(this.roots[0], 'corpus', 'entities') : undefined;
  }
}
