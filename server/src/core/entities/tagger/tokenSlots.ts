// Raw token -> word slot, for the tagger's word cache (tag.ts). Every token of every article is
// looked up once, and its string is always a fresh one (cut from the text), so a Map<string, ...>
// hashes it and then reads a bucket, an entry and the key it holds. Here: an FNV-1a hash of its
// code units, one probe of a flat array (hash and slot side by side) and the slot's own token.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const EMPTY = -1;

export class TokenSlots {
  private shift = 0;
  private mask = 0;
  /** [hash, slot] per entry; slot EMPTY when free. */
  private entries = new Int32Array(0);
  /** Token of each slot that was set (indexed by slot). */
  private readonly raws: string[] = [];
  private count = 0;

  constructor(bits = 12) {
    this.allocate(bits);
  }

  /** How many tokens are recorded. */
  get size(): number {
    return this.count;
  }

  /** Slot of `raw`, or -1. */
  get(raw: string): number {
    return this.getHashed(raw, hashOf(raw));
  }

  /** get(raw), given h, raw's FNV-1a hash as hash.ts's hashStr(FNV_OFFSET, raw) makes it (a WordInfo's hLow of its low). */
  getHashed(raw: string, h: number): number {
    const e = this.entries;
    const mask = this.mask;
    for (let i = Math.imul(h, 0x9e3779b1) >>> this.shift; ; i = (i + 1) & mask) {
      const s = e[2 * i + 1];
      if (s === EMPTY) return -1;
      if (e[2 * i] === h && this.raws[s] === raw) return s;
    }
  }

  /** Records `raw` (not present) at `slot`. */
  set(raw: string, slot: number): void {
    this.setHashed(raw, slot, hashOf(raw));
  }

  /** set(raw, slot), given raw's hash (getHashed). */
  setHashed(raw: string, slot: number, h: number): void {
    if (2 * (this.count + 1) > this.mask + 1) this.rehash(32 - this.shift + 1);
    this.raws[slot] = raw;
    this.place(h, slot);
    this.count++;
  }

  /** Forgets every token (the slots are reassigned). */
  clear(): void {
    this.entries.fill(EMPTY);
    this.raws.length = 0;
    this.count = 0;
  }

  private place(h: number, slot: number): void {
    const e = this.entries;
    let i = Math.imul(h, 0x9e3779b1) >>> this.shift;
    while (e[2 * i + 1] !== EMPTY) i = (i + 1) & this.mask;
    e[2 * i] = h;
    e[2 * i + 1] = slot;
  }

  private allocate(bits: number): void {
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.entries = new Int32Array(2 << bits).fill(EMPTY);
  }

  private rehash(bits: number): void {
    const old = this.entries;
    this.allocate(bits);
    for (let i = 1; i < old.length; i += 2) if (old[i] !== EMPTY) this.place(old[i - 1], old[i]);
  }
}

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}
