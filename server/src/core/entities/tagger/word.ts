// Per-word surface properties: normalized lowercase form and word shapes.

import { FNV_OFFSET, hashStr } from './hash.ts';

const shapeCache = new Map<string, WordInfo>();

export interface WordInfo {
  raw: string;
  /** Lowercased, digits replaced by 0. */
  low: string;
  /** Shape with character-class runs capped at 4: "Xxxx", "XX", "dddd-dd-dd". */
  shape: string;
  /** Shape with runs collapsed: "Xx", "X", "d-d-d", "X.X.". */
  short: string;
  startsUpper: boolean;
  startsLower: boolean;
  hasLower: boolean;
  hasLetter: boolean;
  /** FNV-1a hashes of low and short, so feature conjunctions combine integers, not strings. */
  hLow: number;
  hShort: number;
}

function cls(c: number, ch: string): string {
  if (c >= 48 && c <= 57) return 'd';
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c < 128) return ch;
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? 'X' : 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return ch;
}

/** The WordInfo of a token, remembered (up to 200k tokens). */
export function wordInfo(w: string): WordInfo {
  const hit = shapeCache.get(w);
  if (hit !== undefined) return hit;
  const info = buildWordInfo(w);
  if (shapeCache.size > 200_000) shapeCache.clear();
  shapeCache.set(w, info);
  return info;
}

/** The WordInfo of a token, made anew: for a caller that keeps its own cache (tag.ts's word slots). */
export function buildWordInfo(w: string): WordInfo {
  let shape = '';
  let short = '';
  let prev = '';
  let run = 0;
  let hasLower = false;
  let hasLetter = false;
  let asciiDigits = false;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 48 && code <= 57) asciiDigits = true;
    const c = cls(code, w[i]);
    if (c === 'x') hasLower = true;
    if (c === 'x' || c === 'X') hasLetter = true;
    if (c === prev) run++;
    else {
      run = 1;
      prev = c;
      short += c;
    }
    if (run <= 4) shape += c;
  }
  const first = w.length > 0 ? cls(w.charCodeAt(0), w[0]) : '';
  const lower = w.toLowerCase();
  // (most words have no digit: no regular expression run for them)
  const low = asciiDigits ? lower.replace(/[0-9]/g, '0') : lower;
  return {
    raw: w,
    low,
    shape,
    short,
    startsUpper: first === 'X',
    startsLower: first === 'x',
    hasLower,
    hasLetter,
    hLow: hashStr(FNV_OFFSET, low),
    hShort: hashStr(FNV_OFFSET, short),
  };
}
