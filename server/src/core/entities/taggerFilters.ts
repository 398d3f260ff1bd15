// Product rules on top of the statistical tagger, for precision: the tagger learned from
// Reuters text of 1996, and plain-text articles bring things it never saw.
//   - spans are trimmed of punctuation and possessive tokens at their edges ("’s Defense");
//   - a span made only of titles ("Secretary General", "National Security Chief") is a role,
//     not a name; titles in front of a person's name are not part of it ("Judge Smith"), and a
//     title inside another span starts a person ("French Navy Admiral Yves Lagane");
//   - a leading article is not part of a name ("The Justice Department"); interview markers
//     ("Q." / "A." opening a line) are not initials;
//   - the shape of a name beyond the tagger's span (suffixes, possessives, products): nameShapes.ts;
//     a wire dateline is decided by its pattern: wireDateline.ts;
//   - in a Title Case line (a headline) every word is capitalized, so capitals say nothing:
//     a span there is kept only if the same words are tagged in the body too. Only the lines
//     before the body (the first line that ends like a sentence) can be headlines, and a line is
//     Title Case only if it capitalizes a word that is not a name (a function word, or a word the
//     article writes in lower case elsewhere): a results table, standings, a sign-off or a
//     dateline is mostly capitalized because it is mostly names.

import type { Token } from '../text/tokenize.ts';
import { fold } from '../text/fold.ts';
import type { TaggedSpan } from './tagger.ts';
import { shapeNames, type TokenRange } from './nameShapes.ts';
import { wireDatelineSpans } from './wireDateline.ts';
import { mapPacked } from '../text/packed.ts';

const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'general', 'chief', 'deputy', 'foreign',
  'defense', 'defence', 'national', 'security', 'chairman', 'chairperson', 'chair', 'co-chair', 'co-chairs',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'special', 'representative', 'head',
  'leader', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'commander', 'speaker', 'director',
  'mr', 'mrs', 'ms', 'dr', 'dr.', 'mr.', 'mrs.', 'ms.', 'sir', 'general', 'colonel', 'gen.', 'col.',
  'ombudsman', 'officer', 'official', 'officials', 'premier', 'chancellor', 'executive', 'assistant',
  'judge', 'justice', 'sen.', 'rep.', 'gov.', 'lt.', 'sgt.', 'capt.', 'adm.', 'admiral', 'rev.', 'cmdr.', 'captain',
  'lieutenant', 'sergeant', 'professor', 'prof.', 'gen', 'col', 'capt', 'sen', 'rep', 'gov',
]);

const WORDLIKE = /[\p{L}\p{N}]/u;

export function filterTaggedSpans(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const inTitleLine = titleLineTest(text, tokens);
  const interview = interviewMarkers(text, tokens);

  const trimmed: TokenRange[] = [];
  for (const span of spans) {
    let first = tokenStartingAt(tokens, span.start);
    if (first === undefined) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    // brackets around the whole span are not the name's
    while (first < last && closerOf(tokens[first]!.text) !== undefined && closerOf(tokens[first]!.text) === tokens[last]!.text) {
      first++;
      last--;
    }
    while (first <= last && isEdgeJunk(tokens, first, first, last)) first++;
    while (last >= first && isEdgeJunk(tokens, last, first, last)) last--;
    // "Q." / "A." opening a line of an interview are no initials; one word left is no name either
    if (first <= last && interview(first)) {
      first++;
      while (first <= last && !WORDLIKE.test(tokens[first]!.text)) first++;
      if (first === last) continue;
    }
    // "submarine Kursk": a lower-case word opening a span is no part of the name (particles are: "de Silva")
    while (first < last && startsLower(tokens[first]!.text) && /^\p{Ll}+$/u.test(tokens[first]!.text) && !PARTICLES.has(tokens[first]!.text)) first++;
    // "The Justice Department said": an article opening a sentence is not part of a name; one
    // capitalized inside a sentence is ("at The Oval"), and so is the one of "The Hague"
    if (first < last && ARTICLES.has(tokens[first]!.text) && !ARTICLE_NAMES.has(tokens[first + 1]!.text.toLowerCase()) &&
      (tokens[first]!.text === 'the' || opensSentence(text, tokens, first))) first++;
    if (first > last) continue;
    // "French Navy Admiral Yves Lagane": a title inside a span that is not a person's starts the person
    let split = -1;
    if (span.label !== 'PER') for (let k = first + 1; k < last && split < 0; k++) if (tokens[k]!.text.length <= 12 && INNER_TITLES.has(tokens[k]!.text.toLowerCase()) && isName(tokens[k + 1]!)) split = k;
    if (split > 0) {
      trimmed.push({ first, last: split - 1, label: span.label }, { first: split + 1, last, label: 'PER' });
      continue;
    }
    trimmed.push({ first, last, label: span.label });
  }
  const shaped = shapeNames(text, tokens, trimmed);
  // A title word can be a surname ("Billie Jean King" ... "King said"): not a role alone then.
  const surnames = new Set<string>();
  for (const s of shaped) if (s.label === 'PER' && s.last > s.first) surnames.add(tokens[s.last]!.text.toLowerCase());

  const cleaned: TaggedSpan[] = [];
  for (let { first, last, label } of shaped) {
    if (label === 'PER') {
      // titles and kin words before the name: "Judge Smith", "Great-uncle Lazaro Gonzalez"
      while (first < last && (TITLE_WORDS.has(tokens[first]!.text.toLowerCase()) || (tokens[first]!.text.includes('-') && /^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(tokens[first]!.text)))) first++;
      // initials the tagger left out: "K. Michael Moore"
      while (first > 0 && isInitial(tokens[first - 1]!.text) && tokens[first]!.start === tokens[first - 1]!.end + 1 && !interview(first - 1)) first--;
    }
    const words = tokens.slice(first, last + 1).filter((t) => WORDLIKE.test(t.text));
    if (words.every((t) => TITLE_WORDS.has(t.text.toLowerCase())) && !(label === 'PER' && words.length === 1 && surnames.has(words[0]!.text.toLowerCase()))) continue;
    // dates are no names: "Jan.", "Monday"
    if (words.length <= 2 && words.every((t) => t.text.length <= 9 && CALENDAR_WORDS.has(t.text.toLowerCase()))) continue;
    cleaned.push({ start: tokens[first]!.start, end: tokens[last]!.end, label });
  }
  const withDateline = replaceDateline(text, cleaned);

  const inTitle = mapPacked(withDateline, (s) => inTitleLine(s.start));
  // (most articles have no name in a title line: then no name's key is needed)
  if (!inTitle.includes(true)) return withDateline;
  const bodyKeys = new Set(withDateline.filter((_, i) => !inTitle[i]).map((s) => fold(text.slice(s.start, s.end))));
  return withDateline.filter((s, i) => !inTitle[i] || bodyKeys.has(fold(text.slice(s.start, s.end))));
}

