// Ties date expressions to the events they date, within one sentence:
//   - the date is inside an event alias:             "the November 9 statement"
//   - the date stands right before an event phrase:  "the November 9, 2020 agreement", "the 1997 agreement"
//   - an event phrase comes first and the date follows on/of/in/dated it:
//                                                    "the trilateral statement signed ... on November 10, 2020"
// A generic trigger ("ceasefire") links only to a card of a fitting kind whose date the text
// gives exactly (or, with the card's participants, a day or two off: documentAnalysis.ts), and
// so does the word a date plainly dates in the shapes of eventMentions.ts, which a card drafted
// from a group of such mentions must take back; either tie is undone when the word names another
// place than the card's. A card alias also links to a nearby date (within DISCREPANCY_DAYS), since that
// is where real disagreements between sources live. Deadlines ("by September"), ranges and
// durations are never event dates. A year-less date tied to a card takes the event's year.

import type { Sentence, Token } from '../text/tokenize.ts';
import type { DateMention } from '../dates/index.ts';
import type { Card } from '../knowledge/card.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { EventPhrase } from './eventPhrases.ts';
import type { DatedMention } from './datedMention.ts';
import { eventWordDated } from './eventMentions.ts';
import { firstFrom, itemAt, within } from '../text/ordered.ts';

/** Two sources a few days apart about one event disagree; further apart, they mean another event. */
export const DISCREPANCY_DAYS = 3;
const MAX_GAP_TOKENS = 16;
const REPORTING_BEFORE_DATE = /\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|added|wrote|noted|confirmed|claimed|declared|quoted)\s+(?:on|in)\s+(?:the\s+)?$/i;

interface Parts { y?: number; m?: number; d?: number }

/** Year, month and day the text gives (year from the value when resolved, else from nothing). */
function partsOf(date: DateMention): Parts | undefined {
  const v = date.value ?? date.partial;
  if (!v) return undefined;
  const m = /^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v);
  if (!m) return undefined;
  return { y: m[1] === 'XXXX' ? undefined : +m[1]!, m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}

function cardParts(card: Card): Parts | undefined {
  const m = card.date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(card.date) : null;
  return m ? { y: +m[1]!, m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined } : undefined;
}

/** Days between two dates at day granularity, comparing month-day only when the text gave no year. */
function dayDistance(text: Parts, event: Parts, useYear: boolean): number | undefined {
  if (text.m === undefined || text.d === undefined || event.m === undefined || event.d === undefined) return undefined;
  const y = useYear && text.y !== undefined ? text.y : event.y!;
  const a = Date.UTC(y, text.m - 1, text.d);
  const b = Date.UTC(event.y!, event.m - 1, event.d);
  return Math.abs(a - b) / 86400000;
}

/** Whether the text's date agrees with the event's at the coarser of the two granularities. */
function agrees(text: Parts, event: Parts, useYear: boolean): boolean {
  if (useYear && text.y !== undefined && text.y !== event.y) return false;
  if (text.m !== undefined && event.m !== undefined && text.m !== event.m) return false;
  if (text.d !== undefined && event.d !== undefined && text.d !== event.d) return false;
  return text.y !== undefined || text.m !== undefined;
}

