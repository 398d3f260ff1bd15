// The seam between a file as written and the text the analysis reads. A format turns a
// document (plain text, Markdown, HTML) into its prose and what the document says of itself
// (a Markdown front matter's `date:`, an HTML page's published time), keeping a map back to
// the file's offsets. Adding a format is one file here and a line in `index.ts`.

import type { OffsetMap } from './offsetMap.ts';

export interface DocumentMetadata {
  /** 'YYYY-MM-DD'. */
  published?: string;
  source?: string;
}

export interface ArticleProse {
  /** What a reader reads: the text the analysis runs on. */
  text: string;
  /** Back to the file's offsets; absent when `text` is the file itself. */
  map?: OffsetMap;
  metadata?: DocumentMetadata;
}

export interface DocumentFormat {
  name: string;
  /** File name endings, lowercase, with the dot: '.md'. */
  extensions: readonly string[];
  read(source: string): ArticleProse;
}

/** An ISO date or date-time ("2020-11-10T08:30:00Z") as the day it names, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
  if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) return undefined;
  // Date.parse accepts 2021-02-30; a real day round-trips.
  return new Date(`${m[1]}T00:00:00Z`).toISOString().slice(0, 10) === m[1] ? m[1] : undefined;
}
