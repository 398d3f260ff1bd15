// Phrases in an article that name an event: an event card's alias ("the trilateral statement"),
// or a generic trigger word ("ceasefire", "clashes") that may be tied to a card through a date.

import type { Token } from '../text/tokenize.ts';
import { Gazetteer, toPieces, type Piece } from '../entities/gazetteer.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import { triggerKinds } from './triggers.ts';
import { eventKindOf, type EventKind } from './eventKinds.ts';

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
  const phrases: EventPhrase[] = gazetteer.match(pieces ?? toPieces(text, tokens)).map((m) => ({ start: m.start, end: m.end, eventId: m.entry.cardId }));
  for (const t of tokens) {
    const kinds = triggerKinds(t.text);
    const event = eventKindOf(t.text);
    if (!kinds && !event) continue;
    let inside = false;
    for (let k = 0; k < phrases.length && !inside; k++) inside = phrases[k]!.start <= t.start && t.end <= phrases[k]!.end;
    if (inside) continue;
    const phrase: EventPhrase = { start: t.start, end: t.end };
    if (kinds) phrase.kinds = kinds;
    // "statement" names an event with its date before it, or as "the trilateral statement".
    if (event?.dateBefore && /\b(?:trilateral|tripartite|joint|bilateral)[\s-]+$/i.test(text.slice(Math.max(0, t.start - 14), t.start))) phrase.event = { kind: event.kind, specific: event.specific };
    else if (event) phrase.event = event;
    phrases.push(phrase);
  }
  return phrases.sort((a, b) => a.start - b.start);
}
