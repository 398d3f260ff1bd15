// A finding is what the checks report about a document: the core's diagnostic, free of LSP types.

import type { FindingCode } from './codes.ts';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  path: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  path: string;
  start: number;
  end: number;
  severity: Severity;
  /** Names the check (codes.ts). */
  code: FindingCode;
  message: string;
  related: RelatedLocation[];
  /**
   * What the check's fixes need besides the finding's place, as plain data (it survives a copy,
   * JSON and the trip to an editor and back, as LSP's Diagnostic.data does): see fixes.ts.
   */
  data?: FindingData;
}

/** The data findings carry for their fixes, one shape per check that has any. */
export type FindingData = DateConflictData | TitleMismatchData | NameSpellingData | UncardedEventData;

/** A date conflict: the event, the date most sources give, and the card's date when it differs. */
export interface DateConflictData {
  kind: 'date-conflict';
  event: string;
  reference: string;
  cardDate?: string;
}

/** A title that is not the card's: where the office's words are, and the card's office in their casing. */
export interface TitleMismatchData {
  kind: 'title-mismatch';
  officeStart: number;
  officeEnd: number;
  replacement: string;
}

/** A given name off the card's: where it is, and the card's spelling. */
export interface NameSpellingData {
  kind: 'name-spelling';
  start: number;
  end: number;
  replacement: string;
}

/** A date of an event no card describes: the card drafted from its group, for the "Draft an event card" fix. */
export interface UncardedEventData {
  kind: 'uncarded-event';
  cardId: string;
  cardName: string;
  cardText: string;
}
