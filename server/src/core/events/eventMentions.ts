// Which event word a date dates, when no card describes the event. Stricter than a card's alias
// (attachDates.ts): without a card to check against, a date taken for an event's that is really a
// report's ("investigators said Monday the crash...") would read as a disagreement. So only the
// shapes in which the date plainly modifies the event:
//   - "Friday night's crash", "Sunday's election"           date + 's, at most two words, the word
//   - "the July 16 crash", "the Oct. 31, 1999, crash"       the + date, at most two words, the word
//   - "the crash last month", "crashed Sunday", "sank on Aug. 12", "the bombings in August 1998"
//                                                            the word, at most eight words of place, no
//                                                            verb, punctuation or clause word,
//                                                            then on / in / of / during or nothing, then the date
//   - "on Aug. 12 when disaster struck", "July 25, 2000: ... crashes", "crashed ... on October 31, killing"
//   - "alerted the pilots last Monday to the flames"         one is alerted to an event as it happens
//   - "On Oct. 31, EgyptAir 990 crashed"                     a sentence opening "On" + date, a verb
//                                                            within eight words and no other comma
//   - "crashed into the Atlantic shortly after takeoff October 31", "plunged the plane into the sea,
//     killing all 217 people aboard on Oct. 31", "the explosions that killed the Kursk's crew Aug. 12":
//     a flight's takeoff is its crash's day, and the deaths it caused are dated with it
// A date after since / until / before / after / by / from never dates the word before it.

import type { Token } from '../text/tokenize.ts';
import type { DateMention } from '../dates/index.ts';
import type { EventPhrase } from './eventPhrases.ts';
import { firstFrom } from '../text/ordered.ts';

const POSSESSIVE_BEFORE = /^(?:\s+(?:night|morning|afternoon|evening))?['\u2019]s(?:\s+[\p{L}-]+){0,2}\s+$/u;
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|last|this)\s+$/iu;
const BETWEEN_DATE_AND_WORD = /^,?(?:\s+[\p{L}-]+){0,2}\s+$/u;
const CLAUSE_OR_REPORT = /\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|added|wrote|noted|confirmed|claimed|declared|quoted|according|when|while|since|after|before|until|which|that|who|where|because|and|or|but|then|than|as|if|investigation|inquiry|probe|hearing|funeral|memorial|anniversary|report)\b/i;
const DATE_LEAD_AFTER_WORD = /^(?:\s+(?:on|in|of|during|early|late|at))?(?:\s+the)?\s+$/i;
const NOT_THE_EVENTS_DATE = /\b(?:since|until|till|before|after|by|from|through|between|to|than|as\s+of)\s+(?:the\s+)?$/i;
// Twelve after a verb: "plunged hundreds of feet to the sea floor near the Arctic Circle on Sunday".
const MAX_WORDS_AFTER = 12;
const MAX_WORDS_NOUN = 8;
/** A date a day off the day it names: "the day before last Tuesday". */
const DAY_SHIFTED = /^the\s+day\s+(?:before|after)\s/i;

