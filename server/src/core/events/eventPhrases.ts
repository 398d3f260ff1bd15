// Phrases in an article that name an event: an event card's alias ("the trilateral statement"),
// or a generic trigger word ("ceasefire", "clashes") that may be tied to a card through a date.

import type { Token } from '../text/tokenize.ts';
import { Gazetteer, toPieces } from '../entities/gazetteer.ts';
import type { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import { triggerKinds } from './triggers.ts';

export interface EventPhrase {
  start: number;
  end: number;
  /** Set when the phrase is an alias of an event card. */
  eventId?: string;
  /** Kinds of event a generic trigger may refer to. */
  kinds?: string[];
}

export function buildEventGazetteer(kb: KnowledgeBase): Gazetteer {
  return new Gazetteer(kb.eventAliases.values(), { requireCapital: false });
}

export function findEventPhrases(text: string, tokens: readonly Token[], gazetteer: Gazetteer): EventPhrase[] {
  const phrases: EventPhrase[] = gazetteer.match(toPieces(text, tokens)).map((m) => ({ start: m.start, end: m.end, eventId: m.entry.cardId }));
  for (const t of tokens) {
    const kinds = triggerKinds(t.text);
    if (!kinds || phrases.some((p) => p.start <= t.start && t.end <= p.end)) continue;
    phrases.push({ start: t.start, end: t.end, kinds });
  }
  return phrases.sort((a, b) => a.start - b.start);
}
