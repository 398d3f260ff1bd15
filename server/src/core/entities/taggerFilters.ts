// Product rules on top of the statistical tagger, for precision: the tagger learned from
// Reuters text of 1996, and plain-text articles bring things it never saw.
//   - spans are trimmed of punctuation and possessive tokens at their edges ("’s Defense");
//   - a span made only of titles ("Secretary General", "National Security Chief") is a role,
//     not a name; titles in front of a person's name are not part of it;
//   - in a Title Case line (a headline) every word is capitalized, so capitals say nothing:
//     a span there is kept only if the same words are tagged in the body too.

import type { Token } from '../text/tokenize.ts';
import { fold } from '../text/fold.ts';
import type { TaggedSpan } from './tagger.ts';

const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'general', 'chief', 'deputy', 'foreign',
  'defense', 'defence', 'national', 'security', 'chairman', 'chairperson', 'chair', 'co-chair', 'co-chairs',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'special', 'representative', 'head',
  'leader', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'commander', 'speaker', 'director',
  'mr', 'mrs', 'ms', 'dr', 'dr.', 'mr.', 'mrs.', 'ms.', 'sir', 'general', 'colonel', 'gen.', 'col.',
  'ombudsman', 'officer', 'official', 'officials', 'premier', 'chancellor', 'executive', 'assistant',
]);

const WORDLIKE = /[\p{L}\p{N}]/u;

export function filterTaggedSpans(text: string, tokens: readonly Token[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const inTitleLine = titleLineTest(text);

  const cleaned: TaggedSpan[] = [];
  for (const span of spans) {
    let first = tokenStartingAt(tokens, span.start);
    if (first === undefined) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
    const isEdgeJunk = (t: Token) => !WORDLIKE.test(t.text) || /^['’]s$/i.test(t.text);
    while (first <= last && isEdgeJunk(tokens[first]!)) first++;
    while (last >= first && isEdgeJunk(tokens[last]!)) last--;
    if (first > last) continue;
    if (span.label === 'PER') while (first < last && TITLE_WORDS.has(tokens[first]!.text.toLowerCase())) first++;
    const words = tokens.slice(first, last + 1).filter((t) => WORDLIKE.test(t.text));
    if (words.every((t) => TITLE_WORDS.has(t.text.toLowerCase()))) continue;
    cleaned.push({ start: tokens[first]!.start, end: tokens[last]!.end, label: span.label });
  }

  const bodyKeys = new Set(cleaned.filter((s) => !inTitleLine(s.start)).map((s) => fold(text.slice(s.start, s.end))));
  return cleaned.filter((s) => !inTitleLine(s.start) || bodyKeys.has(fold(text.slice(s.start, s.end))));
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
 * characters other than CR and LF; only the lines that spans start in are examined (once each),
 * rather than every line of the text.
 */
function titleLineTest(text: string): (offset: number) => boolean {
  let lines: Int32Array | undefined; // start, end of each line
  const known = new Map<number, boolean>(); // line index -> looks like a headline
  return (offset) => {
    if (offset >= text.length || isLineBreak(text.charCodeAt(offset))) return false;
    lines ??= lineBounds(text);
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
      title = isTitleCaseLine(text.slice(lines[2 * line], lines[2 * line + 1]));
      known.set(line, title);
    }
    return title;
  };
}

/** Start and end of every maximal run of characters other than CR and LF. */
function lineBounds(text: string): Int32Array {
  const out: number[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isLineBreak(text.charCodeAt(i))) i++;
    if (i === text.length) break;
    const start = i;
    while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
    out.push(start, i);
  }
  return Int32Array.from(out);
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

/** A line that looks like a headline: several words, most of them capitalized, no closing period. */
function isTitleCaseLine(line: string): boolean {
  // the cheap test first: most lines of an article are sentences that end with a period
  if (endsLikeSentence(line)) return false;
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 3) return false;
  const content = words.filter((w) => w.length > 3);
  const capitalized = content.filter((w) => /^\p{Lu}/u.test(w));
  return content.length > 0 && capitalized.length / content.length >= 0.8;
}
