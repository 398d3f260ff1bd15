import type { DateMention } from '../dates/index.ts';

/** A date expression after event linking: the event it dates, if any, and its final value. */
export interface DatedMention extends DateMention {
  /** Id of the event card this date is tied to. */
  event?: string;
  /** How the event was recognized, for the hover: 'alias "trilateral statement"', ... */
  eventLink?: string;
  /** A generic event word ("clashes") this date is tied to when no card fits: its kind. */
  trigger?: string;
  /** For such a date: the ids of the entities named in the same sentence, sorted. */
  participants?: string[];
}
