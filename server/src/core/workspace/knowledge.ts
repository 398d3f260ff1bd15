// Everything an analysis depends on besides the article, built from the cards the same way on
// every thread (the Workspace, worker threads, tests).

import { KnowledgeBase } from '../knowledge/knowledgeBase.ts';
import type { ParsedCard } from '../knowledge/parseCard.ts';
import type { Gazetteer } from '../entities/gazetteer.ts';
import { buildGazetteer } from '../entities/recognize.ts';
import { SpellingVariants } from '../entities/spellingVariants.ts';
import { buildEventGazetteer } from '../events/eventPhrases.ts';

export interface Knowledge {
  kb: KnowledgeBase;
  gazetteer: Gazetteer;
  eventGazetteer: Gazetteer;
  variants: SpellingVariants;
}

/** `parsed` gives cards already parsed from these very texts (by the thread that hands them over). */
export function buildKnowledge(cards: Iterable<[string, string]>, parsed?: ReadonlyMap<string, ParsedCard>): Knowledge {
  const kb = KnowledgeBase.build([...cards].map(([path, text]) => ({ path, text, parsed: parsed?.get(path) })));
  return { kb, gazetteer: buildGazetteer(kb), eventGazetteer: buildEventGazetteer(kb), variants: new SpellingVariants(kb) };
}
