// Tokens and sentences of plain article text, with offsets into the original string.
// The rules follow CoNLL-2003's tokenization closely enough that a tagger trained on it
// sees familiar tokens: possessive 's split off, hyphenated words kept whole, punctuation apart.

export interface Token {
  /** The token as it appears in the text. */
  text: string;
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset one past the last code unit. */
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token in the document's token array. */
  firstToken: number;
  /** Index one past the last token. */
  endToken: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'rep', 'sen', 'gov',
  'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e',
  'a.m', 'p.m',
]);

// A word: letters/digits/marks, with inner hyphens, dots of abbreviations, and inner apostrophes
// that are not a possessive ending ("O'Neill" stays whole, "Armenia's" splits).
// The scanner below is one pass over the text with character-class tests; it is the exact
// equivalent of matching
//   /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*|\S/gu
// and then applying the number, abbreviation, hyphen and apostrophe rules in order.

// Character classes of a code point, as bit flags.
const L = 1; // \p{L}
const M = 2; // \p{M}
const N = 4; // \p{N}
const LU = 8; // \p{Lu}
const WS = 16; // \s
const W = L | M | N;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = classifySlow(c);
const classCache = new Map<number, number>();

function classifySlow(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return (/\p{L}/u.test(ch) ? L : 0) | (/\p{M}/u.test(ch) ? M : 0) | (/\p{N}/u.test(ch) ? N : 0) |
    (/\p{Lu}/u.test(ch) ? LU : 0) | (/\s/u.test(ch) ? WS : 0);
}

/** Classes of a code point (lone surrogates have none). */
function classOf(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp]!;
  let c = classCache.get(cp);
  if (c === undefined) {
    c = classifySlow(cp);
    classCache.set(cp, c);
  }
  return c;
}

/** Classes of the code point at i (0 past the end). */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_CLASS[c]! : classOf(text.codePointAt(i)!);
}

/** Classes of the single UTF-16 code unit at i: a surrogate half is no character (0). */
function unitClassAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return 0;
  return classOf(c);
}

/** Length in code units of the code point at i. */
function cpLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** End of the run of code points with any of `mask` starting at i. */
function runOf(text: string, i: number, mask: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII first: one code unit, classes from the table
    if (c < 128) {
      if ((ASCII_CLASS[c]! & mask) === 0) break;
      i++;
    } else {
      if ((classAt(text, i) & mask) === 0) break;
      i += cpLength(text, i);
    }
  }
  return i;
}

const isTokenHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isNumberSep = (c: number) => c === 0x2e || c === 0x2c || c === 0x3a;

/** A unit code that is a letter or mark (the old `isLetter(text[i])`). */
function isLetterUnit(text: string, i: number): boolean {
  return (unitClassAt(text, i) & (L | M)) !== 0;
}

/** End of [\p{N}]+(?:[.,:][\p{N}]+)+ at i, or -1. */
function numberEnd(text: string, i: number): number {
  let end = runOf(text, i, N);
  if (end === i) return -1;
  let groups = 0;
  while (end < text.length && isNumberSep(text.charCodeAt(end))) {
    const next = runOf(text, end + 1, N);
    if (next === end + 1) break;
    end = next;
    groups++;
  }
  return groups > 0 ? end : -1;
}

/** End of (?:[-‐‑][\p{L}\p{M}\p{N}]+)* at i (i itself when none). */
function hyphenPartsEnd(text: string, i: number): number {
  while (i < text.length && isTokenHyphen(text.charCodeAt(i))) {
    const next = runOf(text, i + 1, W);
    if (next === i + 1) break;
    i = next;
  }
  return i;
}

/** Length of the clitic (s|S|d|ll|re|ve|m, and t when `withT`) after an apostrophe at i, not followed by a letter or digit; 0 if none. */
function cliticAfter(text: string, i: number, withT: boolean): number {
  const a = text.charCodeAt(i + 1);
  let len = 0;
  if (a === 0x73 /* s */ || a === 0x53 /* S */ || a === 0x64 /* d */ || a === 0x6d /* m */ || (withT && a === 0x74 /* t */)) len = 1;
  else {
    const b = text.charCodeAt(i + 2);
    if ((a === 0x6c && b === 0x6c) /* ll */ || (a === 0x72 && b === 0x65) /* re */ || (a === 0x76 && b === 0x65) /* ve */) len = 2;
  }
  if (len === 0) return 0;
  return (classAt(text, i + 1 + len) & (L | N)) === 0 ? len : 0;
}

