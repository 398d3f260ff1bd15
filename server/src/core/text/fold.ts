// Folding for matching names whatever their spelling: case, diacritics, apostrophes and dashes.
// "Pashinián" and "PASHINIAN" fold to the same key; folding never changes what we show.

const APOSTROPHES = /[’‘ʼ`´]/g;
const HYPHENS = /[‐‑‒–—-]/g;

/** Lowercase, without diacritics, with typographic apostrophes and hyphens unified. */
export function fold(text: string): string {
  // Most words and names are ASCII ("Yeltsin", "Boris Yeltsin", "U.S."): lowercasing is all they
  // need, as only a backtick among ASCII characters folds otherwise.
  const ascii = asciiKind(text);
  if (ascii === LOWER) return text;
  if (ascii === MIXED) return lowerAscii(text);
  return kept(foldCache, text, foldSlow);
}

/** Entries a cache of this file holds at most: past it, it is emptied (memory stays bounded on any corpus). */
const MAX_KEPT = 100000;

/** `cache`'s value for `key`, made by `make` the first time. */
function kept(cache: Map<string, string>, key: string, make: (key: string) => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = make(key);
    if (cache.size > MAX_KEPT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * fold(text) when text is only ASCII letters and digits (most words), else undefined: a caller
 * that would otherwise look for hyphens first (toPieces) tests each word once.
 */
export function foldPlain(text: string): string | undefined {
  const ascii = plainAscii(text);
  return ascii === LOWER ? text : ascii === MIXED ? lowerAscii(text) : undefined;
}

// Lowercased capitalized words, kept: an article's words are slices of its text, and in a text
// with any non-ASCII character they are two-byte strings, which toLowerCase handles ten times
// slower than a lookup. Names and sentence-initial words recur across a corpus.
const lowerCache = new Map<string, string>();

function lowerAscii(text: string): string {
  return kept(lowerCache, text, toLower);
}

function toLower(text: string): string {
  return text.toLowerCase();
}

const foldCache = new Map<string, string>();

const LOWER = 0;
const MIXED = 1;
const OTHER = 2;

/** LOWER: only lowercase ASCII letters and digits (or empty); MIXED: ASCII letters and digits; OTHER. */
function plainAscii(text: string): number {
  let kind = LOWER;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) kind = MIXED;
    else return OTHER;
  }
  return kind;
}

/** LOWER: ASCII without uppercase letters or a backtick; MIXED: ASCII without a backtick; OTHER. */
function asciiKind(text: string): number {
  let kind = LOWER;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 0x60) return OTHER;
    if (c >= 65 && c <= 90) kind = MIXED;
  }
  return kind;
}

function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(HYPHENS, '-')
    .toLowerCase()
    .replace(/ə/g, 'a')
    .replace(/ı/g, 'i');
}

// Slugs made, kept: every mention of a name is slugified, and names recur in an article and
// across a corpus; one lookup replaces a fold and three replaces.
const slugCache = new Map<string, string>();

/** A lowercase ASCII identifier for a name: "Nikol Pashinyan" -> "nikol-pashinyan". */
export function slugify(name: string): string {
  return slugAscii(name) ?? kept(slugCache, name, slugOf);
}

const isSlugChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isWordChar = (c: number) => isSlugChar(c) || c === 95;

/**
 * slugOf(name) without a cache, when the name is ASCII without a backtick (fold is then only
 * lowercasing): most names are, and their runs of letters and digits joined by dashes cost less
 * than looking the name up (a fresh string hashed) or making its slug the first time.
 */
function slugAscii(name: string): string | undefined {
  const ascii = asciiKind(name);
  if (ascii === OTHER) return undefined;
  const s = ascii === MIXED ? name.toLowerCase() : name;
  let out = '';
  let run = -1; // where the current run of [a-z0-9] starts
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i); // NaN past the end
    if (isSlugChar(c)) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      out = out === '' ? s.slice(run, i) : out + '-' + s.slice(run, i);
      run = -1;
    }
    // "'s" before a word boundary is dropped (slugOf's first replace)
    if (c === 0x27 && s.charCodeAt(i + 1) === 0x73 && !isWordChar(s.charCodeAt(i + 2))) i++;
  }
  return out || 'entity';
}

function slugOf(name: string): string {
  return fold(name)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'entity';
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function hasLowercase(word: string): boolean {
  return /\p{Ll}/u.test(word);
}
