// Phrases in an article that name an event: an event card's alias ("the trilateral statement"),
// or a generic trigger word ("ceasefire", "clashes") that may be tied to a card through a date.

import type { Token } from '../text/tokenize.ts';
import { Gazetteer, toPieces, type Piece } from '../entities/gazetteer.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import { triggerKinds } from './triggers.ts';
import { eventKindOf, type EventKind } from './eventKinds.ts';
import { mapPacked } from '../text/packed.ts';

export interface EventPhrase {
  start: number;
  end: number;
  /** Set when the phrase is an alias of an event card. */
  eventId?: string;
  /** Kinds of event card a generic trigger may refer to. */
  kinds?: string[];
  /** The kind of event the word names when no card describes it (eventKinds.ts). */
  event?: EventKind;
}

export function buildEventGazetteer(kb: KnowledgeBase): Gazetteer {
  return new Gazetteer(kb.eventAliases.values(), { requireCapital: false });
}

/** `pieces` are `toPieces(text, tokens)` when the caller has them already. */
export function findEventPhrases(text: string, tokens: readonly Token[], gazetteer: Gazetteer, pieces?: readonly Piece[]): EventPhrase[] {
  const aliases: EventPhrase[] = mapPacked(gazetteer.match(pieces ?? toPieces(text, tokens)), (m) => ({ start: m.start, end: m.end, eventId: m.entry.cardId }));
  // copied by push into a literal, not [...aliases]: the spread of no alias is an array of small
  // integers, and the first push into it deoptimized this function (wrong map)
  const phrases: EventPhrase[] = [];
  for (const a of aliases) phrases.push(a);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kinds = triggerKinds(t.text);
    const word = eventKindOf(t.text) ?? wentDown(tokens, i);
    const event = word && !insideName(tokens, i) && !firedOrFiring(text, tokens, i, word) ? word : undefined;
    if (!kinds && !event) continue;
    let inside = false;
    for (let k = 0; k < aliases.length && !inside; k++) inside = aliases[k]!.start <= t.start && t.end <= aliases[k]!.end;
    if (inside) continue;
    const start = t.start;
    const end = kinds || !/^(?:went|go|goes|gone|going)$/i.test(t.text) ? t.end : tokens[i + 1]!.end;
    // A word of a kind without a trigger ("crash", "earthquake") may name a card of that kind, as a
    // drafted card's kind is (present/eventCardDraft.ts). Not "statement": too vague for a card.
    const phraseKinds: EventPhrase['kinds'] = kinds ? kinds : word && !word.dateBefore && word.kind !== 'agreement' ? [word.kind] : undefined;
    // "statement" names an event with its date before it, or as "the trilateral statement" (a joint
    // statement is most often a communiqué).
    const phraseEvent: EventPhrase['event'] = event?.dateBefore && /\b(?:trilateral|tripartite)[\s-]+$/i.test(text.slice(Math.max(0, t.start - 14), t.start))
      ? { kind: event.kind, specific: event.specific, noun: event.noun }
      : event;
    // each shape made whole in one literal: fields added afterwards made the stores deoptimize
    // this function (wrong map) whenever a phrase of a new shape came
    const phrase: EventPhrase = phraseKinds
      ? (phraseEvent ? { start, end, kinds: phraseKinds, event: phraseEvent } : { start, end, kinds: phraseKinds })
      : (phraseEvent ? { start, end, event: phraseEvent } : { start, end });
    phrases.push(phrase);
  }
  return phrases.sort((a, b) => a.start - b.start);
}

const VEHICLE = /^(?:plane|planes|jet|jetliner|airliner|aircraft|airplane|helicopter|submarine|sub|ship|vessel|ferry|boat|flight)$/i;

/** "the plane went down", "the submarine went down": a crash, said of a vehicle named shortly before. */
const VEHICLE_WINDOW = 40;

function wentDown(tokens: readonly Token[], i: number): EventKind | undefined {
  const t = tokens[i]!;
  const c = t.text.charCodeAt(0) | 32;
  if ((c !== 119 && c !== 103) || t.text.length > 5 || !/^(?:went|go|goes|gone|going)$/i.test(t.text) || !/^down$/i.test(tokens[i + 1]?.text ?? '')) return undefined;
  for (let k = Math.max(0, i - VEHICLE_WINDOW); k < i; k++) if (VEHICLE.test(tokens[k]!.text)) return { kind: 'crash', specific: true, noun: 'crash' };
  return undefined;
}

/** "fire" is an event only as a noun with its article ("the fire", "a fire"): not "opened fire", "to fire a torpedo". */
function firedOrFiring(text: string, tokens: readonly Token[], i: number, word: EventKind): boolean {
  if (word.noun !== 'fire' || !/^fire$/i.test(tokens[i]!.text)) return false;
  return !/^(?:the|a)$/i.test(tokens[i - 1]?.text ?? '');
}

const UPPER = /^\p{Lu}/u;

/** A capitalized word next to another in a sentence: part of a name ("the Accident and Inquiry Office", "Central Election Commission"). */
function insideName(tokens: readonly Token[], i: number): boolean {
  if (!UPPER.test(tokens[i]!.text)) return false;
  const prev = tokens[i - 1]?.text ?? '';
  const next = tokens[i + 1]?.text ?? '';
  const opensSentence = prev === '' || /^[.!?"“”]$/.test(prev);
  return (!opensSentence && UPPER.test(prev)) || (UPPER.test(next) && !opensSentence) || (/^and$/i.test(next) && UPPER.test(tokens[i + 2]?.text ?? ''));
}
