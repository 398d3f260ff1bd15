// Lookups in lists of spans kept in text order (tokens, sentences, dates, names): binary
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
