// A small open-addressing cache from a pair of word slots to feature ids of that word pair.
// Word-pair features (bigrams) are the dearest part of decoding: two hash steps and a probe into
// the model's multi-megabyte feature table each, mostly cache misses. Running text repeats its
// word pairs ("of the", "the government", ", and"), so their ids are remembered per slot pair.
// An entry's key and ids lie side by side, so a probe that finds its pair reads one cache line,
// not one in a key array and another in an id array.

/** Slots at or above this bound (only in a huge sentence) are not cached: the key must fit 31 bits. */
export const PAIR_SLOT_LIMIT = 1 << 15;

export class PairCache {
  private readonly mask: number;
  private readonly shift: number;
  private readonly stride: number;
  /** Per entry: the slot-pair key (-1 when empty), then `width` feature ids. */
  readonly ids: Int32Array;
  private used = 0;

  constructor(bits: number, readonly width: number) {
    const cap = 1 << bits;
    this.mask = cap - 1;
    this.shift = 32 - bits;
    this.stride = width + 1;
    this.ids = new Int32Array(cap * this.stride).fill(-1);
  }

  /** Offset into `ids` of the ids of the entry for slots (a, b) (both below PAIR_SLOT_LIMIT), or -1 when absent. */
  find(a: number, b: number): number {
    const key = a * 65536 + b;
    const entries = this.ids;
    const stride = this.stride;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = entries[i * stride];
      if (k === key) return i * stride + 1;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Claims the entry for slots (a, b) (not present); returns the offset of its ids in `ids`. */
  insert(a: number, b: number): number {
    if (this.used * 2 > this.mask) this.clear();
    const key = a * 65536 + b;
    const entries = this.ids;
    const stride = this.stride;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (entries[i * stride] !== -1) i = (i + 1) & this.mask;
    entries[i * stride] = key;
    this.used++;
    return i * stride + 1;
  }

  /** Forgets everything (the slots were reassigned to other words). */
  clear(): void {
    this.ids.fill(-1);
    this.used = 0;
  }
}
