// 32-bit FNV-1a hashing of feature parts, so feature keys never need string concatenation.

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Continues hash `h` with the UTF-16 code units of `s` (signed, as hashU32's result). */
export function hashStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  }
  return h | 0;
}

/** hashStr(h, s.slice(from, to)) without making the slice (a word's prefixes and suffixes). */
export function hashRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

/** Continues hash `h` with a small integer (template id, separator, type index). */
export function hashInt(h: number, x: number): number {
  h = Math.imul(h ^ (x & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((x >>> 8) & 0xff), FNV_PRIME);
  h = Math.imul(h ^ 0xa5, FNV_PRIME);
  return h >>> 0;
}

/**
 * Continues hash `h` with a 32-bit value (murmur3 body step): combines precomputed part hashes.
 * The result is the hash's 32 bits as a signed integer, which V8 keeps unboxed (a small integer):
 * as an unsigned one, every other result (those of 2^31 and up) was a heap number wherever a call
 * returned it or an object kept it (a word's hLow), 3 to 4 million of them for the 1,249 duc2006
 * articles. Hashes are read as bits only (U32Table, the training's feature index, keys stored as
 * Uint32Array; sorted as unsigned), so no feature and no lookup changes.
 */
export function hashU32(h: number, x: number): number {
  x = Math.imul(x, 0xcc9e2d51);
  x = (x << 15) | (x >>> 17);
  x = Math.imul(x, 0x1b873593);
  h ^= x;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Avalanche finalizer (murmur3 fmix32) used to place keys in open-addressing tables. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Open-addressing map from uint32 keys to non-negative int32 values; read-only after build.
 * Key and value share one Int32Array (slot s at 2s, 2s+1), so a probe touches one cache line:
 * the model's table is MBs, and most lookups are cache misses. Most keys asked for are absent
 * (features of word pairs the model pruned: about 6 lookups in 10 on news text), so a bit set of
 * 8 bits per key (a tenth of the table's size, small enough to stay in the CPU's cache) answers
 * most of those without touching the table; it has no false negatives, so answers are unchanged.
 */
/** What a table is made of (sharedModel.ts hands it to other threads). */
export interface U32TableState {
  mask: number;
  slots: Int32Array;
  filter: Int32Array;
  filterShift: number;
}

export class U32Table {
  private readonly mask: number;
  /** [key | 0, value] per slot; value -1 marks an empty slot. */
  private readonly slots: Int32Array;
  /** One bit per (key >>> filterShift): set for every key present. */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    const slots = new Int32Array(2 * cap);
    for (let s = 0; s < cap; s++) slots[2 * s + 1] = -1;
    // 4 bits per slot, 8 per key or more: about one absent key in 10 goes on to the table
    const filterBits = Math.max(32, cap * 4);
    this.filterShift = 32 - Math.log2(filterBits);
    const filter = new Int32Array(filterBits >>> 5);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] | 0;
      let slot = mix32(keys[i]) & this.mask;
      while (slots[2 * slot + 1] !== -1 && slots[2 * slot] !== key) slot = (slot + 1) & this.mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = values[i];
      const bit = keys[i] >>> this.filterShift;
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
    this.slots = slots;
    this.filter = filter;
  }

  state(): U32TableState {
    return { mask: this.mask, slots: this.slots, filter: this.filter, filterShift: this.filterShift };
  }

  /** A table over arrays made by another (state()), without building it again. */
  static restore(s: U32TableState): U32Table {
    // fields in the constructor's order, so both kinds of table have one shape
    return Object.assign(Object.create(U32Table.prototype) as U32Table, { mask: s.mask, slots: s.slots, filter: s.filter, filterShift: s.filterShift });
  }

  /** The value stored for `key`, or -1. */
  get(key: number): number {
    const bit = key >>> this.filterShift;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const k = key | 0;
    const slots = this.slots;
    let slot = mix32(key) & this.mask;
    for (;;) {
      const v = slots[2 * slot + 1];
      if (v === -1) return -1;
      if (slots[2 * slot] === k) return v;
      slot = (slot + 1) & this.mask;
    }
  }
}
