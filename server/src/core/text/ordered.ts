// Lookups in lists kept in text order (tokens, sentences, dates, names; line and chunk starts): binary
// searches, because a scan per item makes an article with thousands of them quadratic.

/** The index of the first item starting at or after `offset`. */
export function firstFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In ascending numbers, the index of the last of values[0, count) at most x (0 when none is). */
export function lastAtMost(values: readonly number[], x: number, count: number = values.length): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The items lying wholly inside [start, end). */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(items, start); i < items.length && items[i]!.start < end; i++) if (items[i]!.end <= end) out.push(items[i]!);
  return out;
}

/** The item containing `offset` (items that do not overlap), if any. */
export function itemAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  const item = items[firstFrom(items, offset + 1) - 1];
  return item && offset < item.end ? item : undefined;
}

/** Spans sorted by start with their longest length: which of them overlap a range, by binary search. */
export interface OverlapIndex<T extends { start: number; end: number }> {
  sorted: readonly T[];
  longest: number;
}

const overlapIndexes = new WeakMap<object, { length: number; index: OverlapIndex<{ start: number; end: number }> }>();

/**
 * The overlap index of a list of spans (in any order), made once per list: a check that asks, for
 * each of an article's names, whether another name overlaps a word next to it would otherwise
 * scan every name each time, quadratic in the names.
 */
export function overlapIndexOf<T extends { start: number; end: number }>(items: readonly T[]): OverlapIndex<T> {
  const cached = overlapIndexes.get(items);
  if (cached && cached.length === items.length) return cached.index as OverlapIndex<T>;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let longest = 0;
  for (const s of sorted) longest = Math.max(longest, s.end - s.start);
  const index = { sorted, longest };
  overlapIndexes.set(items, { length: items.length, index });
  return index;
}

/** Whether an item that `accept` takes overlaps [start, end). */
export function someOverlapping<T extends { start: number; end: number }>(index: OverlapIndex<T>, start: number, end: number, accept: (item: T) => boolean): boolean {
  const { sorted, longest } = index;
  // Items starting before `end`; none starting longest or more before `start` can reach it.
  for (let i = firstFrom(sorted, end) - 1; i >= 0 && sorted[i]!.start > start - longest - 1; i--) {
    const item = sorted[i]!;
    if (item.start < end && start < item.end && accept(item)) return true;
  }
  return false;
}

const disjointLists = new WeakMap<object, { length: number; disjoint: boolean }>();

/** Whether the spans are in text order, each non-empty and ending before the next starts (checked once per list). */
function inOrderAndDisjoint(items: ReadonlyArray<{ start: number; end: number }>): boolean {
  const known = disjointLists.get(items);
  if (known && known.length === items.length) return known.disjoint;
  let disjoint = true;
  for (let i = 0; i < items.length && disjoint; i++) disjoint = items[i]!.start < items[i]!.end && (i === 0 || items[i - 1]!.end <= items[i]!.start);
  disjointLists.set(items, { length: items.length, disjoint });
  return disjoint;
}

/**
 * The first span (in list order) containing `offset`, else the first ending right at it (where
 * the cursor is after typing a name or double-clicking it). By binary search when the spans are
 * in order and apart, as an article's names and dates are: a hover in an article of 100,000
 * dates scanned them all, twice when the cursor was on none.
 */
export function spanAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  if (!inOrderAndDisjoint(items)) return items.find((s) => s.start <= offset && offset < s.end) ?? items.find((s) => s.end === offset);
  const before = items[firstFrom(items, offset + 1) - 1];
  if (before && offset < before.end) return before;
  const ending = items[firstFrom(items, offset) - 1];
  return ending && ending.end === offset ? ending : undefined;
}
