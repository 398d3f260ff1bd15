// Phrase gazetteer: lowercased token sequences -> entity-type bits. Stored as hashes only,
// so the shipped model holds no readable names. Built from training-set entity spans.

import * as hash from './hash.ts';
import { U32Table, type U32TableState } from './hash.ts';
import * as tags from './tags.ts';

// Hot loops read imports through these module-local bindings: where each module is compiled to
// CommonJS on its own (tsx, the unit tests, the benchmarks), every use of an imported name is a
// getter call on the exporting module, which costs as much as the work done per token.
const { FNV_OFFSET, hashInt, hashStr, hashU32 } = hash;
const { NUM_TYPES, POS_B, POS_I, POS_L, POS_U } = tags;

export const GAZ_MAX_LEN = 6;

/** Extends a phrase hash by one word, given the FNV-1a hash of its low form (WordInfo.hLow). */
export function phraseHashStep(h: number, hLow: number): number {
  return hashU32(h, hLow);
}

const TOKEN_SALT = hashInt(FNV_OFFSET, 0x7e7e);

/** Key of a single word's membership entry (which types and positions it takes inside entities). */
function tokenKey(hLow: number): number {
  return hashU32(TOKEN_SALT, hLow);
}

export class Gazetteer {
  private readonly table: U32Table;
  /** Phrase keys map to type bits (bit t); word keys map to type*4+position bits (16 bits). */
  constructor(readonly keys: Uint32Array, readonly bits: Uint16Array) {
    this.table = new U32Table(keys, bits);
  }

  tableState(): U32TableState {
    return this.table.state();
  }

  /** A gazetteer over arrays and a table made by another (sharedModel.ts). */
  static restore(keys: Uint32Array, bits: Uint16Array, table: U32Table): Gazetteer {
    return Object.assign(Object.create(Gazetteer.prototype) as Gazetteer, { keys, bits, table });
  }

  /** Bits (type*4 + B/I/L/U) of the positions this word takes inside known entities. */
  wordBits(hLow: number): number {
    const v = this.table.get(tokenKey(hLow));
    return v < 0 ? 0 : v;
  }

  /** Builds from phrases given as lowercased token lists with a type index. */
  static fromEntries(entries: Iterable<{ lows: readonly string[]; type: number }>): Gazetteer {
    const m = new Map<number, number>();
    for (const e of entries) {
      if (e.lows.length === 0 || e.lows.length > GAZ_MAX_LEN) continue;
      let h = FNV_OFFSET;
      for (const w of e.lows) h = phraseHashStep(h, hashStr(FNV_OFFSET, w));
      m.set(h, (m.get(h) ?? 0) | (1 << e.type));
      const n = e.lows.length;
      e.lows.forEach((w, i) => {
        const pos = n === 1 ? POS_U : i === 0 ? POS_B : i === n - 1 ? POS_L : POS_I;
        const k = tokenKey(hashStr(FNV_OFFSET, w));
        m.set(k, (m.get(k) ?? 0) | (1 << (e.type * 4 + pos)));
      });
    }
    // (in unsigned order, as the keys are stored: hashU32's results are signed)
    const keys = [...m.keys()].sort((a, b) => (a >>> 0) - (b >>> 0));
    return new Gazetteer(Uint32Array.from(keys), Uint16Array.from(keys.map((k) => m.get(k)!)));
  }

  /**
   * Marks, for each token, bits (type*4 + B/I/L/U position) of every gazetteer phrase covering it.
   * A phrase only matches when its first token does not start with a lowercase letter. With
   * `from` and `to`, the sentence is words[from .. to), its token i marked at out[i - from].
   */
  mark(words: readonly { hLow: number; startsLower: boolean }[], out: Uint16Array, from = 0, to = words.length): void {
    out.fill(0);
    const n = to - from;
    for (let i = 0; i < n; i++) {
      if (words[from + i].startsLower) continue;
      let h = FNV_OFFSET;
      const maxJ = Math.min(n, i + GAZ_MAX_LEN);
      for (let j = i; j < maxJ; j++) {
        h = phraseHashStep(h, words[from + j].hLow);
        const bits = this.table.get(h);
        if (bits <= 0 || bits > 15) continue;
        for (let t = 0; t < NUM_TYPES; t++) {
          if ((bits & (1 << t)) === 0) continue;
          if (j === i) out[i] |= 1 << (t * 4 + POS_U);
          else {
            out[i] |= 1 << (t * 4 + POS_B);
            for (let k = i + 1; k < j; k++) out[k] |= 1 << (t * 4 + POS_I);
            out[j] |= 1 << (t * 4 + POS_L);
          }
        }
      }
    }
  }
}
