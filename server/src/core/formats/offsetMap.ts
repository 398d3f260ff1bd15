// Where each character of an article's prose comes from in its file. A Markdown or HTML article
// is analyzed as the text a reader sees (markup left out, entities decoded); every offset the
// analysis gives is mapped back, so hovers, diagnostics and edits point into the file as written.

/** Source ranges per character of the prose: char i of the prose came from source [starts[i], ends[i]). */
export class OffsetMap {
  constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly sourceLength: number,
  ) {}

  /** The source range of the prose range [start, end). An empty range maps to an empty range. */
  toSource(start: number, end: number): [number, number] {
    const n = this.starts.length;
    if (n === 0) return [0, 0];
    const s = start < n ? this.starts[Math.max(0, start)]! : this.sourceLength;
    if (end <= start) return [s, s];
    const e = this.ends[Math.min(n, end) - 1]!;
    return [s, Math.max(s, e)];
  }
}

/**
 * Builds the prose of a document piece by piece, remembering where each piece came from.
 * Pieces must come in source order.
 */
export class ProseBuilder {
  private readonly parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private length = 0;

  constructor(private readonly source: string) {}

  /** Text copied from source[start, end). */
  verbatim(start: number, end: number): void {
    this.push(this.source.slice(start, end), start);
    for (let i = start; i < end; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
  }

  /**
   * Text a parser decoded from source[start, end) (entities, escapes, a blockquote's markers
   * inside a paragraph): each character is aligned with the source character it most likely
   * came from, so a name after "&rsquo;" still maps exactly.
   */
  decoded(value: string, start: number, end: number): void {
    if (value === this.source.slice(start, end)) {
      this.verbatim(start, end);
      return;
    }
    this.push(value, start);
    let p = start;
    for (let i = 0; i < value.length; i++) {
      const c = value[i]!;
      const at = this.align(c, p, end);
      this.starts.push(at.start);
      this.ends.push(at.end);
      p = at.end;
    }
  }

  /** A separator the source does not spell (a paragraph break between two HTML blocks), placed at `at`. */
  separator(text: string, at: number): void {
    // Never two separators where one does: blocks inside blocks would stack breaks.
    const tail = this.parts[this.parts.length - 1];
    if (tail !== undefined && /\n\n$/.test(tail) && /^\n+$/.test(text)) return;
    if (this.length === 0 && /^\s+$/.test(text)) return;
    this.push(text, at);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(at);
      this.ends.push(at);
    }
  }

  /** The last character added, or '' at the start. */
  lastChar(): string {
    const tail = this.parts[this.parts.length - 1];
    return tail ? tail[tail.length - 1]! : '';
  }

  build(): { text: string; map: OffsetMap } {
    const text = this.parts.join('');
    const map = new OffsetMap(Int32Array.from(this.starts), Int32Array.from(this.ends), this.source.length);
    this.starts = [];
    this.ends = [];
    return { text, map };
  }

  private push(text: string, _at: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
  }

  private align(c: string, p: number, end: number): { start: number; end: number } {
    const src = this.source;
    if (p >= end) return { start: end, end };
    const here = src[p]!;
    if (here === c || (isSpace(c) && isSpace(here))) return { start: p, end: p + 1 };
    // An entity (&amp; &#8217;) stands for one character.
    if (here === '&') {
      const semi = src.indexOf(';', p);
      if (semi > p && semi < end && semi - p <= 32) return { start: p, end: semi + 1 };
    }
    // Skipped markup (a backslash escape, "> " at a line start): find the character a little further.
    for (let q = p + 1; q < end && q - p <= 16; q++) {
      if (src[q] === c || (isSpace(c) && isSpace(src[q]!))) return { start: q, end: q + 1 };
    }
    return { start: p, end: p };
  }
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}