/** "shortly after taking off from John F. Kennedy International Airport": the flight's day. */
const TAKEOFF = /\s+(?:(?:shortly|soon|just|moments|minutes|seconds|\d+\s+minutes|an?\s+hour)\s+)?after\s+(?:taking\s+off|takeoff|take-off|lifting\s+off|liftoff)(?=\s|$)/i;
const MAX_WORDS_TAKEOFF = 30;
/** Abbreviations and initials inside a place phrase ("off the coast of the U.S.", "John F. Kennedy"), not the end of a sentence. */
const ABBREVIATION = /\b(?:U\.S|U\.N|U\.K|St|Mt|Ft|\p{Lu})\.(?=\s)/gu;
/** "..., killing all 217 people aboard on Oct. 31": the deaths the event told before caused, dated. */
const KILLING_BEFORE = /,\s+killing(?:\s+[\p{L}\d'’-]+){1,6}?(?:\s+on)?\s+$/u;
/** "the explosions that killed the Kursk's 118-man crew Aug. 12". */
const THAT_KILLED = /^\s+(?:that|which)\s+killed(?:\s+[\p{L}\d'’-]+){1,5}?(?:\s+on)?\s+$/u;
const MAX_WORDS_PARTICIPLE = 14;
const MAX_WORDS_WHEN = 6;
const WHEN_AFTER_DATE = /^,?\s+(?:when|as)\s/i;
const PREPOSITION = /^(?:of|in|off|to|near|at|into|over|outside|inside|aboard|across|along|above|below|under|south|north|east|west|southeast|southwest|northeast|northwest|between|against)$/i;
const VERB = /^(?:is|are|was|were|be|been|has|have|had|flew|went|came|left|took|killed|began|made|sent|met|gave|got|saw|told|said|will|would|could|can|may|might|must|shall|should|do|does|did)$/i;
/** Words in -ed that are no verb ("the seabed", "a hundred"). */
const NOT_A_VERB = /(?:bed|eed|hundred|sacred|naked|wicked|beloved|kindred)$/i;
/** Verbs of the event itself: "the accident occurred on Saturday", "an explosion shattered the Kursk on August 12". */
const EVENT_VERB = /^(?:occurred|happened|struck|hit|rocked|shattered|destroyed|killed|killing)$/i;
/** "plunged hundreds of feet to the sea floor on Sunday". */
const QUANTITY = /^(?:hundreds|thousands|dozens|some|about|nearly|\d[\d,.]*)$/i;
const PLANNED = /\b(?:scheduled|planned|expected|set\s+for|postponed|proposed|upcoming|delayed|rescheduled|stayed|stay\s+of|possible|next|due\s+to|will)\b/i;
const PARTICIPLE_GAP = /^(?:,\s+killing|\s+(?:signed|reached|brokered|agreed|concluded|struck|sealed|held|staged|carried\s+out))\b([^]*?)(?:\s+(?:on|in)|,\s+the|\s+the)?\s+$/i;
const REPORTING = /\b(?:said|says|say|told|tells|reported|reports|announced|stated|added|wrote|noted|confirmed|claimed|declared|quoted|according|when|while|since|after|before|until|which|that|who|because)\b/i;
const MAX_WORDS_OPENING = 8;
const ALERTED_BEFORE = /\b(?:alerted|alerting|alert|awakened|woke)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;
const ALERTED_TO = /^\s+to\s+the\s+(?:[\p{Ll}-]+\s+)?$/u;

/**
 * What may stand between an event word and the date after it: nothing, or a phrase of place or of
 * what it happened to ("into the Atlantic off Nantucket", "of EgyptAir Flight 990"), with no verb
 * ("the crash flew Tuesday": the families flew, not the crash).
 */
function placeBetween(middle: string, most = MAX_WORDS_AFTER): boolean {
  const words = middle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > most || !(PREPOSITION.test(words[0]!) || QUANTITY.test(words[0]!) || EVENT_VERB.test(words[0]!))) return false;
  return !words.some((w) => (/^\p{Ll}[\p{L}-]*ed$/u.test(w) && !NOT_A_VERB.test(w) && !EVENT_VERB.test(w)) || (VERB.test(w) && !EVENT_VERB.test(w)));
}

/**
 * A list of places read as one place: "at U.S. embassies in Dar es Salaam, Tanzania, and Nairobi,
 * Kenya, on", "in Tanzania and the Kenyan capital Nairobi on": the commas after a name before
 * another name (or before the date's "on"), and "and" before a name, are left out.
 */
function joinPlaces(gap: string): string {
  return gap
    .replace(/(\p{Lu}[\p{L}_'’-]*),(?=\s+(?:and\s+)?\p{Lu})/gu, '$1')
    .replace(/(\p{Lu}[\p{L}_'’-]*),(?=\s+(?:on|in)\s+$)/u, '$1')
    .replace(/\s+and(?=\s+(?:the\s+(?:\p{Lu}[\p{L}-]*\s+)?)?\p{Lu})/gu, '');
}

/** "crashed", "sank", "went down": the event told as what happened, not named. */
function isVerbForm(word: string): boolean {
  return /ed$/i.test(word) || /^(?:sank|sunk|went down|gone down)$/i.test(word);
}


/**
 * The event word (no card's) the date dates, from the phrases of its sentence, and how the two
 * are joined; undefined when none plainly is. `sentenceStart` is the sentence's first offset.
 */
export function eventWordDated(
  text: string,
  tokens: readonly Token[],
  date: DateMention,
  phrases: readonly EventPhrase[],
  sentenceStart: number,
): { phrase: EventPhrase; how: string } | undefined {
  const words = phrases.filter((p) => p.event && !p.eventId);
  if (words.length === 0) return undefined;
  // A date planned is not the date it happened on (and plans move).
  const near = text.slice(Math.max(sentenceStart, date.start - 60), Math.min(text.length, date.end + 20));
  if (PLANNED.test(near)) return undefined;
  // The date before the word ("after the July 16 crash": the date is the crash's all the same).
  for (const p of words) {
    if (p.start < date.end) continue;
    const between = text.slice(date.end, p.start);
    // ("the day before last Tuesday's hearing": the hearing is Tuesday's, not the date's)
    if (POSSESSIVE_BEFORE.test(between)) return DAY_SHIFTED.test(date.text) ? undefined : { phrase: p, how: 'the date stands before the word ("Friday\'s crash")' };
    if (BETWEEN_DATE_AND_WORD.test(between) && !/[.;:!?]/.test(between) && ARTICLE_BEFORE.test(text.slice(Math.max(0, date.start - 8), date.start))) {
      return { phrase: p, how: 'the date stands before the word ("the July 16 crash")' };
    }
    // "preparing to fire a torpedo on Aug. 12 when disaster struck", "killed Tuesday as a Concorde jet crashed".
    // "as" only before the event told as a verb ("on Monday as support for a referendum" is no referendum's date).
    const when = WHEN_AFTER_DATE.exec(between);
    if (when && (/^,?\s+when/i.test(between) || isVerbForm(text.slice(p.start, p.end))) && firstFrom(tokens, p.start) - firstFrom(tokens, date.end) <= MAX_WORDS_WHEN && !/[,;:.!?"“”()]/.test(between.replace(/^,/, ''))) {
      return { phrase: p, how: 'the event happened when the date says ("on Aug. 12 when disaster struck")' };
    }
    // "alerted the pilots last Monday to the flames": one is alerted to an event as it happens.
    if (ALERTED_BEFORE.test(text.slice(Math.max(sentenceStart, date.start - 40), date.start)) && ALERTED_TO.test(between)) {
      return { phrase: p, how: 'one is alerted to the event as it happens ("alerted the pilots Monday to the flames")' };
    }
    // A chronology: "July 25, 2000: An Air France Concorde en route to New York crashes".
    if (/^:\s/.test(between) && firstFrom(tokens, p.start) - firstFrom(tokens, date.end) <= MAX_WORDS_OPENING + 2 && !/[,;.!?"“”()]/.test(between.slice(1))) {
      return { phrase: p, how: 'a chronology\'s entry ("July 25, 2000: ... crashes")' };
    }
    break;
  }
  const lead = text.slice(Math.max(sentenceStart, date.start - 24), date.start);
  if (NOT_THE_EVENTS_DATE.test(lead)) return undefined;
  // The word before the date, nothing between that could start another clause.
  const before = words.filter((p) => p.end <= date.start && !p.event!.dateBefore).pop();
  if (before) {
    const written = text.slice(before.end, date.start).replace(ABBREVIATION, (a) => a.replace(/\./g, '_'));
    const gap = joinPlaces(written);
    const n = firstFrom(tokens, date.start) - firstFrom(tokens, before.end);
    const last = /(?:\s+(?:on|in|of|during|early|late|at))?(?:\s+the)?\s+$/i.exec(gap);
    let middle = last ? gap.slice(0, last.index) : gap;
    // A crash "shortly after taking off from ...": only after the event told as a verb.
    const takeoff = TAKEOFF.exec(middle);
    if (takeoff && before.event!.specific && isVerbForm(text.slice(before.start, before.end))) middle = `${middle.slice(0, takeoff.index)} ${middle.slice(takeoff.index + takeoff[0].length)}`;
    // A long phrase of place only after a verb ("plunged hundreds of feet to the sea floor near the
    // Arctic Circle on Sunday"): after a noun it is what someone did with it ("information on the
    // bombing to the British High Commission in Dar es Salaam on Aug. 8").
    const verb = isVerbForm(text.slice(before.start, before.end));
    // Names count as one word of place each however long ("Dar es Salaam, Tanzania, and Nairobi, Kenya").
    const names = (middle.match(/(?:^|\s)\p{Lu}/gu) ?? []).length;
    const most = (takeoff && middle.length < gap.length ? MAX_WORDS_TAKEOFF : verb ? MAX_WORDS_AFTER + 2 : MAX_WORDS_NOUN + 2) + names;
    const commas = written.length - gap.length; // each list comma and "and" dropped is at most a token
    // "information on the bombing on Aug. 8 to the High Commission": the date goes with the verb.
    const continues = /^\s+(?:to|with|for)\s/i.test(text.slice(date.end, date.end + 6));
    const dative = !verb && /^\s*to\s/i.test(middle); // "information on the bombing to the British High Commission"
    if (!continues && !dative && n <= most + commas && /^[\s\p{L}\d'’._-]*$/u.test(gap) && !/\.\s/.test(gap) && !CLAUSE_OR_REPORT.test(middle) && placeBetween(middle, most - 2) && DATE_LEAD_AFTER_WORD.test(last ? last[0] : gap)) {
      return { phrase: before, how: 'the date follows the word ("the crash on Sunday")' };
    }
    if (before.event!.specific && n <= MAX_WORDS_OPENING + 2 && THAT_KILLED.test(gap)) {
      return { phrase: before, how: 'the date of the deaths the event caused ("the explosions that killed the crew Aug. 12")' };
    }
  }
  // "the trilateral statement signed by the leaders of Armenia, Azerbaijan and Russia on November 10,
  // 2020", "the election held on March 26": a participle of making or holding it, then the date.
  if (before) {
    const gap = text.slice(before.end, date.start);
    const n = firstFrom(tokens, date.start) - firstFrom(tokens, before.end);
    const m = PARTICIPLE_GAP.exec(gap);
    if (m && n <= MAX_WORDS_PARTICIPLE && !/[.;:!?"“”()]/.test(gap) && !REPORTING.test(m[1]!)) {
      return { phrase: before, how: 'the date follows the word and what was done ("the statement signed ... on November 10")' };
    }
  }
  // "... plunged into the Atlantic shortly after taking off on October 31, killing all 217": the
  // deaths are dated, and with them the crash told earlier in the sentence.
  // "... plunged the plane into the sea, killing all 217 people aboard on Oct. 31": the same, the date after.
  const killing = KILLING_BEFORE.exec(text.slice(Math.max(sentenceStart, date.start - 80), date.start));
  if (killing || /^,\s+killing\s/i.test(text.slice(date.end, date.end + 10))) {
    const told = words.filter((p) => p.end <= date.start && p.event!.specific && !p.event!.dateBefore && isVerbForm(text.slice(p.start, p.end))).pop();
    if (told) return { phrase: told, how: 'the date of the deaths the event caused ("... on October 31, killing all 217")' };
  }
  // "On Oct. 31, EgyptAir 990 crashed ...": the date opens the sentence.
  if (/^\s*On\s+$/.test(text.slice(sentenceStart, date.start)) && text.charAt(date.end) === ',') {
    // Only a verb: "On Thursday, a spokesman for the accident inquiry..." dates the spokesman.
    const next = words.find((p) => p.start > date.end && !p.event!.dateBefore);
    if (next && !isVerbForm(text.slice(next.start, next.end))) return undefined;
    if (next) {
      const gap = text.slice(date.end + 1, next.start);
      const n = firstFrom(tokens, next.start) - firstFrom(tokens, date.end + 1);
      if (n <= MAX_WORDS_OPENING && !/[,;:.!?"“”()]/.test(gap) && !CLAUSE_OR_REPORT.test(gap)) return { phrase: next, how: 'the sentence opens with the date ("On Sunday, ... crashed")' };
    }
  }
  return undefined;
}
