// Where the dates' sentences and clauses end and open: the one reading of a full stop for tense.ts
// (a cue's reach), findDates.ts (two dates of one sentence), habitual.ts (a habit's clause) and
// recognize.ts (a capitalized word opening a sentence). The tagger's
// tokenizer has its own sentence split (text/tokenize.ts), trained with it; this one is tuned to
// tense cues and is not the tagger's.

const NEWLINE = 10, BANG = 33, QUESTION = 63, DOT = 46, COLON = 58, LPAREN = 40;

// A clause's sentence: from after the last \n ! ? or sentence-ending dot before the expression
// to the first one after it. A dot ends a sentence unless it ends "Mr" or "U.S" (a capital and at
// most one lowercase letter) or a known abbreviation of three or four letters ("Gen", "Sept");
// before the expression it must also be followed by a space.

/** Does the dot at `dot` end a sentence, i.e. not "Mr." or "U.S." (text[abbreviationFrom, dot) is tested)? */
export function dotEndsSentence(text: string, dot: number, abbreviationFrom: number): boolean {
  const before = text.slice(Math.max(0, abbreviationFrom), dot);
  if (/\b(?:[A-Z][a-z]?|vs|v)$/.test(before)) return false;
  // (of three or four letters only a known abbreviation: "Ohio.", "Iowa.", "Bush." end their sentence)
  const word = /\b[A-Z][a-z]{2,3}$/.exec(before);
  if (word && SHORT_ABBREVIATIONS.has(word[0].toLowerCase())) return false;
  // "until 9 a.m. Tuesday", "at 4 p.m. EDT Thursday": the time goes on into its day
  return !(/\b[ap]\.m$/i.test(before) && TIME_GOES_ON.test(text.slice(dot + 1, dot + 14)));
}
/** Abbreviations of three or four letters written with a capital: titles, months, weekdays, states, companies, streets. */
const SHORT_ABBREVIATIONS = new Set(
  ('gen sen rep gov col sgt maj adm cmdr capt prof corp bros dept govt assn inc ltd rev hon sens reps mrs messrs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur fri sat sun ' +
    'ala ariz ark cal colo conn del fla ill ind kan kans mass mich minn miss mont neb nebr nev okla ore tenn tex wash wis wisc wyo ' +
    'ave blvd est pct dist univ').split(' '),
);
const TIME_GOES_ON = /^\s+(?:[a-z0-9]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[ECMP][SD]T\b|GMT\b)/;

/** Does a sentence start at x (x > 0), seen from a clause after x? */
export function sentenceStartsAt(text: string, x: number): boolean {
  const ch = text.charCodeAt(x - 1);
  if (ch === NEWLINE || ch === BANG || ch === QUESTION) return true;
  return ch === DOT && /\s/.test(text[x] ?? ' ') && dotEndsSentence(text, x - 1, x - 6);
}

/** Do text offsets a < b lie in one sentence (no sentence starts in (a, b])? */
export function inOneSentence(text: string, a: number, b: number): boolean {
  for (let x = a + 1; x <= b; x++) {
    const c = text.charCodeAt(x - 1);
    if ((c === NEWLINE || c === BANG || c === QUESTION || c === DOT) && sentenceStartsAt(text, x)) return false;
  }
  return true;
}

/** Does the sentence end at e (e < text.length), seen from a clause before e? */
export function sentenceEndsAt(text: string, e: number): boolean {
  const ch = text.charCodeAt(e);
  if (ch === NEWLINE || ch === BANG || ch === QUESTION) return true;
  return ch === DOT && dotEndsSentence(text, e, e - 5);
}

/** How many sentences start in (a, b], counted up to `max`. */
export function sentenceStartsIn(text: string, a: number, b: number, max: number): number {
  let n = 0;
  for (let x = a + 1; x <= b && n < max; x++) {
    const c = text.charCodeAt(x - 1);
    if ((c === NEWLINE || c === BANG || c === QUESTION || c === DOT) && sentenceStartsAt(text, x)) {
      n++;
      // (the space after a full stop, a blank line's second break: the same sentence's start)
      while (x < b && /\s/.test(text[x]!)) x++;
    }
  }
  return n;
}

const CLAUSE_END = /[;:!?\n]|\.(?=\s+["“`'(]?[A-Z0-9]|\s*$)/g;
/** How far from a date its clause is looked for: a text with no clause end is not scanned to its end for each date. */
const CLAUSE_REACH = 400;

/**
 * The clause around [start, end) (its start and end): to the nearest ; : ! ? line break or
 * sentence-ending full stop (dotEndsSentence, followed by a capital or a figure) on either side,
 * within CLAUSE_REACH characters.
 */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - CLAUSE_REACH), to = Math.min(text.length, end + CLAUSE_REACH);
  let a = from, b = to;
  const window = text.slice(from, to);
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(window); m; m = CLAUSE_END.exec(window)) {
    const at = from + m.index;
    if (m[0] === '.' && !dotEndsSentence(text, at, at - 6)) continue;
    // (a dot the window's end alone let through: the text goes on, and the dot ends nothing there)
    if (m[0] === '.' && to < text.length && !/^\.(?:\s+["“`'(]?[A-Z0-9]|\s*$)/.test(text.slice(at, at + 8))) continue;
    if (at < start) a = at + 1;
    else if (at >= end) { b = at; break; }
  }
  return [a, b];
}

/**
 * Whether a sentence, a line, a quotation or a parenthesis opens at `at` (spaces before it
 * skipped): the one test of recognize.ts, findDates.ts and tense.ts for "its first word".
 */
export function opensSentence(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === 0) return true;
  const c = text.charCodeAt(k - 1);
  return c === NEWLINE || c === 13 || c === BANG || c === QUESTION || c === DOT || c === COLON || c === LPAREN || c === 34 || c === 0x201c || c === 96;
}
