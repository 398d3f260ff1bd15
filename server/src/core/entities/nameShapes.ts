// The shape of a name around the tagger's span, decided from the tokens next to it:
//   - suffixes belong to a person's name: "Robert F. Kennedy Jr.", "Kennedy Jr", "King III";
//   - company suffixes to an organization's: "Boeing Co.", "Microsoft Corp." (the id leaves them
//     out: identity.ts);
//   - a possessive inside a name joins it when what follows is a noun places and institutions are
//     named with: "Martha's Vineyard", "Children's Hospital" (but "Russia's Northern Fleet" is two);
//   - a maker followed by a model number is a product, not the maker: "Boeing 767", "Airbus A320";
//     an act of law is misc: "Clean Air Act";
//   - a name a vessel word stands next to is a vessel, no person, place or organization, wherever
//     the article uses it ("the submarine Kursk", "the Kursk submarine"): dropped, as a misc
//     one-word name would be taken for a surname;
//   - a name ending in a word that names a kind of place is a place: "Kennedy Airport", "Nantucket
//     Island" (the tagger calls airports organizations and islands people); one ending in a word
//     that names a kind of organization is one: "Rossiiskaya Gazeta", "Central Election Commission".
// Spans are token ranges here (first and last token, inclusive), in text order.

import type { Token } from '../text/tokenize.ts';
import { fold } from '../text/fold.ts';
import { mapPacked } from '../text/packed.ts';
import type { TaggedSpan } from './tagger.ts';

export interface TokenRange {
  first: number;
  last: number;
  label: TaggedSpan['label'];
}

export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);
export const COMPANY_SUFFIXES = new Set(['co', 'co.', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'l.p.', 'n.v.', 'ag', 's.a.']);

/**
 * Short given names and the names they stand for. (A Map: a plain object, looked up with any
 * word, also finds "constructor" and the other names every object inherits.)
 */
export const NICKNAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  bill: 'william', will: 'william', billy: 'william', bob: 'robert', bobby: 'robert', rob: 'robert', jim: 'james',
  jimmy: 'james', mike: 'michael', tom: 'thomas', tommy: 'thomas', dick: 'richard', rick: 'richard', ted: 'edward',
  ed: 'edward', joe: 'joseph', dave: 'david', dan: 'daniel', tony: 'anthony', chris: 'christopher', steve: 'stephen',
  al: 'albert', andy: 'andrew', ben: 'benjamin', sam: 'samuel', pat: 'patrick', nick: 'nicholas', fred: 'frederick',
  chuck: 'charles', charlie: 'charles', jack: 'john', johnny: 'john', larry: 'lawrence', jerry: 'gerald', ron: 'ronald',
  don: 'donald', ken: 'kenneth', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', kathy: 'katherine', sue: 'susan',
}));

/** Nouns a possessive place or institution name ends with ("Martha's Vineyard"), with the type they give (a Map, as NICKNAMES). */
const POSSESSIVE_NAME_NOUNS: ReadonlyMap<string, TaggedSpan['label']> = new Map(Object.entries({
  vineyard: 'LOC', island: 'LOC', isle: 'LOC', bay: 'LOC', point: 'LOC', harbor: 'LOC', harbour: 'LOC', cove: 'LOC',
  creek: 'LOC', pond: 'LOC', lake: 'LOC', hill: 'LOC', landing: 'LOC', square: 'LOC', park: 'LOC', field: 'LOC',
  hospital: 'ORG', college: 'ORG', school: 'ORG', university: 'ORG', church: 'ORG', cathedral: 'ORG', inn: 'ORG',
  daily: 'ORG', party: 'ORG', bank: 'ORG', club: 'ORG',
}) as Array<[string, TaggedSpan['label']]>);

/** Last words that make a name an organization's (the tagger calls "Rossiiskaya Gazeta" a person). */
const ORGANIZATION_HEADS = new Set([
  'gazeta', 'gazette', 'times', 'post', 'journal', 'tribune', 'herald', 'press', 'service', 'commission',
  'committee', 'council', 'ministry', 'department', 'agency', 'authority', 'administration', 'bureau',
  'institute', 'association', 'university', 'airlines', 'airways', 'corporation', 'company', 'party',
  'fleet', 'parliament', 'assembly', 'court', 'board', 'organization', 'organisation',
]);

/** Last words that make a name a place's. */
const PLACE_HEADS = new Set([
  'airport', 'island', 'islands', 'sea', 'ocean', 'river', 'lake', 'bay', 'mountain', 'mountains', 'valley',
  'province', 'strait', 'gulf', 'peninsula', 'desert', 'canyon', 'coast',
]);

