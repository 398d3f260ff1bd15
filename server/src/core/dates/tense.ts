// Tense of the clause around a date expression, in the manner of HeidelTime's tense-aware
// resolution but without a POS tagger: the grammatical cue (past verb, future auxiliary,
// present verb) nearest to the expression inside its sentence decides.

export type Tense = 'past' | 'present' | 'future' | 'none';

const IRREGULAR_PAST = new Set(
  ('was were had did said told came went took made met began got gave held left saw became fell rose ' +
    'won lost sent brought thought found led ran spoke wrote paid kept put sold bought struck shot ' +
    'fought broke chose drew drove flew forgot grew hung heard knew laid meant sought stood swore ' +
    'taught threw understood woke wore ate fled overtook arose slid spent withdrew sank sang shook ' +
    'stole swept swung tore underwent upheld wound bore beat bit dealt dug fed felt forbade froze ' +
    'hid lay lit mistook overcame rode rang sat slept sped spun split stuck stung strove undertook ' +
    'ago earlier previously').split(' '),
);
const PRESENT = new Set('is are am says say does do has have remains seems continues expects'.split(' '));
const FUTURE = new Set(
  ('will shall \'ll won\'t wo next upcoming coming tomorrow scheduled expected planned plans plan slated due ' +
    'payable set intends intend intended aims deadline until').split(' '),
);
/** The cue of each listed word, as classify() ranks them: future, then past, then present. */
const CUES = new Map<string, Tense>([
  ...[...PRESENT].map((w) => [w, 'present'] as const),
  ...[...IRREGULAR_PAST].map((w) => [w, 'past'] as const),
  ...[...FUTURE, 'would'].map((w) => [w, 'future'] as const),
]);
const NOT_PAST_ED = new Set(
  'need speed indeed red bed hundred seed feed breed proceed exceed succeed shed creed greed weed bleed'.split(' '),
);
const BE_AUX = new Set('be been being to will would shall could should can may might must'.split(' '));

const NEWLINE = 10, BANG = 33, QUESTION = 63, DOT = 46, APOSTROPHE = 39;

// A clause's sentence: from after the last \n ! ? or sentence-ending dot before the expression
// to the first one after it. A dot ends a sentence unless it ends "Mr" or "U.S" (a capital and up
// to three lowercase letters); before the expression it must also be followed by a space.

/** Does the dot at `dot` end a sentence, i.e. not "Mr." or "U.S." (text[abbreviationFrom, dot) is tested)? */
function dotEndsSentence(text: string, dot: number, abbreviationFrom: number): boolean {
  return !/\b(?:[A-Z][a-z]{0,3}|[A-Z])$/.test(text.slice(Math.max(0, abbreviationFrom), dot));
}

/** Does a sentence start at x (x > 0), seen from a clause after x? */
function sentenceStartsAt(text: string, x: number): boolean {
  const ch = text.charCodeAt(x - 1);
  if (ch === NEWLINE || ch === BANG || ch === QUESTION) return true;
  return ch === DOT && /\s/.test(text[x] ?? ' ') && dotEndsSentence(text, x - 1, x - 6);
}

/** Does the sentence end at e (e < text.length), seen from a clause before e? */
function sentenceEndsAt(text: string, e: number): boolean {
  const ch = text.charCodeAt(e);
  if (ch === NEWLINE || ch === BANG || ch === QUESTION) return true;
  return ch === DOT && dotEndsSentence(text, e, e - 5);
}

/** `w` and its neighbours `prev` and `next` (within the same side of the expression) are lowercase. */
function classify(w: string, prev: string, next: string | undefined): Tense | undefined {
  if (w === 'set' && next !== 'to') return undefined;
  if (w === 'going' && next === 'to') return 'future';
  const cue = CUES.get(w);
  if (cue) return cue;
  if (w.length >= 5 && w.endsWith('ed') && /^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w)) {
    if (BE_AUX.has(prev)) return undefined; // passive/infinitive participle: the auxiliary decides
    return 'past';
  }
  return undefined;
}

// Words are maximal runs of [A-Za-z'] of the sentence on one side of the expression, lowercased,
// with apostrophes at their edges trimmed. They are read one at a time outward from the
// expression, finding the sentence's edge on the way, since the nearest cue is usually a word
// or two away. (No sentence edge is a letter or an apostrophe, so none falls inside a word.)

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === APOSTROPHE;

function wordOf(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  const word = raw.charCodeAt(0) === APOSTROPHE || raw.charCodeAt(raw.length - 1) === APOSTROPHE ? raw.replace(/^'+|'+$/g, '') || raw : raw;
  // Most words are lowercase already; toLowerCase is slow on the two-byte slices of a text
  // with any non-ASCII character.
  return hasUpper(word) ? word.toLowerCase() : word;
}

function hasUpper(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/** A reading position: `at` is the next offset to read from, `done` once the sentence's edge is reached. */
interface Reader {
  at: number;
  done: boolean;
}

/** The next word before r.at in the sentence, moving r.at to its start. */
function wordBefore(text: string, r: Reader): string | undefined {
  while (!r.done) {
    const x = r.at;
    if (x === 0 || sentenceStartsAt(text, x)) {
      r.done = true;
      break;
    }
    if (isWordChar(text.charCodeAt(x - 1))) {
      let a = x - 1;
      while (a > 0 && isWordChar(text.charCodeAt(a - 1))) a--;
      r.at = a;
      return wordOf(text, a, x);
    }
    r.at = x - 1;
  }
  return undefined;
}

/** The next word from r.at on in the sentence, moving r.at past its end. */
function wordAfter(text: string, r: Reader): string | undefined {
  while (!r.done) {
    const y = r.at;
    if (y >= text.length || sentenceEndsAt(text, y)) {
      r.done = true;
      break;
    }
    if (isWordChar(text.charCodeAt(y))) {
      let b = y + 1;
      while (b < text.length && isWordChar(text.charCodeAt(b))) b++;
      r.at = b;
      return wordOf(text, y, b);
    }
    r.at = y + 1;
  }
  return undefined;
}

/** The tense of the clause around [start, end): nearest tense cue within the sentence. */
export function tenseAround(text: string, start: number, end: number): Tense {
  // The nearest cue on each side (distance in words); on a tie the one before wins.
  let best: Tense | undefined;
  let bestDistance = Infinity;
  const back: Reader = { at: start, done: false };
  let next: string | undefined;
  let distance = 1;
  for (let w = wordBefore(text, back); w !== undefined; distance++) {
    const prev = wordBefore(text, back);
    const t = classify(w, prev ?? '', next);
    if (t) {
      best = t;
      bestDistance = distance;
      break;
    }
    next = w;
    w = prev;
  }
  const forward: Reader = { at: end, done: false };
  let prev = '';
  distance = 1;
  for (let w = distance < bestDistance ? wordAfter(text, forward) : undefined; w !== undefined && distance < bestDistance; distance++) {
    const following = wordAfter(text, forward);
    const t = classify(w, prev, following);
    if (t) {
      best = t;
      break;
    }
    prev = w;
    w = following;
  }
  return best ?? 'none';
}
