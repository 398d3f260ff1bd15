// The formats an article may be written in, by file name ending. Plain text is the default:
// a file of another ending that a user's globs make an article is read as what it says.

import type { DocumentFormat } from './format.ts';
import { plainText } from './plainText.ts';
import { markdown } from './markdown.ts';
import { html } from './html.ts';

export const FORMATS: readonly DocumentFormat[] = [plainText, markdown, html];

// Which endings are articles, their glob and the README rule are decided in one place, shared
// with the extension (fileKinds.ts); FORMATS' endings are tested equal to ARTICLE_EXTENSIONS.
export { ARTICLE_EXTENSIONS, ARTICLE_FILE_GLOB, isReadme } from '../workspace/fileKinds.ts';

export function formatFor(path: string): DocumentFormat {
  const dot = path.lastIndexOf('.');
  const ext = dot >= 0 && !/[\\/]/.test(path.slice(dot)) ? path.slice(dot).toLowerCase() : '';
  return FORMATS.find((f) => f.extensions.includes(ext)) ?? plainText;
}

