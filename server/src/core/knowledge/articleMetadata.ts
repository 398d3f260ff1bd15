// Metadata a user gives about an article, in a sidecar file beside it: for `a.txt`, `a.meta.yaml`.
//   published: 2021-11-16      # the article's date; wins over anything read from the text
//   source: Mirror-Spectator   # optional, shown in hovers
// The article itself stays verbatim: nothing is added to its text.

import { parseDocument, isMap } from 'yaml';
import type { CardProblem } from './card.ts';
import { parseSimpleFrontMatter } from './simpleFrontMatter.ts';

export interface ArticleMetadata {
  path: string;
  published?: string;
  /** Offsets of the `published` value in the sidecar's text. */
  publishedStart?: number;
  publishedEnd?: number;
  source?: string;
}

export const METADATA_SUFFIX = '.meta.yaml';

/** The sidecar path of an article: "corpus/a.txt" -> "corpus/a.meta.yaml". */
export function metadataPathFor(articlePath: string): string {
  return articlePath.replace(/\.[^./\\]*$/, '') + METADATA_SUFFIX;
}

/**
 * Reads a sidecar. Nearly every one is a few `key: value` lines, which the quick reader of card
 * front matter reads as the library would (simpleFrontMatter.ts); the library reads the rest. On a
 * whole corpus the library took some 0.1 ms per sidecar, and as long again to compile its code.
 * `quick: false` always asks the library (tests compare the two).
 */
export function parseArticleMetadata(path: string, text: string, options: { quick?: boolean } = {}): { metadata: ArticleMetadata; problems: CardProblem[] } {
  const problems: CardProblem[] = [];
  const metadata: ArticleMetadata = { path };
  const doc = (options.quick !== false ? parseSimpleFrontMatter(text) : undefined) ?? parseDocument(text, { prettyErrors: false });
  for (const err of doc.errors) {
    problems.push({ path, start: err.pos[0], end: Math.max(err.pos[1], err.pos[0] + 1), severity: 'error', code: 'metadata-invalid-yaml', message: `Invalid YAML in article metadata: ${err.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return { metadata, problems };
  if (!isMap(doc.contents)) {
    if (text.trim()) problems.push({ path, start: 0, end: Math.min(1, text.length), severity: 'error', code: 'metadata-invalid-yaml', message: 'Article metadata must be fields like "published: 2021-11-16".' });
    return { metadata, problems };
  }
  const map = doc.contents;
  const published = map.get('published');
  if (published !== undefined) {
    const value = String(published instanceof Date ? published.toISOString().slice(0, 10) : published).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) {
      metadata.published = value;
      const range = (map.get('published', true) as { range?: [number, number, number] } | undefined)?.range;
      if (range) [metadata.publishedStart, metadata.publishedEnd] = range;
    } else {
      const i = Math.max(0, text.indexOf('published'));
      problems.push({ path, start: i, end: i + 'published'.length, severity: 'error', code: 'metadata-invalid-field', message: `"published" must be a date like 2021-11-16 (got "${value}").` });
    }
  }
  const source = map.get('source');
  if (typeof source === 'string') metadata.source = source;
  return { metadata, problems };
}
