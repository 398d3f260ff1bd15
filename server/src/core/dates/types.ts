// Public types of the date recognizer/normalizer (see index.ts for the API overview).

export type Granularity =
  | 'day' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'week' | 'other';

/** TimeML-style modifier of a date: "early May" = START, "mid-May" = MID, "late May" = END. */
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX';

export interface DateMention {
  /** Offsets into the given text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  text: string;
  /**
   * ISO 8601 / TimeML value at the granularity the text supports: '2020-11-09', '2020-11',
   * '2020', '199' (decade), '19' (century), '2020-W47', '2020-Q3', '2020-H1', '2020-SU',
   * 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'. null when the value needs an anchor that is
   * missing (see `partial`).
   */
  value: string | null;
  granularity: Granularity;
  /** TimeML-style underspecified value when `value` is null: 'XXXX-11-09', 'XXXX-11', 'XXXX-WXX-2', 'XXXX-Q3'. */
  partial?: string;
  /** True when the value depends on the anchor (weekday, yesterday, last year, year-less dates...). */
  relative: boolean;
  /** Human-readable account of how the value was obtained. */
  resolution: string;
  /** 1 = Monday .. 7 = Sunday, when the text names a weekday. */
  weekday?: number;
  /** Set when the text names a weekday together with a full date that falls on another weekday. */
  weekdayMismatch?: boolean;
  /** True when the text itself gives the year (or decade/century). */
  explicitYear: boolean;
  mod?: DateMod;
  /**
   * A recurring time, TimeML's SET ("every Sunday", "on Friday nights"): `value` is null and
   * `partial` the set's value ('XXXX-WXX-7'); it never dates an event.
   */
  set?: true;
  /**
   * Resolved against a date the article was inferred to be of (a range or a day its own text or
   * its corpus gives), never one given: the value holds on every day of that range.
   */
  inferredAnchor?: true;
  /**
   * When `value` is null because the article is known only to be of one of a few days (a
   * release line's, the week an event it dates gives): the days the expression reads as on
   * those days, 'YYYY-MM-DD' inclusive, at most a week apart ("Wednesday" read on each day from
   * a Tuesday to the next Monday). The expression is one of them; which one is unknown.
   */
  within?: { from: string; to: string };
}

export interface FindDatesOptions {
  /** Document creation time / article date, 'YYYY-MM-DD'. Relative expressions resolve against it. */
  anchor?: string;
}

export interface ArticleDate {
  /** 'YYYY-MM-DD' or null when unknown. */
  value: string | null;
  source: 'metadata' | 'dateline' | 'weekday-inference' | 'command-line' | 'unknown';
  start?: number;
  end?: number;
  explanation: string;
  /**
   * The sidecar's date, kept when the article's own dateline gives another date a day or two
   * away (wire copy filed across time zones): the dateline's date is then `value`.
   */
  sidecar?: { value: string; path: string; start: number; end: number };
  /**
   * When the article date is unknown: what can be said of it, never presented as given. The
   * article is no older than `from` (the latest day it reports in the past tense), or, with
   * `to`, was written between `from` and `to` (a release line: "FOR RELEASE SUNDAY, AUG. 15"):
   * the dates that read the same against each of those days are then resolved, and say so.
   */
  inferred?: { from: string; to?: string; reason: string };
}
