// Both stages' integer scores of a token and tag in one double: stage 1's sum plus stage 2's
// times STAGE2_UNIT. One float add then sums both stages, and no add needs an int32 overflow
// check (tag.ts: the word rows, 5 per token, are half as many adds as with one column per stage).
//
// Exact: every score is a sum of quantized weights (Int16: |q| <= 32768). A token's score per tag
// and stage sums at most 138 of them: its word rows (own: 10 form + 2 shape + 4 cluster + bias +
// 16 gazetteer-membership bits + the 3 stage-1-tag features of (O, O, O); each of 4 neighbours:
// 1 form + 1 shape + 4 cluster), its sparse stage-1 features (4 word pairs, the skip pair, the
// shape triple, initial, headline, headline word, 2 capitalization evidence, 3 x 16 gazetteer
// bits) and stage-2 ones (3 tag features less the 3 of (O, O, O), 4 type bits, 4 span bits and 5
// more): |sum| <= 138 * 32768 < 2^23. So the stage-1 part stays well inside [-2^25, 2^25), where
// it is told apart from the stage-2 part, and the whole below 2^50 in magnitude: every partial
// sum is an integer a double holds exactly, in any order.

/** Weight of the stage-2 part. */
export const STAGE2_UNIT = 2 ** 26;
/** 1 / STAGE2_UNIT, exact (a power of two): a multiply, where a divide takes several times as long. */
const STAGE2_INVERSE = 2 ** -26;

/** The stage-1 score of a packed value. */
export function stage1Score(v: number): number {
  // ToInt32 keeps v's integer value modulo 2^32, whose low 26 bits are the stage-1 part's (the
  // stage-2 part is a multiple of 2^26); the shifts sign-extend them. No rounding call: the
  // decoder reads a score per token and tag, and Math.round cost more than the sums it unpacks.
  return ((v | 0) << 6) >> 6;
}

/** The stage-2 score of a packed value. */
export function stage2Score(v: number): number {
  return (v - stage1Score(v)) * STAGE2_INVERSE;
}
