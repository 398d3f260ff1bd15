// The text of a new card for a name the tagger found, for the "write a card" code action and
// for drafting a story's cards. It carries what we know (name, type, the spellings seen, a role
// when one is given) and leaves the prose to the user. Every field it writes has a value: a
// field without one would be a card problem.

import { Document, isSeq } from 'yaml';
import type { EntityType } from '../knowledge/card.ts';
import { fold } from '../text/fold.ts';

export const CARD_FOLDERS: Record<EntityType, string> = {
  person: 'people',
  place: 'places',
  organization: 'organizations',
  misc: 'misc',
};

export interface CardDraft {
  /** The card's id, its file name without `.md`. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  role?: string;
  text: string;
}

export interface DraftInput {
  id: string;
  type: EntityType;
  /** The spellings seen, one entry per mention (repeats count as votes for the canonical name). */
  spellings: readonly string[];
  role?: string;
}

/** A card for one identity: canonical name the longest full form, aliases the other real spellings. */
export function draftCard(input: DraftInput): CardDraft {
  const forms = spellingForms(input.type === 'person' ? input.spellings.map(withoutTitle) : input.spellings);
  const name = forms[0] ?? input.id;
  const nameKey = fold(name);
  const nameWords = nameKey.split(' ');
  const aliases = forms.slice(1).filter((form) => {
    const key = fold(form);
    if (key === nameKey) return false;
    // A person's given name or surname alone is not written: the surname links by itself when
    // no other card uses it, and a given name alone would claim every namesake.
    if (input.type === 'person' && !key.includes(' ') && nameWords.includes(key)) return false;
    return true;
  });
  const role = input.role?.replace(/\s+/g, ' ').trim() || undefined;
  return { id: cardFileId(input.id), type: input.type, name, aliases, role, text: cardText(input.type, name, aliases, role) };
}

/** The text of a card with these fields; fields without a value are left out. */
export function cardText(type: EntityType, name: string, aliases: readonly string[], role?: string): string {
  // The yaml library quotes what needs quoting (a name like "Null", "1999" or "x, y"); one line per field.
  const front = new Document({ type, name, ...(aliases.length > 0 ? { aliases: [...aliases] } : {}), ...(role ? { role } : {}) });
  const list = front.get('aliases', true);
  if (isSeq(list)) list.flow = true;
  return `---\n${front.toString({ lineWidth: 0, flowCollectionPadding: false })}---\nWho or what ${name} is, in your own words.\n`;
}

/** For the older callers: name and spellings as the code action had them. */
export function newCardText(name: string, type: EntityType, spellings: string[]): string {
  return draftCard({ id: name, type, spellings: [name, ...spellings] }).text;
}

/**
 * The distinct spellings, tidied (spacing, a missing space after an initial, possessives,
 * capitals of a headline or dateline), best canonical name first: most words, then most often
 * seen, then longest, then in mixed case.
 */
export function spellingForms(spellings: readonly string[]): string[] {
  const tidied = spellings.map(tidySpelling).filter((s) => s.length > 0);
  const mixedByKey = new Map<string, Map<string, number>>();
  const votes = new Map<string, number>();
  for (const s of tidied) {
    const key = fold(s);
    votes.set(key, (votes.get(key) ?? 0) + 1);
    if (!isAllCaps(s) || isAcronym(s)) {
      const forms = mixedByKey.get(key) ?? new Map<string, number>();
      forms.set(s, (forms.get(s) ?? 0) + 1);
      mixedByKey.set(key, forms);
    }
  }
  const out: Array<{ form: string; words: number; votes: number }> = [];
  for (const [key, count] of votes) {
    const written = mixedByKey.get(key);
    // The spelling in mixed case most often seen; a form only ever seen in capitals gets the
    // capitals of a name ("PINE RIDGE" -> "Pine Ridge").
    const form = written ? [...written].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : titleCase(tidied.find((s) => fold(s) === key)!);
    out.push({ form, words: form.split(' ').length, votes: count });
  }
  out.sort((a, b) => b.words - a.words || b.votes - a.votes || b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  return out.map((o) => o.form);
}

export function tidySpelling(s: string): string {
  // "Jorge (Garcia": a bracket the tagger's span cut in two is no part of the name
  const unbalanced = (s.match(/\(/g) ?? []).length !== (s.match(/\)/g) ?? []).length;
  return (unbalanced ? s.replace(/[()]/g, ' ') : s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’]s$/u, '')
    // "John F.Kennedy": an initial runs into the next word.
    .replace(/(^|[\s.])(\p{Lu})\.(?=\p{Lu}\p{Ll})/gu, '$1$2. ')
    .trim();
}

/** Abbreviated titles before a person's name ("Gov. George W. Bush"): the role's, not the name's. */
const TITLE = /^(?:(?:Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Rev|Pres|Sec|Maj|Cpl|Pvt|Det|Atty|Supt|Insp|Gov)\.\s+)+(?=\p{Lu})/u;

export function withoutTitle(s: string): string {
  return s.replace(TITLE, '');
}

const isAllCaps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
/** "NATO", "U.S.", "FBI": capitals that are the name's own spelling. */
const isAcronym = (s: string) => !s.includes(' ') && s.replace(/[^\p{L}]/gu, '').length <= 5;

function titleCase(s: string): string {
  if (!isAllCaps(s) || isAcronym(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** A file name for a card: the entity id, reduced to letters, digits and hyphens. */
export function cardFileId(id: string): string {
  const slug = fold(id).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return slug || 'card';
}
