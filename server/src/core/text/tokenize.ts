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
const TOKEN_RE =
  /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*|[\p{N}]+(?:[.,:][\p{N}]+)+|\S/gu;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
}

/** Splits text into tokens. Whitespace is never part of a token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    // Numbers like 6,500 or 18:30 are matched by the second branch only if the first did not
    // take the leading digits; re-try the number branch when a digit run is followed by [.,:]digit.
    if (/^\p{N}+$/u.test(m[0]) && /^[.,:]\p{N}/u.test(text.slice(end, end + 2))) {
      const num = /^[\p{N}]+(?:[.,:][\p{N}]+)+/u.exec(text.slice(start));
      if (num) {
        end = start + num[0].length;
        TOKEN_RE.lastIndex = end;
      }
    }
    // Abbreviations and initials keep their period: "Dr.", "U.S.", "J.".
    if (text[end] === '.' && isLetter(text[end - 1])) {
      const word = text.slice(start, end);
      let j = end;
      // absorb dotted sequences like U.S. / p.m.
      while (text[j] === '.' && isLetter(text[j + 1]) && (text[j + 2] === '.' || !isLetter(text[j + 2]))) j += 2;
      const dotted = text.slice(start, j).toLowerCase();
      if (j > end || ABBREVIATIONS.has(dotted) || ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && /\p{Lu}/u.test(word))) {
        end = j + 1;
        TOKEN_RE.lastIndex = end;
      }
    }
    // "U.S.-based": an abbreviation joined by a hyphen to a word stays one token.
    if (text[end - 1] === '.' && /^[-‐‑][\p{L}\p{N}]/u.test(text.slice(end, end + 2))) {
      const rest = /^(?:[-‐‑][\p{L}\p{M}\p{N}]+)+/u.exec(text.slice(end));
      if (rest) {
        end += rest[0].length;
        TOKEN_RE.lastIndex = end;
      }
    }
    // An apostrophe inside a name joins it: "O'Neill", "D’Alema" (but not "Armenia's").
    while ((text[end] === "'" || text[end] === '’') && isLetter(text[end - 1]) && /^['’]\p{L}/u.test(text.slice(end, end + 2)) &&
      !/^['’](?:s|S|d|ll|re|ve|m|t)(?![\p{L}\p{N}])/u.test(text.slice(end))) {
      const rest = /^['’][\p{L}\p{M}\p{N}]+/u.exec(text.slice(end))!;
      end += rest[0].length;
      TOKEN_RE.lastIndex = end;
    }
    // "didn't" -> "did" "n't", as CoNLL and the Penn Treebank write it.
    if ((text[end] === "'" || text[end] === '’') && /^['’]t(?![\p{L}\p{N}])/u.test(text.slice(end)) && /n$/i.test(text.slice(start, end)) && end - start > 1) {
      tokens.push({ text: text.slice(start, end - 1), start, end: end - 1 });
      tokens.push({ text: text.slice(end - 1, end + 2), start: end - 1, end: end + 2 });
      TOKEN_RE.lastIndex = end + 2;
      continue;
    }
    // Possessive and contraction endings split off as their own token: "Armenia" "’s".
    if ((text[end] === "'" || text[end] === '’') && isLetter(text[end - 1])) {
      const rest = /^['’](s|S|d|ll|re|ve|m)(?![\p{L}\p{N}])/u.exec(text.slice(end));
      if (rest) {
        tokens.push({ text: text.slice(start, end), start, end });
        start = end;
        end = end + rest[0].length;
        TOKEN_RE.lastIndex = end;
      }
    }
    tokens.push({ text: text.slice(start, end), start, end });
  }
  return tokens;
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
    if (next && text.slice(tok.end, next.start).includes('\n')) {
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