/** Splits text into tokens. Whitespace is never part of a token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // A token that ended inside a surrogate pair (an abbreviation's dot rule can do that): the
    // next token starts at the whole code point, as the u-flag regular expression did.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = text.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) c = text.charCodeAt(--i);
    }
    // whitespace: skip (ASCII fast path first)
    if (c === 32 || c === 10 || c === 13 || c === 9) {
      i++;
      continue;
    }
    const cls = c < 128 ? ASCII_CLASS[c]! : classOf(text.codePointAt(i)!);
    if (cls & WS) {
      i++;
      continue;
    }
    // Most tokens are ASCII words ended by a space or punctuation that no rule below reads: they
    // are taken at once (a word of letters may also end at a comma or colon, as numbers do not).
    if (c < 128 && (cls & W) !== 0) {
      let j = i + 1;
      let d = 0;
      while (j < n && (d = text.charCodeAt(j)) < 128 && (ASCII_CLASS[d]! & W) !== 0) j++;
      if (j === n || (d < 128 && d !== 0x2e && d !== 0x2d && d !== 0x27 && ((cls & N) === 0 || (d !== 0x2c && d !== 0x3a)))) {
        tokens.push({ text: text.slice(i, j), start: i, end: j });
        i = j;
        continue;
      }
    }
    let start = i;
    let end: number;
    let wordOnlyDigits = false;
    if (cls & W) {
      const wordEnd = runOf(text, i, W);
      end = hyphenPartsEnd(text, wordEnd);
      wordOnlyDigits = end === wordEnd && (cls & N) !== 0 && runOf(text, i, N) === wordEnd;
    } else {
      end = i + cpLength(text, i);
    }
    // Numbers like 6,500 or 18:30: a digit run followed by [.,:]digit takes the number branch.
    if (wordOnlyDigits && end + 1 < n && isNumberSep(text.charCodeAt(end)) && (unitClassAt(text, end + 1) & N) !== 0) {
      const num = numberEnd(text, start);
      if (num >= 0) end = num;
    }
    // Abbreviations and initials keep their period: "Dr.", "U.S.", "J.".
    if (text.charCodeAt(end) === 0x2e && isLetterUnit(text, end - 1)) {
      let j = end;
      // absorb dotted sequences like U.S. / p.m.
      while (text.charCodeAt(j) === 0x2e && isLetterUnit(text, j + 1) && (text.charCodeAt(j + 2) === 0x2e || !isLetterUnit(text, j + 2))) j += 2;
      if (j > end || isAbbreviation(text, start, end) || (end - start === 1 && (unitClassAt(text, start) & LU) !== 0)) {
        // (at the end of the text, "Karabakh.A" has no final dot to take: never past the end)
        end = Math.min(j + 1, n);
      }
    }
    // "U.S.-based": an abbreviation joined by a hyphen to a word stays one token.
    if (text.charCodeAt(end - 1) === 0x2e && end + 1 < n && isTokenHyphen(text.charCodeAt(end)) && (unitClassAt(text, end + 1) & (L | N)) !== 0) {
      end = hyphenPartsEnd(text, end);
    }
    // An apostrophe inside a name joins it: "O'Neill", "D’Alema" (but not "Armenia's").
    while (end + 1 < n && isApostrophe(text.charCodeAt(end)) && isLetterUnit(text, end - 1) && (unitClassAt(text, end + 1) & L) !== 0 &&
      cliticAfter(text, end, true) === 0) {
      end = runOf(text, end + 1, W);
    }
    if (end < n && isApostrophe(text.charCodeAt(end))) {
      // "didn't" -> "did" "n't", as CoNLL and the Penn Treebank write it.
      if (text.charCodeAt(end + 1) === 0x74 && (classAt(text, end + 2) & (L | N)) === 0 && end - start > 1 && (text.charCodeAt(end - 1) | 0x20) === 0x6e) {
        tokens.push({ text: text.slice(start, end - 1), start, end: end - 1 });
        tokens.push({ text: text.slice(end - 1, end + 2), start: end - 1, end: end + 2 });
        i = end + 2;
        continue;
      }
      // Possessive and contraction endings split off as their own token: "Armenia" "’s".
      if (isLetterUnit(text, end - 1)) {
        const len = cliticAfter(text, end, false);
        if (len > 0) {
          tokens.push({ text: text.slice(start, end), start, end });
          start = end;
          end = end + 1 + len;
        }
      }
    }
    tokens.push({ text: text.slice(start, end), start, end });
    i = end;
  }
  return tokens;
}

/** The lowercased text of [start, end) is a known abbreviation. */
function isAbbreviation(text: string, start: number, end: number): boolean {
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/**
 * Groups tokens into sentences. A line break always ends a sentence (headlines, bylines and
 * datelines stand on their own lines in plain-text news); so does . ! ? followed by a capital
 * or an opening quote, unless the period belongs to an abbreviation token.
 */
export function sentences(text: string, tokens: readonly Token[]): Sentence[] {
  const result: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    result.push({ start: tokens[first]!.start, end: tokens[endToken - 1]!.end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (next && hasNewline(text, tok.end, next.start)) {
      close(i + 1);
      continue;
    }
    if (tok.text === '.' || tok.text === '!' || tok.text === '?') {
      let k = i + 1;
      while (k < tokens.length && CLOSERS.has(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end) k++;
      const after = tokens[k];
      if (!after) continue;
      if (/^[\p{Lu}\p{N}"“‘'«(\[]/u.test(after.text)) {
        close(k);
        i = k - 1;
      }
    }
  }
  close(tokens.length);
  return result;
}
