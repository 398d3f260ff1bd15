// Offices as news copy names them: "Prime Minister", "premier", "Minister of Foreign Affairs",
// "Defence Minister". Reading a title as an office lets the title check compare what an article
// calls a person with the office their card gives. General English only: what a particular
// person's office is also called ("National Security Chief") goes on their card (`roles[].also`).

import { fold } from '../text/fold.ts';

/** Spellings of one office, each folded, mapped to a canonical name. */
const SYNONYMS: ReadonlyArray<[canonical: string, forms: readonly string[]]> = [
  ['prime minister', ['prime minister', 'premier', 'pm', 'head of government']],
  ['president', ['president', 'head of state']],
  ['foreign minister', ['foreign minister', 'foreign affairs minister', 'minister of foreign affairs', 'minister for foreign affairs', 'top diplomat']],
  ['defense minister', ['defense minister', 'defence minister', 'minister of defense', 'minister of defence', 'minister for defence']],
  ['spokesman', ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary']],
  ['secretary-general', ['secretary-general', 'secretary general', 'general secretary']],
  ['chairman', ['chairman', 'chairwoman', 'chairperson', 'chair']],
  ['senator', ['senator', 'sen.']],
  ['governor', ['governor', 'gov.']],
];

/** Office words a title may be made of (folded); anything else in a title is a qualifier. */
const OFFICE_WORDS = [
  'prime minister', 'premier', 'president', 'head of state', 'head of government', 'chancellor', 'king', 'queen', 'emir',
  'sultan', 'speaker', 'governor', 'gov.', 'mayor', 'senator', 'sen.', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'press secretary', 'secretary of state', 'secretary-general', 'secretary general', 'general secretary',
  'secretary', 'chairman', 'chairwoman', 'chairperson', 'ombudsman', 'foreign minister', 'defense minister',
  'defence minister', 'interior minister', 'finance minister', 'justice minister', 'health minister', 'economy minister',
  'minister of foreign affairs', 'minister for foreign affairs', 'minister of defense', 'minister of defence', 'minister',
];

/** Words that make a title not the person's present office, or another office: "former", "deputy". */
export const TITLE_MODIFIERS = /\b(former|ex|then|late|acting|interim|caretaker|outgoing|incoming|future|would-be|deputy|vice|first|self-proclaimed|de facto|assistant|adviser|advisor|aide|candidate|nominee|designate|elect)\b/i;

const CANONICAL = new Map<string, string>();
for (const [canonical, forms] of SYNONYMS) for (const f of forms) CANONICAL.set(f, canonical);

// "minister of X" and "X minister" are one office; longest forms first so "prime minister" wins over "minister".
const OFFICE_PATTERN = new RegExp(
  `\\b(${[...OFFICE_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'giu',
);

export interface OfficeMatch {
  /** Canonical office: 'prime minister'. */
  office: string;
  start: number;
  end: number;
}

function canonical(words: string): string {
  const f = fold(words).replace(/\s+/g, ' ');
  return CANONICAL.get(f) ?? f.replace(/^minister (?:of|for) (?:the )?(.+)$/, '$1 minister').replace(/\bdefence\b/, 'defense');
}

function officeMatch(m: RegExpMatchArray | RegExpExecArray): OfficeMatch {
  return { office: canonical(m[1]!), start: m.index!, end: m.index! + m[0].length };
}

/** Every office named in a text ("Prime Minister of Armenia" -> prime minister), in order. */
export function officesIn(text: string): OfficeMatch[] {
  const out: OfficeMatch[] = [];
  for (const m of text.matchAll(OFFICE_PATTERN)) out.push(officeMatch(m));
  return out;
}

/**
 * The last office officesIn(text) gives, if any: read as it does, the others not made canonical
 * (a title before a name wants only the office it ends with).
 */
export function lastOfficeIn(text: string): OfficeMatch | undefined {
  let last: RegExpMatchArray | undefined;
  for (const m of text.matchAll(OFFICE_PATTERN)) last = m;
  return last && officeMatch(last);
}

// (the same pattern, anchored where it is applied)
const OFFICE_AT = new RegExp(OFFICE_PATTERN.source, 'iuy');

/**
 * The office officesIn(text) gives first when it starts the text, else undefined: read there
 * alone, not through the whole text (an appositive after a name, ", the president, said").
 */
export function officeAtStart(text: string): OfficeMatch | undefined {
  OFFICE_AT.lastIndex = 0;
  const m = OFFICE_AT.exec(text);
  return m ? officeMatch(m) : undefined;
}

/** Whether an office named in an article is one of a role's offices ("minister" is any minister). */
export function sameOffice(inArticle: string, ofRole: string): boolean {
  if (inArticle === ofRole) return true;
  return inArticle === 'minister' && / minister$/.test(ofRole);
}
