// Analyses made on worker threads arrive as structured clones, in which every string is a copy
// of its own: a corpus of 10,000 articles would hold a million copies of "person", "card-alias"
// or "nikol-pashinyan". Interning them as they arrive gives back the sharing an analysis on this
// thread has for free, and keeps the server's heap in proportion to what is really different.

import type { PortableAnalysis } from './workspace.ts';

export class StringPool {
  private readonly pool = new Map<string, string>();

  intern<T extends string>(s: T): T {
    const known = this.pool.get(s);
    if (known !== undefined) return known as T;
    this.pool.set(s, s);
    return s;
  }

  /** Interns the repeated strings of an analysis in place. */
  internAnalysis(a: PortableAnalysis): void {
    for (const m of a.entities) {
      m.text = this.intern(m.text);
      m.id = this.intern(m.id);
      m.name = this.intern(m.name);
      m.type = this.intern(m.type);
      m.source = this.intern(m.source);
    }
    // Optional fields are assigned only when present: an own property set to undefined would
    // make the analysis differ from one made on this thread.
    for (const d of a.dates) {
      d.text = this.intern(d.text);
      d.value = d.value === null ? null : this.intern(d.value);
      d.granularity = this.intern(d.granularity);
      d.resolution = this.intern(d.resolution);
      if (d.partial !== undefined) d.partial = this.intern(d.partial);
      if (d.mod !== undefined) d.mod = this.intern(d.mod);
      if (d.event !== undefined) d.event = this.intern(d.event);
      if (d.eventLink !== undefined) d.eventLink = this.intern(d.eventLink);
      if (d.trigger !== undefined) d.trigger = this.intern(d.trigger);
      if (d.participants) d.participants = d.participants.map((p) => this.intern(p));
    }
    a.articleDate.source = this.intern(a.articleDate.source);
    a.articleDate.explanation = this.intern(a.articleDate.explanation);
    a.articleDate.value = a.articleDate.value === null ? null : this.intern(a.articleDate.value);
  }
}