export function attachDates(
  text: string,
  tokens: readonly Token[],
  sents: readonly Sentence[],
  dates: readonly DateMention[],
  phrases: readonly EventPhrase[],
  kb: KnowledgeBase,
): DatedMention[] {
  // Card linking sees the phrases it always saw; the words of events without a card come after.
  const byStart = [...phrases].sort((a, b) => a.start - b.start);
  const cardPhrases = byStart.filter((p) => p.eventId || p.kinds);
  const datesByStart = [...dates].sort((a, b) => a.start - b.start);
  const storyKind = kindOfTheStory(byStart);
  return preferTheArticlesOwn(dates.map((date) => {
    const sentence = itemAt(sents, date.start);
    if (!sentence) return { ...date };
    const inSentence = within(cardPhrases, sentence.start, sentence.end);
    const phrase = phraseFor(text, tokens, date, inSentence, within(datesByStart, sentence.start, sentence.end));
    const linked = phrase && link(date, phrase, kb);
    // A generic word on a card's date is the card's event unless the place it names is another
    // (workspace/documentAnalysis.ts decides once the names are known): what it is otherwise is kept.
    if (linked && phrase.eventId) return linked;
    const own = uncarded(date, sentence);
    if (linked) return withFields(linked, { kindWord: [phrase.start, phrase.end], untied: own.date });
    // The word the date plainly dates ("the submarine went down ... on Sunday") may name a card's
    // kind where the shapes above found none: a drafted card is made of such mentions.
    let word = phrase && !phrase.eventId ? phrase : undefined;
    if (!word && own.phrase?.kinds) {
      // "a blast" in a submarine's story is its sinking's (AMBIGUOUS below), and names a card of that kind.
      const asKind = AMBIGUOUS.has(own.phrase.event!.noun) ? { ...own.phrase, kinds: [own.date.trigger!] } : own.phrase;
      const tied = link(date, asKind, kb);
      if (tied) return withFields(tied, { kindWord: [own.phrase.start, own.phrase.end], untied: own.date });
      word = asKind;
    }
    // A generic word a day or two off a card's date may be that card's event: whether it is,
    // the participants decide once the names are known (workspace/documentAnalysis.ts).
    const near = word ? nearCards(date, word, kb) : [];
    return near.length > 0 ? withFields(own.date, { nearCards: near, kindWord: [word!.start, word!.end] }) : own.date;
  }), kb);

  /** The date as no card's: the kind of event it plainly dates, so that articles can be compared on it, and the word. */
  function uncarded(date: DateMention, sentence: Sentence): { date: DatedMention; phrase?: EventPhrase } {
    // In an undated article, a day relative to it ("Friday's crash") too: its corpus may date it (events/corpusDating.ts).
    if (date.value ? UNCARDED_VALUE.test(date.value) : date.relative && !date.set && date.granularity === 'day') {
      const words = within(byStart, sentence.start, sentence.end).filter((p) => p.event);
      const dated = words.length > 0 ? eventWordDated(text, tokens, date, words, sentence.start) : undefined;
      // A fire is an event of its own kind, which we do not compare: in a crash's or a bombing's story, it is theirs.
      if (dated && !(dated.phrase.event!.noun === 'fire' && !storyKind)) {
        const kind = AMBIGUOUS.has(dated.phrase.event!.noun) && storyKind ? storyKind : dated.phrase.event!.kind;
        return { date: withFields(date, { trigger: kind, eventNoun: dated.phrase.event!.noun, eventLink: dated.how, kindWord: [dated.phrase.start, dated.phrase.end] }), phrase: dated.phrase };
      }
    }
    return { date: { ...date } };
  }
}

const ON_ITS_CARDS_DATE = ' on the date of its card';

/**
 * A generic word with a year-less month or day ("the ceasefire reached in November", in a
 * December 2021 article) is tied by the year the article's date gives it to a card of that year;
 * when the article itself dates another card of the kind in that month with its year ("the
 * ceasefire agreement signed ... the November 9, 2020"), and only one, that is the ceasefire it
 * tells of: its card, and its year.
 */
