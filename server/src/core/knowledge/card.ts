// A card defines one entity or event. It is a Markdown file with YAML front matter; the file
// name (without .md) is the id. See corpus/entities/README.md for the fields.

import type { FindingCode } from '../checks/codes.ts';

export type EntityType = 'person' | 'place' | 'organization' | 'misc';
export type CardType = EntityType | 'event';

export const CARD_TYPES: readonly CardType[] = ['person', 'place', 'organization', 'misc', 'event'];

export interface Card {
  id: string;
  type: CardType;
  name: string;
  aliases: string[];
  /** Demonyms and adjectives that refer to a place: "Armenian" for Armenia. */
  demonyms: string[];
  role?: string;
  /** People: the offices held, with their dates when known (`roles:`), for the title check. */
  roles?: CardRole[];
  /** The Markdown body: the description the hover shows. */
  description: string;
  /** Events: ISO date at the granularity known. */
  date?: string;
  end?: string;
  kind?: string;
  participants: string[];
  note?: string;
  /** Events: other dates some sources give, recorded as known; they no longer warn. */
  knownDiscrepancies: string[];
  /** Forms in articles that are not this card's entity (`not: [Kennedy in b.txt]`, notHere.ts). */
  notHere?: NotHere[];
  /** Path of the card file, as the workspace knows it. */
  path: string;
  /** Offsets of the `name:` value in the card file, for go-to-definition to land on. */
  nameStart: number;
  nameEnd: number;
}

/** A form in an article that is not the card's entity (knowledge/notHere.ts). */
export interface NotHere {
  /** Folded form. */
  form: string;
  /** The article's file name or path end, with forward slashes. */
  article: string;
}

/** An office a person held: `{ title: Prime Minister of Armenia, from: 2018-05, also: [premier] }`. */
export interface CardRole {
  title: string;
  /** ISO date at the granularity known ('2018', '2018-05', '2018-05-08'); open when absent. */
  from?: string;
  to?: string;
  /** Other ways sources name this office ("National Security Chief"). */
  also: string[];
}

/** Something wrong with a card file, at an offset range inside that file. */
export interface CardProblem {
  path: string;
  start: number;
  end: number;
  severity: 'error' | 'warning';
  code: FindingCode;
  message: string;
  /** Other places that take part in the problem (the other card claiming an alias...). */
  related?: Array<{ path: string; start: number; end: number; message: string }>;
}
