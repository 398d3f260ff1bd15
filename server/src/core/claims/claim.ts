// A numeric claim: a count an article gives of something ("more than 6,500 deaths", "about 2,000
// troops"), with its approximation, the date it holds at and what it is about.

export type Approximation = 'exact' | 'about' | 'nearly' | 'more-than' | 'at-least' | 'up-to' | 'less-than';

export interface Claim {
  start: number;
  end: number;
  text: string;
  /** What is counted, in one word for all its spellings: 'dead', 'wounded', 'troops', 'refugees'... */
  quantity: string;
  value: number;
  approximation: Approximation;
  /** The noun as the text gives it ("deaths", "soldiers"). */
  unit: string;
  /** The event the sentence ties to a date, when one does: its id. */
  subject?: string;
  /** The date the count holds at: one the sentence states ("as of November 16"), else the article's; null when neither is known. */
  asOf: string | null;
}

/** The values a claim allows, as an interval (bounds included unless open). */
export function claimRange(c: Pick<Claim, 'value' | 'approximation'>): { low: number; high: number; openLow?: boolean; openHigh?: boolean } {
  const v = c.value;
  switch (c.approximation) {
    case 'exact': return { low: v, high: v };
    // "about 2,000" allows what a reader would round to it.
    case 'about': return { low: v * 0.85, high: v * 1.15 };
    case 'nearly': return { low: v * 0.85, high: v };
    case 'more-than': return { low: v, high: Infinity, openLow: true };
    case 'at-least': return { low: v, high: Infinity };
    case 'up-to': return { low: 0, high: v };
    case 'less-than': return { low: 0, high: v, openHigh: true };
  }
}

/** Whether two claims can both be true of one quantity at one date. */
export function compatible(a: Claim, b: Claim): boolean {
  const x = claimRange(a);
  const y = claimRange(b);
  if (x.high < y.low || y.high < x.low) return false;
  if (x.high === y.low) return !(x.openHigh || y.openLow);
  if (y.high === x.low) return !(y.openHigh || x.openLow);
  return true;
}
