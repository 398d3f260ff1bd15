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