function preferTheArticlesOwn(dated: DatedMention[], kb: KnowledgeBase): DatedMention[] {
  const told = dated.filter((d) => d.event && d.explicitYear);
  if (told.length === 0) return dated;
  return dated.map((d) => {
    if (!d.event || d.explicitYear || !d.eventLink?.endsWith(ON_ITS_CARDS_DATE)) return d;
    const kind = kb.cards.get(d.event)?.kind;
    const parts = partsOf(d);
    if (!kind || !parts || parts.m === undefined) return d;
    const others = new Set<string>();
    for (const t of told) {
      const card = t.event !== d.event ? kb.cards.get(t.event!) : undefined;
      const tp = card?.kind === kind ? partsOf(t) : undefined;
      if (tp && tp.m === parts.m && (parts.d === undefined || tp.d === parts.d)) others.add(card!.id);
    }
    if (others.size !== 1) return d;
    const card = kb.cards.get([...others][0]!)!;
    if (!card.date) return d;
    const how = `"${kind}" in the month the article dates "${card.name}" in, with its year`;
    const { event: _e, eventLink: _l, ...plain } = d;
    const year = card.date.slice(0, 4);
    const value = `${year}-${String(parts.m).padStart(2, '0')}${parts.d !== undefined ? `-${String(parts.d).padStart(2, '0')}` : ''}`;
    return withFields(plain, { event: card.id, eventLink: how, value, resolution: `year-less date tied to "${card.name}", which the article dates with its year: ${year}` });
  });
}

/**
 * Words for what both a crash and a bombing are ("the explosions on Aug. 7", "the Aug. 7 blast", the flames):
 * they take the kind of the article's other words, so that a bombing story's explosions are its
 * bombings and a submarine's explosion its sinking.
 */
const AMBIGUOUS = new Set(['explosion', 'blast', 'fire']);
const AMBIGUOUS_KINDS = ['crash', 'bombing'];

/** Crash or bombing, whichever the article's other event words name more often; undefined when neither or a tie. */
function kindOfTheStory(phrases: readonly EventPhrase[]): string | undefined {
  let crash = 0;
  let bombing = 0;
  for (const p of phrases) {
    if (!p.event || AMBIGUOUS.has(p.event.noun)) continue;
    if (p.event.kind === AMBIGUOUS_KINDS[0]) crash++;
    else if (p.event.kind === AMBIGUOUS_KINDS[1]) bombing++;
  }
  return crash > bombing ? 'crash' : bombing > crash ? 'bombing' : undefined;
}

/** How many days off a card's date a generic event word may be and still be the card's event. */
export const NEAR_CARD_DAYS = 2;

/** The cards of a fitting kind whose day the date misses by one or two days (at the day; the year agrees when the text gives one). */
function nearCards(date: DateMention, phrase: EventPhrase, kb: KnowledgeBase): string[] {
  const parts = partsOf(date);
  if (!parts || parts.d === undefined || !phrase.kinds) return [];
  const useYear = date.value !== null && date.value !== undefined;
  return eventCardsWithKind(kb)
    .filter((c) => phrase.kinds!.includes(c.kind!))
    .filter((c) => {
      const ep = cardParts(c);
      if (!ep || ep.d === undefined || (useYear && parts.y !== undefined && Math.abs(parts.y - ep.y!) > 1)) return false;
      const distance = dayDistance(parts, ep, useYear);
      return distance !== undefined && distance > 0 && distance <= NEAR_CARD_DAYS;
    })
    .map((c) => c.id);
}

/** The date tied to a card it was near (its participants matched): the card's event, with the card's year if the text gave none. */
export function tieToCard(date: DatedMention, card: Card, how: string): DatedMention {
  const { trigger: _t, eventNoun: _n, participants: _p, context: _c, published: _u, yearGuessed: _g, nearCards: _near, untied: _x, ...plain } = date;
  const parts = partsOf(plain);
  return parts ? withEventYear(plain, card, how, parts) : withFields(plain, { event: card.id, eventLink: how });
}

/** Dates an event without a card can be compared on: a day, a month or a year. */
const UNCARDED_VALUE = /^\d{4}(?:-\d{2}){0,2}$/;


/** Index of the first token starting at or after an offset. */