/** Months (but May, a name too) and weekdays, written out or abbreviated. */
const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Lower-case words that begin names. */
const PARTICLES = new Set(['de', 'da', 'di', 'do', 'dos', 'du', 'del', 'della', 'des', 'der', 'den', 'van', 'von', 'le', 'la', 'el', 'al', 'bin', 'ibn', 'ter', 'ten', 'st']);
const ARTICLES = new Set(['The', 'the', 'A', 'An']);
/** Names whose article is theirs. */
const ARTICLE_NAMES = new Set(['hague', 'netherlands', 'gambia', 'bahamas']);
/** Titles that, inside an organization's or place's span, introduce a person ("Navy Admiral Yves Lagane"). */
const INNER_TITLES = new Set([
  'admiral', 'adm.', 'judge', 'chairman', 'chairwoman', 'president', 'minister', 'premier', 'chancellor',
  'spokesman', 'spokeswoman', 'captain', 'capt.', 'gen.', 'col.', 'lt.', 'sgt.', 'sen.', 'rep.', 'gov.',
  'mr.', 'mrs.', 'ms.', 'dr.', 'commander', 'ambassador', 'secretary', 'director',
]);

/** Whether the token starts a line or follows the end of a sentence or an opening quote. */
function opensSentence(text: string, tokens: readonly Token[], k: number): boolean {
  if (k === 0 || startsLine(text, tokens[k]!.start)) return true;
  return /^(?:[.!?:"“‘'(]|``|--|—)$/.test(tokens[k - 1]!.text);
}

/** "K.": one capital and a period. */
const isInitial = (word: string) => word.length === 2 && word.charCodeAt(1) === 46 && /^\p{Lu}$/u.test(word[0]!);

/** A lower-case first letter (ASCII fast path). */
function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(word);
}

const isName = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * Whether the token opens an interview line as its "Q." or "A." marker: a line that starts with
 * "Q." anywhere in the text makes the "A." lines answers.
 */
function interviewMarkers(text: string, tokens: readonly Token[]): (k: number) => boolean {
  let hasQuestions: boolean | undefined;
  return (k) => {
    const t = tokens[k]!;
    if (t.text !== 'Q.' && t.text !== 'A.') return false;
    if (!startsLine(text, t.start)) return false;
    hasQuestions ??= /(?:^|\n)[ \t]*Q\.\s/.test(text);
    return hasQuestions;
  };
}

function startsLine(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/**
 * The wire dateline of the article's first body line (or a line before it), if any, replaces what
 * the tagger found there.
 */
function replaceDateline(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  let lineStart = 0;
  for (let guard = 0; guard < 50 && lineStart < text.length; guard++) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const line = text.slice(lineStart, end);
    const lead = line.length - line.trimStart().length;
    // a dateline opens with two capitals
    const c0 = line.charCodeAt(lead);
    const c1 = line.charCodeAt(lead + 1);
    const found = c0 >= 65 && c0 <= 90 && ((c1 >= 65 && c1 <= 90) || c1 === 46) ? wireDatelineSpans(line.slice(lead), lineStart + lead) : [];
    if (found.length > 0) {
      const kept = spans.filter((s) => !found.some((d) => s.start < d.end && d.start < s.end));
      return [...kept, ...found].sort((a, b) => a.start - b.start);
    }
    if (endsLikeSentence(line)) break;
    lineStart = end + 1;
  }
  return spans;
}

// The brackets, compared rather than looked up in an object: a word used as a key is hashed
// first, and every span's first word was (a fiftieth of the CPU time outside the tagger).
function openerOf(t: string): string | undefined {
  return t === ')' ? '(' : t === ']' ? '[' : undefined;
}

function closerOf(t: string): string | undefined {
  return t === '(' ? ')' : t === '[' ? ']' : undefined;
}

/**
 * Punctuation and possessive endings at a span's edge are not part of the name, but a bracket
 * whose partner is inside the span is ("Mladost (BJ)").
 */
function isEdgeJunk(tokens: readonly Token[], k: number, first: number, last: number): boolean {
  const t = tokens[k]!.text;
  if (/^['’]s$/i.test(t)) return true;
  if (WORDLIKE.test(t)) return false;
  const opener = openerOf(t);
  if (opener !== undefined) for (let j = first; j < k; j++) if (tokens[j]!.text === opener) return false;
  const closer = closerOf(t);
  if (closer !== undefined) for (let j = k + 1; j <= last; j++) if (tokens[j]!.text === closer) return false;
  return true;
}

/**
 * Index of the token starting at `offset` (the last one, should several), or undefined.
 * Tokens are in text order; a binary search spares building a map of every token per document.
 */
function tokenStartingAt(tokens: readonly Token[], offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && tokens[lo - 1]!.start === offset ? lo - 1 : undefined;
}

/**
 * Whether an offset lies in a line that looks like a headline. Lines are maximal runs of
 * characters other than CR and LF; only the lines before the body can be (the body starts at the
 * first line that ends like a sentence), and only those that spans start in are examined (once
 * each): the lines are found up to the body's first, not through an article that puts each
 * paragraph on a line of its own.
 */
function titleLineTest(text: string, tokens: readonly Token[]): (offset: number) => boolean {
  let head: ReturnType<typeof headLines> | undefined;
  let lowerWords: Set<string> | undefined;
  const writtenLower = (word: string) => {
    if (!lowerWords) {
      lowerWords = new Set();
      for (const t of tokens) {
        const c = t.text.charCodeAt(0);
        if ((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t.text))) lowerWords.add(t.text);
      }
    }
    return lowerWords.has(word);
  };
  const known = new Map<number, boolean>(); // line index -> looks like a headline
  return (offset) => {
    if (offset >= text.length || isLineBreak(text.charCodeAt(offset))) return false;
    head ??= headLines(text);
    // (the body's lines start at or after its start; an offset before it is in a line of the head)
    if (offset >= head.bodyStart) return false;
    const { lines } = head;
    // the last line starting at or before offset contains it
    let lo = 0;
    let hi = lines.length >> 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lines[2 * mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    const line = lo - 1;
    let title = known.get(line);
    if (title === undefined) {
      title = isTitleCaseLine(text.slice(lines[2 * line], lines[2 * line + 1]), writtenLower);
      known.set(line, title);
    }
    return title;
  };
}

/**
 * Start and end of each line before the body (maximal runs of characters other than CR and LF),
 * and where the body starts: at its first line, the first that ends like a sentence (with none,
 * at the end of the text).
 */
function headLines(text: string): { lines: Int32Array; bodyStart: number } {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isLineBreak(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
    if (endsLikeSentence(text.slice(start, i))) return { lines: Int32Array.from(out), bodyStart: start };
    out.push(start, i);
  }
  return { lines: Int32Array.from(out), bodyStart: text.length };
}

/** /[.!?]["”’]?\s*$/ without a regex scan from the start of a long line (trimEnd drops the same \s). */
function endsLikeSentence(line: string): boolean {
  const t = line.trimEnd();
  let j = t.length - 1;
  if (j >= 0 && '"”’'.includes(t[j]!)) j--;
  return j >= 0 && '.!?'.includes(t[j]!);
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Words a headline capitalizes that are never names on their own. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'as',
  'after', 'before', 'over', 'under', 'into', 'about', 'against', 'is', 'are', 'was', 'be', 'has', 'have',
  'will', 'not', 'no', 'up', 'out', 'off', 'its', 'his', 'her', 'their', 'says', 'said',
]);

/**
 * A line that looks like a headline: several words, most of them capitalized, no closing period,
 * and after the first word a function word in lower case, or a capitalized word that is not a
 * name (see the file comment).
 */
function isTitleCaseLine(line: string, writtenLower: (word: string) => boolean): boolean {
  // the cheap test first: most lines of an article are sentences that end with a period
  if (endsLikeSentence(line)) return false;
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  const content = words.filter((w) => w.length > 3);
  const capitalized = content.filter((w) => /^\p{Lu}/u.test(w));
  if (content.length === 0 || capitalized.length / content.length < 0.8) return false;
  return words.some((w, k) => {
    if (k === 0) return false;
    // Title Case keeps short function words in lower case ("Key Dates in Elian Case")
    if (FUNCTION_WORDS.has(w)) return true;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) return false;
    const lower = w.toLowerCase();
    return FUNCTION_WORDS.has(lower) || writtenLower(lower);
  });
}
