import type { DateMention } from '../dates/index.ts';

/** A date expression after event linking: the event it dates, if any, and its final value. */
export interface DatedMention extends DateMention {
  /** Id of the event card this date is tied to. */
  event?: string;
  /** How the event was recognized, for the hover: 'alias "trilateral statement"', ... */
  eventLink?: string;
  /** The kind of event (events/eventKinds.ts) this date plainly dates when no card fits. */
  trigger?: string;
  /** For such a date: the noun of the event word ("sinking" for "sank"), to name the event. */
  eventNoun?: string;
  /** For such a date: the ids of the entities named in the same sentence, sorted. */
  participants?: string[];
  /** For such a date: the ids of the entities the article names most (its story's parties and places), sorted. */
  context?: string[];
  /** For such a date: the article's own date, when known. */
  published?: string;
  /**
   * Cards of a fitting kind whose date a generic event word misses by a day or two: the analysis
   * ties the date to the one whose participants match, and keeps this no further.
   */
  nearCards?: string[];
  /**
   * For a year-less date of such an event in an undated article: the folder's day of the event,
   * whose year it was given (events/corpusDating.ts). Inferred, never given.
   */
  yearFromEvent?: string;
  /** For such a date: the year is neither in the text nor from a dateline or metadata (a guess). */
  yearGuessed?: boolean;
  /** The later words of the article that name this date's event again ("the crash"), as [start, end]. */
  references?: Array<[number, number]>;
  /**
   * Inside one article's analysis only (documentAnalysis.ts drops both): the generic event word a
   * date was tied to a card by, or is near a card by, whose place must not be another than the
   * card's; and for a tie on the card's date, the date as it is if that tie does not hold.
   */
  kindWord?: [number, number];
  untied?: DatedMention;
}
