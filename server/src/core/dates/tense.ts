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
const NOT_PAST_ED = new Set(
  'need speed indeed red bed hundred seed feed breed proceed exceed succeed shed creed greed weed bleed'.split(' '),
);
const BE_AUX = new Set('be been being to will would shall could should can may might must'.split(' '));

const WORD = /[A-Za-z']+/g;

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0) {
    const ch = text[s - 1];
    if (ch === '\n' || ch === '!' || ch === '?') break;
    if (ch === '.' && /\s/.test(text[s] ?? ' ') && !/\b(?:[A-Z][a-z]{0,3}|[A-Z])$/.test(text.slice(Math.max(0, s - 6), s - 1))) break;
    s--;
  }
  let e = end;
  while (e < text.length) {
    const ch = text[e];
    if (ch === '\n' || ch === '!' || ch === '?') break;
    if (ch === '.' && /\s|$/.test(text[e + 1] ?? ' ') && !/\b(?:[A-Z][a-z]{0,3}|[A-Z])$/.test(text.slice(Math.max(0, e - 5), e))) break;
    e++;
  }
  return [s, e];
}

/** `words` are lowercase. */
function classify(words: string[], i: number): Tense | undefined {
  const w = words[i]!;
  const prev = i > 0 ? words[i - 1]! : '';
  if (w === 'set' && words[i + 1] !== 'to') return undefined;
  if (FUTURE.has(w) || (w === 'going' && words[i + 1] === 'to')) return 'future';
  if (w === 'would') return 'future';
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (PRESENT.has(w)) return 'present';
  if (w.length >= 5 && w.endsWith('ed') && /^[a-z]{3,}ed$/.test(w) && !NOT_PAST_ED.has(w)) {
    if (BE_AUX.has(prev)) return undefined; // passive/infinitive participle: the auxiliary decides
    return 'past';
  }
  return undefined;
}

/** The lowercase words of text[from, to) (apostrophes at their edges trimmed). */
function wordsOf(text: string, from: number, to: number): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  const chunk = text.slice(from, to);
  for (let m = WORD.exec(chunk); m; m = WORD.exec(chunk)) {
    const raw = m[0];
    const word = raw.charCodeAt(0) === 39 || raw.charCodeAt(raw.length - 1) === 39 ? raw.replace(/^'+|'+$/g, '') || raw : raw;
    words.push(word.toLowerCase());
  }
  return words;
}

/** The tense of the clause around [start, end): nearest tense cue within the sentence. */
export function tenseAround(text: string, start: number, end: number): Tense {
  const [s, e] = sentenceBounds(text, start, end);
  // The nearest cue on each side (distance in words); on a tie the one before wins.
  const before = wordsOf(text, s, start);
  let best: Tense | undefined;
  let bestDistance = Infinity;
  for (let i = before.length - 1; i >= 0; i--) {
    const t = classify(before, i);
    if (t) {
      best = t;
      bestDistance = before.length - i;
      break;
    }
  }
  const after = wordsOf(text, end, e);
  for (let i = 0; i < after.length && i + 1 < bestDistance; i++) {
    const t = classify(after, i);
    if (t) {
      best = t;
      break;
    }
  }
  return best ?? 'none';
}