/** A word a place or institution name ends with ("Court", "Airport", "Island"), folded. */
export function isNameHead(word: string): boolean {
  return PLACE_HEADS.has(word) || ORGANIZATION_HEADS.has(word);
}

const VESSEL_WORDS = new Set([
  'submarine', 'sub', 'ship', 'vessel', 'cruiser', 'destroyer', 'frigate', 'carrier', 'tanker', 'freighter',
  'ferry', 'liner', 'yacht', 'trawler', 'battleship', 'warship', 'icebreaker', 'shuttle', 'spacecraft',
]);

// "767", "767-300", "A320", "A-320", "MD-11" after the maker; a bare number only after an aircraft
// maker ("Derbyshire 471" and "Olympic 100" are scores and distances)
const MODEL_NUMBER = /^(?:[A-Z]{1,2}-?)?\d{2,3}(?:-\d{3})?[A-Z]?$/;
const LETTERED_MODEL = /^[A-Z]{1,2}-?\d{2,3}(?:-\d{3})?[A-Z]?$/;
const AIRCRAFT_MAKERS = new Set([
  'boeing', 'airbus', 'mcdonnell douglas', 'douglas', 'lockheed', 'tupolev', 'ilyushin', 'antonov', 'yakovlev',
  'cessna', 'embraer', 'bombardier', 'fokker', 'sukhoi', 'learjet', 'gulfstream', 'beechcraft', 'piper',
  'dassault', 'saab', 'northrop', 'grumman', 'sikorsky', 'bell',
]);

function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
}
const isPossessive = (t: Token | undefined) => t !== undefined && t.text.length === 2 && /^['’]s$/i.test(t.text);
/** One space between two tokens (a name never runs across a line). */
const spaceBetween = (text: string, a: Token, b: Token) => b.start === a.end + 1 && text.charCodeAt(a.end) === 32;
/** Whether the token's lower case is in `words`, whose longest word has `maxLength` characters. */
const inSet = (t: Token | undefined, words: ReadonlySet<string>, maxLength: number) =>
  t !== undefined && t.text.length <= maxLength && words.has(t.text.toLowerCase());
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/** Token k is free of other ranges (before `next`, the following one). */
const isFree = (tokens: readonly Token[], next: TokenRange | undefined, k: number) => k < tokens.length && (next === undefined || k < next.first);
const isSuffix = (tokens: readonly Token[], j: number) => inSet(tokens[j], NAME_SUFFIXES, 3) && isCapitalized(tokens[j]);
/** The following range is token j alone (a suffix tagged apart). */
const isAlone = (next: TokenRange | undefined, j: number) => next !== undefined && next.first === j && next.last === j;

/** Applies the rules above; returns new ranges in text order (the input is not changed). */
export function shapeNames(text: string, tokens: readonly Token[], ranges: readonly TokenRange[]): TokenRange[] {
  const out = mapPacked(ranges, (r) => ({ first: r.first, last: r.last, label: r.label }));
  for (let i = 0; i < out.length; i++) {
    const r = out[i]!;
    // two people's names with only a space between are one ("Martin Luther" "King III")
    while (r.label === 'PER' && out[i + 1]?.label === 'PER' && out[i + 1]!.first === r.last + 1 && spaceBetween(text, tokens[r.last]!, tokens[r.last + 1]!)) {
      r.last = out[i + 1]!.last;
      out.splice(i + 1, 1);
    }
    const next = out[i + 1];
    let k = r.last + 1;
    if (r.label === 'PER') {
      // "Kennedy Jr." / "Kennedy, Jr." / "King III" (a comma only before Jr./Sr.); the suffix may
      // have been tagged apart, or have the surname left out before it ("Martin Luther" King "III")
      if (isSuffix(tokens, k) && (isFree(tokens, next, k) || isAlone(next, k))) r.last = k;
      else if (tokens[k]?.text === ',' && (isFree(tokens, next, k + 1) || isAlone(next, k + 1)) && /^[JS]r\.?$/.test(tokens[k + 1]?.text ?? '')) r.last = k + 1;
      else if (isSuffix(tokens, k + 1) && isFree(tokens, next, k) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && (isFree(tokens, next, k + 1) || isAlone(next, k + 1))) r.last = k + 1;
      if (next && next.first <= r.last) out.splice(i + 1, 1);
    } else if (r.label === 'ORG' || r.label === 'MISC') {
      if (isFree(tokens, next, k) && inSet(tokens[k], COMPANY_SUFFIXES, 5) && isCapitalized(tokens[k])) {
        r.last = k;
        r.label = 'ORG';
      }
    }
    k = r.last + 1;
    // "Boeing 767": a product of the maker
    if (r.label !== 'PER' && isFree(tokens, out[i + 1], k) && spaceBetween(text, tokens[r.last]!, tokens[k]!) && MODEL_NUMBER.test(tokens[k]!.text) &&
      (LETTERED_MODEL.test(tokens[k]!.text) || AIRCRAFT_MAKERS.has(fold(text.slice(tokens[r.first]!.start, tokens[r.last]!.end))))) {
      r.last = k;
      r.label = 'MISC';
    }
    if (r.label === 'ORG' && tokens[r.last]!.text === 'Act') r.label = 'MISC';
    if (r.last > r.first && r.label !== 'MISC' && inSet(tokens[r.last], PLACE_HEADS, 9) && isCapitalized(tokens[r.last])) r.label = 'LOC';
    else if (r.last > r.first && (r.label === 'PER' || r.label === 'LOC') && inSet(tokens[r.last], ORGANIZATION_HEADS, 14) && isCapitalized(tokens[r.last])) r.label = 'ORG';
  }
  mergePossessiveNames(tokens, out);
  joinDemonymInstitutions(text, tokens, out);
  return dropVessels(text, tokens, out);
}

/** "Martha" 's "Vineyard" -> "Martha's Vineyard" (one range), when the noun after the possessive names things. */
function mergePossessiveNames(tokens: readonly Token[], ranges: TokenRange[]): void {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    // the one-word head right before the possessive, in this range or as the whole range
    const s = r.last + 1;
    const noun = tokens[s + 1];
    if (!isPossessive(tokens[s]) || tokens[r.last]!.end !== tokens[s]!.start || !isCapitalized(noun) || r.last !== r.first) continue;
    const label = POSSESSIVE_NAME_NOUNS.get(noun!.text.toLowerCase());
    if (!label) continue;
    const next = ranges[i + 1];
    if (next && next.first < s + 1) continue;
    // the noun may start a range of its own ("Vineyard" tagged apart): it ends there then
    const last = next && next.first === s + 1 ? next.last : s + 1;
    if (next && next.first === s + 1) ranges.splice(i + 1, 1);
    r.last = last;
    r.label = label;
  }
}

