import type { EntityType } from '../knowledge/card.ts';

/** How a mention was recognized, for the hover to explain. */
export type MentionSource =
  | 'card-name'     // the card's canonical name
  | 'card-alias'    // an alias listed on the card
  | 'demonym'       // "Armenian" -> Armenia
  | 'surname'       // a surname standing for a full name
  | 'short-form'    // a shorter form of a name introduced earlier in the article
  | 'given-name'    // a given name alone, of the one person the article names in full with it
  | 'acronym'       // an acronym of a name given in full (same initials, or defined in brackets)
  | 'spelling-variant' // another romanization of a card's name ("Pachinian")
  | 'probable-typo'  // one letter away from a card's name ("Pashinyian")
  | 'tagger';       // found by the statistical tagger, no card

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Same for every mention of one entity across the corpus, card or no card. */
  id: string;
  /** Canonical name. */
  name: string;
  /** Whether a card defines the entity. */
  linked: boolean;
  source: MentionSource;
}
