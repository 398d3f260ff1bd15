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
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, i) => tokenAt.set(t.start, i));
  const titleLines = titleCaseLines(text);
  const inTitleLine = (offset: number) => titleLines.some(([s, e]) => offset >= s && offset < e);

  const cleaned: TaggedSpan[] = [];
  for (const span of spans) {
    let first = tokenAt.get(span.start);
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

/** Lines that look like headlines: several words, most of them capitalized, no closing period. */
function titleCaseLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const words = m[0].match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    if (words.length < 3 || /[.!?]["”’]?\s*$/.test(m[0])) continue;
    const content = words.filter((w) => w.length > 3);
    const capitalized = content.filter((w) => /^\p{Lu}/u.test(w));
    if (content.length > 0 && capitalized.length / content.length >= 0.8) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
