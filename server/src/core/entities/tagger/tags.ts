// Tag sets: the model decodes BILOU internally (17 tags) and reports BIO to callers.
// Tag index 0 is O; entity type t (0..3) owns indices 1+4t .. 4+4t for B, I, L, U.

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const NUM_TYPES = ENTITY_TYPES.length;
export const NUM_TAGS = 1 + 4 * NUM_TYPES;

export const POS_B = 0;
export const POS_I = 1;
export const POS_L = 2;
export const POS_U = 3;

export function tagIndex(type: number, pos: number): number {
  return 1 + 4 * type + pos;
}
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}
export function tagPos(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) & 3;
}

export function tagName(tag: number): string {
  if (tag === 0) return 'O';
  return 'BILU'[tagPos(tag)] + '-' + ENTITY_TYPES[tagType(tag)];
}

/** True if BILOU tag `cur` may follow `prev` (-1 = sentence start). */
export function allowedTransition(prev: number, cur: number): boolean {
  const prevOpen = prev > 0 && (tagPos(prev) === POS_B || tagPos(prev) === POS_I);
  const curCont = cur > 0 && (tagPos(cur) === POS_I || tagPos(cur) === POS_L);
  if (prevOpen) return curCont && tagType(cur) === tagType(prev);
  return !curCont;
}
/** True if BILOU tag `last` may end a sentence. */
export function allowedEnd(last: number): boolean {
  return last === 0 || tagPos(last) === POS_L || tagPos(last) === POS_U;
}

export interface Span {
  /** First token index. */
  start: number;
  /** One past the last token index. */
  end: number;
  type: string;
}

/** Spans of a tag sequence in IOB1 or IOB2/BIO ("B-X" always opens; "I-X" continues a same-type span). */
export function spansFromIob(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 'O' || t.length < 3) {
      cur = null;
      continue;
    }
    const prefix = t[0];
    const type = t.slice(2);
    if (prefix === 'I' && cur !== null && cur.type === type && cur.end === i) {
      cur.end = i + 1;
    } else {
      cur = { start: i, end: i + 1, type };
      spans.push(cur);
    }
  }
  return spans;
}

/** BILOU tag indices for spans over n tokens (types must be ENTITY_TYPES names). */
export function bilouFromSpans(n: number, spans: readonly Span[]): Int32Array {
  const out = new Int32Array(n);
  for (const s of spans) {
    const t = ENTITY_TYPES.indexOf(s.type as EntityType);
    if (t < 0) continue;
    if (s.end - s.start === 1) out[s.start] = tagIndex(t, POS_U);
    else {
      out[s.start] = tagIndex(t, POS_B);
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = tagIndex(t, POS_I);
      out[s.end - 1] = tagIndex(t, POS_L);
    }
  }
  return out;
}

/** BIO (IOB2) strings for a valid BILOU index sequence. */
export function bioFromBilou(tags: ArrayLike<number>): string[] {
  const out: string[] = new Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) out[i] = 'O';
    else {
      const p = tagPos(t);
      out[i] = (p === POS_B || p === POS_U ? 'B-' : 'I-') + ENTITY_TYPES[tagType(t)];
    }
  }
  return out;
}

/** Spans of a BILOU index sequence (tolerates invalid sequences by closing at each L/U/O). */
export function spansFromBilou(tags: ArrayLike<number>): Span[] {
  return spansFromIob(bioFromBilou(tags));
}
