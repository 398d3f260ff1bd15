// The intermediate meaning of a recognized expression, before it is resolved against an anchor.

import type { DateMod } from './types.ts';

export type Dir = 'last' | 'this' | 'next';

export type Spec =
  /** A calendar date or month: year may be missing (then resolved against the anchor). */
  | { kind: 'date'; y?: number; m: number; d?: number; wd?: number; yearRel?: -1 | 0 | 1; dir?: Dir; /** "the week of March 6": the ISO week of the day */ weekOf?: true }
  | { kind: 'year'; y: number }
  | { kind: 'decade'; dec: string }
  | { kind: 'century'; cent: string }
  | { kind: 'season'; s: string; y?: number; dir?: Dir }
  | { kind: 'quarter'; q: number; y?: number; dir?: Dir }
  | { kind: 'half'; h: number; y?: number; dir?: Dir }
  | { kind: 'weekday'; wd: number; dir?: Dir }
  /** A habit, TimeML's SET: "every Sunday", "on Friday nights", "Sundays"; of a month, "each July" (`m`, no `wd`); of a season, "more common in the summer" (`s`); of a quarter, "usually conducted in the fourth quarter" (`q`). */
  | { kind: 'set'; wd?: number; m?: number; d?: number; pod?: string; s?: string; q?: number }
  /** today / yesterday / this week / last year ...: offset in units from the anchor. */
  | { kind: 'unit'; unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century'; offset: number; word: string; latest?: true; /** "over the last century": the units before the article date, not a calendar one */ span?: true }
  /** "three weeks ago". */
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year' | 'decade'; n: number; /** "more than", "over": before that time, none told */ over?: true }
  | { kind: 'ref'; ref: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /**
   * An earnings report's comparison: "a year earlier", "the year-ago quarter", "year-earlier
   * (profit)". The quarter a year before the one the article reports (findDates.ts), else no date.
   */
  | { kind: 'yearAgo'; word: string }
  /** "the 1988 period", "the 1989 quarter": in an earnings report, that year's quarter the report tells of (findDates.ts), else the year. */
  | { kind: 'reportPeriod'; y: number; word: string }
  /** "the latest period": in an earnings report, the quarter it tells of (findDates.ts), else no date. */
  | { kind: 'latestPeriod'; word: string }
  /** A named holiday, resolved to its date in the chosen year ("Thanksgiving Day", "Christmas"). */
  | { kind: 'holiday'; name: string; y?: number; dir?: Dir; /** "his first Halloween": of a life, the one the tense gives however near another is */ firstOf?: true }
  /**
   * "that year", "the same day", "the following month", "the next morning": `offset` units from
   * the date told of just before it (findDates.ts finds it), as TimeML reads them; `fallback` is
   * the reading when no date comes shortly before ("the following year" of the article's date).
   */
  | { kind: 'anaphor'; unit: 'day' | 'week' | 'month' | 'quarter' | 'year'; offset: number; word: string; fallback?: Spec }
  /** "the 20th": a day of the most recently mentioned month. */
  | { kind: 'dom'; d: number };

export interface Candidate {
  start: number;
  end: number;
  spec: Spec;
  rule: string;
  priority: number;
  mod?: DateMod;
}
