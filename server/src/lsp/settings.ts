// The server's settings, read from the client (workspace/configuration) with the defaults of
// package.json, so editors that send no configuration still get sensible behaviour.

import type { CorpusPatterns } from '../host/files.ts';
import { CHECK_LEVELS, type CheckLevel, type CheckLevels } from '../core/checks/levels.ts';
import { ARTICLE_CHECKS, CORPUS_CHECKS } from '../core/checks/registry.ts';
import type { FindingCode } from '../core/checks/codes.ts';
import { DEFAULT_CARD_GLOBS, DEFAULT_EXCLUDE_GLOBS, EDITOR_ARTICLE_GLOBS } from '../core/workspace/fileKinds.ts';

/** The codes a user can turn off or re-level: those of the checks (not card or file problems). */
export const CHECK_CODES: readonly FindingCode[] = [...ARTICLE_CHECKS, ...CORPUS_CHECKS].flatMap((c) => c.codes);

export interface Settings {
  patterns: CorpusPatterns;
  maxBytes: number;
  inlayHints: boolean;
  /** `dateline.checks.<code>`: the checks turned off or shown at another severity. */
  checks: CheckLevels;
}

export const DEFAULT_SETTINGS: Settings = {
  patterns: {
    articles: [...EDITOR_ARTICLE_GLOBS],
    cards: [...DEFAULT_CARD_GLOBS],
    exclude: [...DEFAULT_EXCLUDE_GLOBS],
  },
  maxBytes: 5120 * 1024,
  inlayHints: true,
  checks: new Map(),
};

/** Reads the `dateline` section as VS Code sends it; anything malformed falls back to defaults. */
export function settingsFrom(raw: unknown): Settings {
  const section = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  // Nested ({ checks: { 'date-conflict': 'off' } }, as VS Code sends it) or with the rest of the
  // path as one dotted key ({ 'checks.date-conflict': 'off' }, as some clients write settings).
  const get = (path: string[]): unknown => {
    let v: unknown = section;
    for (let i = 0; i < path.length; i++) {
      if (typeof v !== 'object' || v === null) return undefined;
      const obj = v as Record<string, unknown>;
      const rest = path.slice(i).join('.');
      if (i < path.length - 1 && !(path[i]! in obj) && rest in obj) return obj[rest];
      v = obj[path[i]!];
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
    checks: new Map(
      CHECK_CODES.flatMap((code) => {
        const level = get(['checks', code]);
        return CHECK_LEVELS.includes(level as CheckLevel) ? [[code, level as CheckLevel] as const] : [];
      }),
    ),
  };
}
