// A small open-addressing cache from a pair of word slots to feature ids of that word pair.
// Word-pair features (bigrams) are the dearest part of decoding: two hash steps and a probe into
// the model's multi-megabyte feature table each, mostly cache misses. Running text repeats its
// word pairs ("of the", "the government", ", and"), so their ids are remembered per slot pair.

/** Slots at or above this bound (only in a huge sentence) are not cached: the key must fit 31 bits. */
export const PAIR_SLOT_LIMIT = 1 << 15;

export class PairCache {
  private readonly mask: number;
  private readonly shift: number;
  /** Slot-pair key per entry, -1 when empty. */
  private readonly keys: Int32Array;
  /** `width` feature ids per entry. */
  readonly ids: Int32Array;
  private used = 0;

  constructor(bits: number, readonly width: number) {
    const cap = 1 << bits;
    this.mask = cap - 1;
    this.shift = 32 - bits;
    this.keys = new Int32Array(cap).fill(-1);
    this.ids = new Int32Array(cap * width);
  }

  /** Offset into `ids` of the entry for slots (a, b) (both below PAIR_SLOT_LIMIT), or -1 when absent. */
  find(a: number, b: number): number {
    const key = a * 65536 + b;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i];
      if (k === key) return i * this.width;
      if (k === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }

  /** Claims the entry for slots (a, b) (not present); returns its offset into `ids`. */
  insert(a: number, b: number): number {
    if (this.used * 2 >= this.keys.length) this.clear();
    const key = a * 65536 + b;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[i] !== -1) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.used++;
    return i * this.width;
  }

  /** Forgets everything (the slots were reassigned to other words). */
  clear(): void {
    this.keys.fill(-1);
    this.used = 0;
  }
}