/** Words of institution names that name no institution without a country: "Foreign Ministry", "Navy". */
const GENERIC_INSTITUTION_WORDS = new Set([
  'foreign', 'defense', 'defence', 'interior', 'finance', 'justice', 'ministry', 'navy', 'army', 'air', 'force',
  'forces', 'armed', 'embassy', 'parliament', 'government', 'police', 'military', 'coast', 'guard', 'consulate',
]);

/**
 * A demonym right before an institution whose words name none alone is part of its name:
 * "Vietnamese" "Foreign Ministry" -> "Vietnamese Foreign Ministry" ("Russian Navy").
 */
function joinDemonymInstitutions(text: string, tokens: readonly Token[], ranges: TokenRange[]): void {
  for (let i = 0; i + 1 < ranges.length; i++) {
    const a = ranges[i]!;
    const b = ranges[i + 1]!;
    if (a.label !== 'MISC' || a.first !== a.last || b.label !== 'ORG' || b.first !== a.last + 1 || !spaceBetween(text, tokens[a.last]!, tokens[b.first]!)) continue;
    let generic = true;
    for (let k = b.first; k <= b.last && generic; k++) generic = inSet(tokens[k], GENERIC_INSTITUTION_WORDS, 10);
    if (!generic) continue;
    a.last = b.last;
    a.label = 'ORG';
    ranges.splice(i + 1, 1);
  }
}

/** Names that a vessel word stands right next to are vessels throughout the article: dropped. */
function dropVessels(text: string, tokens: readonly Token[], ranges: TokenRange[]): TokenRange[] {
  let vessels: Set<string> | undefined;
  for (const r of ranges) {
    let before = r.first - 1;
    while (before >= 0 && QUOTES.has(tokens[before]!.text)) before--;
    let after = r.last + 1;
    while (after < tokens.length && QUOTES.has(tokens[after]!.text)) after++;
    if (isVesselWord(tokens, before) || isVesselWord(tokens, after)) (vessels ??= new Set()).add(rangeKey(text, tokens, r));
  }
  if (!vessels) return ranges;
  const found = vessels;
  return ranges.filter((r) => !found.has(rangeKey(text, tokens, r)));
}

const isVesselWord = (tokens: readonly Token[], k: number) => k >= 0 && k < tokens.length && !isCapitalized(tokens[k]) && inSet(tokens[k], VESSEL_WORDS, 11);
const rangeKey = (text: string, tokens: readonly Token[], r: TokenRange) => fold(text.slice(tokens[r.first]!.start, tokens[r.last]!.end));
