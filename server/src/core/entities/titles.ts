// Titles next to a name, where news copy puts them: right before it ("Russian Defence Minister
// Sergei Shoigu") or as an appositive after it ("Pashinyan, Armenia's president,"). A title is
// read only when it ends in an office Dateline knows (knowledge/offices.ts) and no modifier makes
// it another office or a past one ("former", "then-", "deputy").

import type { EntityMention } from './mention.ts';
import { lastOfficeIn, officeAtStart, TITLE_MODIFIERS } from '../knowledge/offices.ts';
import { overlapIndexOf, someOverlapping, type OverlapIndex } from '../text/ordered.ts';

export interface TitleInText {
  start: number;
  end: number;
  /** The office's own words inside the title, which a fix replaces. */
  officeStart: number;
  officeEnd: number;
  office: string;
  country?: string;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'to', 'and']);
const OFFICE_PIECES = new Set(['prime', 'minister', 'president', 'premier', 'foreign', 'defense', 'defence', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'ambassador', 'chairman', 'chairwoman', 'governor', 'mayor', 'senator', 'speaker', 'chancellor', 'affairs', 'state', 'head', 'government']);

const WORD_CHAR = /^[\p{L}\p{M}\p{N}.'’-]$/u;

/** Code units of the word character (a letter, mark, digit or .'’-) ending at text[k - 1], 0 if none there; text before `from` is not looked at. */
function wordCharBefore(text: string, from: number, k: number): number {
  const c = text.charCodeAt(k - 1);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 45 ? 1 : 0;
  if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= from) {
    const h = text.charCodeAt(k - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD_CHAR.test(text.slice(k - 2, k)) ? 2 : 0;
  }
  return WORD_CHAR.test(text[k - 1]!) ? 1 : 0;
}

/**
 * The last `max` of the words that /[\p{L}\p{M}\p{N}.'’-]+/gu finds in text.slice(from, to), in
 * text order, found from the end: a title needs only the few words before a name (matching
 * the whole window for every person mention made most of this file's cost).
 */
export function lastWords(text: string, from: number, to: number, max: number): Array<{ word: string; start: number; end: number }> {
  const words: Array<{ word: string; start: number; end: number }> = [];
  let k = to;
  while (words.length < max) {
    while (k > from && wordCharBefore(text, from, k) === 0) k--;
    if (k <= from) break;
    const end = k;
    let n: number;
    while (k > from && (n = wordCharBefore(text, from, k)) > 0) k -= n;
    words.push({ word: text.slice(k, end), start: k, end });
  }
  return words.reverse();
}

/** Whether the word w, followed by the title's run from `expect`, extends a title before m. */
function extendsTitle(text: string, w: { word: string; start: number; end: number }, expect: number, m: EntityMention, names: OverlapIndex<EntityMention>): boolean {
  // Only spaces between the words of a title: a comma, a quote or a line break ends it.
  if (!/^[ \t]+$/.test(text.slice(w.end, expect))) return false;
  const lower = w.word.toLowerCase();
  const capital = /^\p{Lu}/u.test(w.word);
  if (!capital && !CONNECTORS.has(lower) && !OFFICE_PIECES.has(lower)) return false;
  // A sentence ends before "President" in "... in Moscow. President Putin": not the abbreviation "U.S.".
  if (/[.!?]$/.test(w.word) && !/^(?:\p{Lu}\.)+$/u.test(w.word) && !/^(?:Sen|Gov|Gen|Pres)\.$/.test(w.word)) return false;
  return !someOverlapping(names, w.start, w.end, (e) => e !== m && e.type === 'person');
}

/** A title right before the mention: the run of capitalized words and office words that ends at it. */
function titleBefore(text: string, m: EntityMention, entities: readonly EntityMention[]): TitleInText | undefined {
  const from = Math.max(0, m.start - 120);
  const names = overlapIndexOf(entities);
  // Most names have no title: when the word right before cannot end one, the run is empty and
  // nothing is found, so the other eight words are not read.
  const nearest = lastWords(text, from, m.start, 1)[0];
  if (!nearest || !extendsTitle(text, nearest, m.start, m, names)) return undefined;
  const words = lastWords(text, from, m.start, 9);
  let first = words.length;
  let expect = m.start;
  for (let i = words.length - 1; i >= 0 && words.length - i <= 8; i--) {
    const w = words[i]!;
    if (!extendsTitle(text, w, expect, m, names)) break;
    first = i;
    expect = w.start;
  }
  // "a spokesman for Texas Gov. George Bush": what comes before "for" or "to" is someone else's title.
  for (let i = words.length - 1; i >= first; i--) {
    if (/^(?:for|to)$/i.test(words[i]!.word)) {
      first = i + 1;
      break;
    }
  }
  while (first < words.length && CONNECTORS.has(words[first]!.word.toLowerCase())) first++;
  if (first >= words.length) return undefined;
  const start = words[first]!.start;
  const runText = text.slice(start, m.start).trimEnd();
  const last = lastOfficeIn(runText);
  if (!last || start + last.end !== start + runText.length) return undefined;
  // "former Armenian President", "ex-President": not the office held.
  const previous = words[first - 1];
  if (TITLE_MODIFIERS.test(runText) || (previous && /^[ \t]+$/.test(text.slice(previous.end, start)) && TITLE_MODIFIERS.test(previous.word))) return undefined;
  return { start, end: start + runText.length, officeStart: start + last.start, officeEnd: start + last.end, office: last.office, country: countryIn(start, start + last.start, entities) };
}

/** A title as an appositive after the mention: "Pashinyan, Armenia's president, said". */
function titleAfter(text: string, m: EntityMention, entities: readonly EntityMention[]): TitleInText | undefined {
  if (text.charCodeAt(m.end) !== 44 /* , */) return undefined; // (what the pattern below starts with)
  const after = text.slice(m.end, m.end + 100);
  const a = /^,[ \t]+(?:the[ \t]+|a[ \t]+)?((?:[\p{Lu}][\p{L}\p{M}'’.-]*[ \t]+){0,2})/u.exec(after);
  if (!a) return undefined;
  const rest = after.slice(a[0].length);
  const office = officeAtStart(rest);
  if (!office) return undefined;
  const tail = rest.slice(office.end);
  if (!/^(?:[ \t]*[,.;:)]|[ \t]+(?:said|says|told|who|has|had|is|was|and)\b)/.test(tail)) return undefined;
  if (TITLE_MODIFIERS.test(a[0])) return undefined;
  const officeStart = m.end + a[0].length;
  return { start: m.end + a[0].indexOf(a[1]!) , end: officeStart + office.end, officeStart, officeEnd: officeStart + office.end, office: office.office, country: countryIn(m.end + 1, officeStart, entities) };
}

function countryIn(start: number, end: number, entities: readonly EntityMention[]): string | undefined {
  const place = entities.find((e) => e.start >= start && e.end <= end && e.linked && (e.type === 'place' || e.source === 'demonym'));
  return place?.id;
}

/** The title next to a mention, before it or after it, if there is one. */
export function titleNextTo(text: string, m: EntityMention, entities: readonly EntityMention[]): TitleInText | undefined {
  return titleBefore(text, m, entities) ?? titleAfter(text, m, entities);
}
