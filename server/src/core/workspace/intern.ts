// Analyses made on worker threads arrive as copies (as JSON when that gives them back exactly:
// survivesJson), in which the strings are copies of their own: a corpus of 10,000 articles would
// hold a million copies of "nikol-pashinyan". Interning them as they arrive gives back the
// sharing an analysis on this thread has for free, and keeps the server's heap in proportion to
// what is really different.
//
// An article analyzed again (the tagger's pass, a card change) mostly finds what it found before:
// the tagger adds a few names, every name of the cards and every date comes back the same. Such
// an analysis takes the objects of the one it replaces wherever they are equal, so that the old
// ones stay and the copies die young, instead of a second corpus of mentions going to the old
// generation while the first one waits there, dead, for a full collection.

import type { PortableAnalysis } from './documentAnalysis.ts';

export class StringPool {
  private readonly pool = new Map<string, string>();

  intern<T extends string>(s: T): T {
    const known = this.pool.get(s);
    if (known !== undefined) return known as T;
    this.pool.set(s, s);
    return s;
  }

  /**
   * Interns the repeated strings of an analysis in place; with `previous` (the article's analysis
   * so far), first takes its objects wherever they are equal, field for field and in the same
   * order, so the result is the same but shares what did not change. `mentionsInterned`: the
   * entity mentions' strings come from this pool already (unpacked with it).
   */
  internAnalysis(a: PortableAnalysis, previous?: PortableAnalysis, options: { mentionsInterned?: boolean } = {}): void {
    const entity = options.mentionsInterned ? () => undefined : (m: PortableAnalysis['entities'][number]) => {
      m.text = this.intern(m.text);
      m.id = this.intern(m.id);
      m.name = this.intern(m.name);
      m.type = this.intern(m.type);
      m.source = this.intern(m.source);
    };
    // Optional fields are assigned only when present: an own property set to undefined would
    // make the analysis differ from one made on this thread.
    const date = (d: PortableAnalysis['dates'][number]) => {
      d.text = this.intern(d.text);
      d.value = d.value === null ? null : this.intern(d.value);
      d.granularity = this.intern(d.granularity);
      d.resolution = this.intern(d.resolution);
      if (d.partial !== undefined) d.partial = this.intern(d.partial);
      if (d.mod !== undefined) d.mod = this.intern(d.mod);
      if (d.event !== undefined) d.event = this.intern(d.event);
      if (d.eventLink !== undefined) d.eventLink = this.intern(d.eventLink);
      if (d.trigger !== undefined) d.trigger = this.intern(d.trigger);
      if (d.eventNoun !== undefined) d.eventNoun = this.intern(d.eventNoun);
      if (d.participants) d.participants = d.participants.map((p) => this.intern(p));
      if (d.context) d.context = d.context.map((p) => this.intern(p));
      if (d.published !== undefined) d.published = this.intern(d.published);
    };
    if (!previous) {
      if (!options.mentionsInterned) a.entities.forEach(entity);
      a.dates.forEach(date);
    } else {
      // What is taken from the previous analysis was interned with it.
      a.entities = reuseEqual(a.entities, previous.entities, entity);
      a.dates = reuseEqual(a.dates, previous.dates, date);
      if (sameRecord(a.articleDate, previous.articleDate)) {
        a.articleDate = previous.articleDate;
        return;
      }
    }
    a.articleDate.source = this.intern(a.articleDate.source);
    a.articleDate.explanation = this.intern(a.articleDate.explanation);
    a.articleDate.value = a.articleDate.value === null ? null : this.intern(a.articleDate.value);
  }
}

/**
 * `next` with each element replaced by an equal one of `before` where there is one (both are in
 * text order; an element not found is kept and given to `fresh`), or `before` itself when every
 * element is equal.
 */
function reuseEqual<T extends { start: number }>(next: T[], before: readonly T[], fresh: (x: T) => void): T[] {
  let j = 0;
  let all = next.length === before.length;
  for (let i = 0; i < next.length; i++) {
    const n = next[i]!;
    while (j < before.length && before[j]!.start < n.start) j++;
    let found = false;
    for (let k = j; k < before.length && before[k]!.start === n.start; k++) {
      if (sameRecord(n, before[k]!)) {
        next[i] = before[k]!;
        found = true;
        break;
      }
    }
    if (!found) fresh(n);
    if (!found || next[i] !== before[i]) all = false;
  }
  return all ? (before as T[]) : next;
}

/** Keys of the object last compared (kept, so comparing allocates nothing). */
const keys: string[] = [];

/** Same own keys in the same order, with the same values (primitives, or arrays of primitives). */
function sameRecord(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  keys.length = 0;
  for (const k in x) {
    if (!Object.hasOwn(y, k) || !sameValue(x[k], y[k])) return false;
    keys.push(k);
  }
  let i = 0;
  for (const k in y) if (keys[i++] !== k) return false;
  return i === keys.length;
}

function sameValue(u: unknown, v: unknown): boolean {
  if (Object.is(u, v)) return true;
  if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length) return false;
  for (let i = 0; i < u.length; i++) if (!Object.is(u[i], v[i])) return false;
  return true;
}

/** Whether JSON.parse(JSON.stringify(v)) gives back what a structured clone of v would. */
export function survivesJson(v: unknown): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object': {
      if (v === null) return true;
      if (Array.isArray(v)) {
        if (Object.getPrototypeOf(v) !== Array.prototype || Object.keys(v).length !== v.length) return false;
        for (const x of v) if (!survivesJson(x)) return false;
        return true;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) return false;
      const o = v as Record<string, unknown>;
      for (const k in o) if (!survivesJson(o[k])) return false;
      return true;
    }
    default:
      // undefined (an own property set to it would be lost), functions, symbols, bigints
      return false;
  }
}