function phraseFor(text: string, tokens: readonly Token[], date: DateMention, phrases: readonly EventPhrase[], dates: readonly DateMention[]): EventPhrase | undefined {
  // 1. inside an alias
  const around = phrases.find((p) => p.eventId && p.start <= date.start && date.end <= p.end);
  if (around) return around;
  // 2. right before a phrase: "the November 9, 2020 agreement" (at most two words between)
  const after = phrases.find((p) => p.start >= date.end && /^[,]?(?:\s+[\p{L}-]+){0,2}\s+$/u.test(text.slice(date.end, p.start)));
  if (after && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, date.start - 6), date.start))) return after;
  // 3. a phrase before it, the date introduced by on / of / in / dated / ", the"
  const lead = text.slice(Math.max(0, date.start - 24), date.start);
  if (!/(?:\b(?:on|of|in|dated)\s+(?:the\s+)?|,\s+the\s+)$/i.test(lead)) return undefined;
  // "..., the ministry said on Tuesday": the date belongs to the saying, not to the event.
  if (REPORTING_BEFORE_DATE.test(lead)) return undefined;
  const before = phrases.filter((p) => p.end <= date.start).pop();
  if (!before) return undefined;
  if (dates.some((d) => d !== date && d.start >= before.end && d.end <= date.start)) return undefined;
  const gap = firstFrom(tokens, date.start) - firstFrom(tokens, before.end);
  return gap <= MAX_GAP_TOKENS ? before : undefined;
}

function link(date: DateMention, phrase: EventPhrase, kb: KnowledgeBase): DatedMention | undefined {
  const parts = partsOf(date);
  if (!parts) return undefined;
  const yearFromText = date.explicitYear;
  if (phrase.eventId) {
    const card = kb.cards.get(phrase.eventId);
    const ep = card && cardParts(card);
    if (!card || !ep) return withFields(date, { event: phrase.eventId, eventLink: 'named by a card alias' });
    const distance = dayDistance(parts, ep, yearFromText);
    const close = distance !== undefined ? distance <= DISCREPANCY_DAYS : agrees(parts, ep, yearFromText);
    if (!close) return undefined;
    return withEventYear(date, card, 'the phrase is an alias on its card', parts);
  }
  // A generic trigger: only an exact date on a card of a fitting kind, and only one such card.
  const useYear = date.value !== null && date.value !== undefined;
  const fits = eventCardsWithKind(kb).filter((c) => phrase.kinds?.includes(c.kind!)).filter((c) => {
    const ep = cardParts(c);
    return ep !== undefined && agrees(parts, ep, useYear) && (parts.d === undefined || ep.d !== undefined);
  });
  if (fits.length !== 1) return undefined;
  return withEventYear(date, fits[0]!, `"${phrase.kinds?.[0] ?? 'event'}"${ON_ITS_CARDS_DATE}`, parts);
}

// The event cards that have a kind, in the knowledge base's order, per knowledge base: a
// generic trigger looks among them for every date it is near, and a corpus has many more cards
// of people and places. (A knowledge base is built once and not changed; the size guards that.)
const eventCardsCache = new WeakMap<KnowledgeBase, { size: number; cards: Card[] }>();

function eventCardsWithKind(kb: KnowledgeBase): Card[] {
  let entry = eventCardsCache.get(kb);
  if (!entry || entry.size !== kb.cards.size) {
    entry = { size: kb.cards.size, cards: [...kb.cards.values()].filter((c) => c.type === 'event' && c.kind) };
    eventCardsCache.set(kb, entry);
  }
  return entry.cards;
}

/**
 * `{ ...date, ...fields }`, the same keys in the same order. (V8 builds an object literal that
 * spreads and then adds keys on a slow path, ten times slower than Object.assign.)
 */
function withFields(date: DateMention, fields: Partial<DatedMention>): DatedMention {
  return Object.assign({}, date, fields);
}

function withEventYear(date: DateMention, card: Card, how: string, parts: Parts): DatedMention {
  const out: DatedMention = withFields(date, { event: card.id, eventLink: how });
  if (!date.explicitYear && card.date && parts.m !== undefined) {
    const year = card.date.slice(0, 4);
    const value = `${year}-${String(parts.m).padStart(2, '0')}${parts.d !== undefined ? `-${String(parts.d).padStart(2, '0')}` : ''}`;
    if (value !== date.value) {
      out.value = value;
      out.resolution = `year-less date tied to "${card.name}": the event's year, ${year}`;
    }
  }
  return out;
}
