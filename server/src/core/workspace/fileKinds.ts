// Which files are articles, cards and settings, by default: the one place that decides, read by
// the host's file finder, the server's settings, the CLI and the extension (package.json's
// defaults are tested against it). Constants only, importing nothing, so the extension's bundle
// can take this file alone (test/unit/layers.test.ts).

/**
 * Endings of article files: plain text, Markdown, HTML (core/formats/ reads each; its formats'
 * endings are tested equal to this list).
 */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml'];

/** Endings of plain text: a folder of such files and no article gets the offer to read them. */
export const PLAIN_TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text'];

/** Folders of a project's own pages (documentation, a site's build): no articles there. */
const PROJECT_FOLDERS = new Set(['docs', 'doc', '.github', '.vscode', 'dist', 'build', 'out', 'public', 'site', 'coverage', 'test-results', 'vendor', 'templates', 'node_modules']);

/**
 * Whether a file no glob took may be an article, for the offer to read a folder: any article
 * ending, but Markdown and HTML only outside a project's own documents (a README, a CHANGELOG or
 * LICENSE, named in capitals; a docs/ or build folder), which nearly every repository has.
 */
export function mayBeArticle(relPath: string): boolean {
  if (!hasEnding(relPath, ARTICLE_EXTENSIONS) || isReadme(relPath)) return false;
  if (hasEnding(relPath, PLAIN_TEXT_EXTENSIONS)) return true;
  const parts = relPath.split(/[\\/]/);
  const stem = parts[parts.length - 1]!.replace(/\.[^.]*$/, '');
  if (/^[A-Z][A-Z0-9_-]*$/.test(stem)) return false;
  return !parts.slice(0, -1).some((d) => PROJECT_FOLDERS.has(d.toLowerCase()));
}

/** The glob of a file in any article format: '*.{txt,text,md,...}'. */
export const ARTICLE_FILE_GLOB = `*.{${ARTICLE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** A README explains a folder (of articles or of cards); it is neither. */
export function isReadme(path: string): boolean {
  return /(^|[\\/])readme\.(md|markdown|txt)$/i.test(path);
}

/** Whether a path ends as one of these endings (['.txt', ...]). */
export function hasEnding(path: string, endings: readonly string[]): boolean {
  const lower = path.toLowerCase();
  return endings.some((e) => lower.endsWith(e));
}

/** Globs of the articles under a folder relative to the workspace ('' or '.': the whole workspace). */
export function articleGlobsUnder(folder: string): string[] {
  const prefix = folder === '' || folder === '.' ? '' : `${folder.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
  return [`${prefix}**/${ARTICLE_FILE_GLOB}`];
}

/** Globs of the cards under a folder relative to the workspace. */
export function cardGlobsUnder(folder: string): string[] {
  const prefix = folder === '' || folder === '.' ? '' : `${folder.replace(/\\/g, '/').replace(/\/+$/, '')}/`;
  return [`${prefix}**/*.md`];
}

/** The CLI, given a folder: every article file in it. */
export const CLI_ARTICLE_GLOBS: readonly string[] = articleGlobsUnder('');
/** An editor's workspace (`dateline.articles.include`): the articles under a `corpus/` folder. */
export const EDITOR_ARTICLE_GLOBS: readonly string[] = articleGlobsUnder('**/corpus');
/** `dateline.cards.include`. */
export const DEFAULT_CARD_GLOBS: readonly string[] = ['**/entities/**/*.md'];
/** `dateline.articles.exclude`. */
export const DEFAULT_EXCLUDE_GLOBS: readonly string[] = ['**/node_modules/**', '**/.git/**'];

/**
 * Language ids of the editor documents the extension sends the server: every one that may be an
 * article or a card. The server decides which are, by the globs above or the user's.
 */
export const EDITOR_LANGUAGES: readonly string[] = ['plaintext', 'markdown', 'html'];

/** The workspace file naming the article and card folders (host/workspaceFile.ts reads it). */
export const WORKSPACE_FILE = '.dateline.yaml';

/** The list of forms that are not names, one per line, beside the cards (in a cards folder). */
export const IGNORE_LIST_FILE = 'ignore.txt';

/** The globs of every file the editor should report changes of (the server sorts them out). */
export function watchedGlobs(): string[] {
  return [`**/${ARTICLE_FILE_GLOB}`, '**/*.meta.yaml', `**/${WORKSPACE_FILE}`];
}
