// The server's settings, read from the client (workspace/configuration) with the defaults of
// package.json, so editors that send no configuration still get sensible behaviour.

import type { CorpusPatterns } from '../host/files.ts';

export interface Settings {
  patterns: CorpusPatterns;
  maxBytes: number;
  inlayHints: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  patterns: {
    articles: ['**/corpus/**/*.txt'],
    cards: ['**/entities/**/*.md'],
    exclude: ['**/node_modules/**', '**/.git/**'],
  },
  maxBytes: 5120 * 1024,
  inlayHints: true,
};

/** Reads the `dateline` section as VS Code sends it; anything malformed falls back to defaults. */
export function settingsFrom(raw: unknown): Settings {
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const get = (path: string[]): unknown => {
    let v: unknown = section;
    for (const key of path) {
      if (typeof v !== 'object' || v === null) return undefined;
      const obj = v as Record<string, unknown>;
      v = key in obj ? obj[key] : obj[path.join('.')];
    }
    return v;
  };
  const strings = (v: unknown, fallback: string[]): string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : fallback;
  const sizeKB = get(['files', 'maxSizeKB']);
  const hints = get(['inlayHints', 'resolvedDates']);
  return {
    patterns: {
      articles: strings(get(['articles', 'include']), DEFAULT_SETTINGS.patterns.articles),
      cards: strings(get(['cards', 'include']), DEFAULT_SETTINGS.patterns.cards),
      exclude: strings(get(['articles', 'exclude']), DEFAULT_SETTINGS.patterns.exclude),
    },
    maxBytes: typeof sizeKB === 'number' && sizeKB > 0 ? sizeKB * 1024 : DEFAULT_SETTINGS.maxBytes,
    inlayHints: typeof hints === 'boolean' ? hints : DEFAULT_SETTINGS.inlayHints,
  };
}
