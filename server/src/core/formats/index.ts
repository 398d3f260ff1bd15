// The formats an article may be written in, by file name ending. Plain text is the default:
// a file of another ending that a user's globs make an article is read as what it says.

import type { DocumentFormat } from './format.ts';
import { plainText } from './plainText.ts';
import { markdown } from './markdown.ts';
import { html } from './html.ts';

export const FORMATS: readonly DocumentFormat[] = [plainText, markdown, html];

/** Every ending an article may have, for globs and document selectors: ['.txt', '.md', ...]. */
export const ARTICLE_EXTENSIONS: readonly string[] = FORMATS.flatMap((f) => f.extensions);

export function formatFor(path: string): DocumentFormat {
  const dot = path.lastIndexOf('.');
  const ext = dot >= 0 && !/[\\/]/.test(path.slice(dot)) ? path.slice(dot).toLowerCase() : '';
  return FORMATS.find((f) => f.extensions.includes(ext)) ?? plainText;
}

/** The glob of a file in any article format: '*.{txt,text,md,...}'. */
export const ARTICLE_FILE_GLOB = `*.{${ARTICLE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/** A README explains a folder (of articles or of cards); it is neither. */
export function isReadme(path: string): boolean {
  return /(^|[\\/])readme\.(md|markdown|txt)$/i.test(path);
}
