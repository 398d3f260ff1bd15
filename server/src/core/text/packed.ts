// Array.prototype.map inlined in optimized code makes its result holey (it sizes the array first),
// while the same map before optimization and arrays built with push are packed. The hot loops of
// the tagger and the name rules then see two array maps, deoptimize and are compiled again.

/** `items.map(f)`, always a packed array: built with push. */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
