// An open document of many megabytes, kept as chunks of text with their own line starts, so that
// an edit copies one chunk, not the whole text. vscode-languageserver-textdocument's TextDocument
// keeps one string and one array of line offsets: its first positioned edit computes the offsets
// of every line, and each edit after that slices the string (which flattens the pieces the last
// edit left, a copy of all of it) and shifts the offsets of every line below the edit. In a 50 MB
// article a keystroke held the server 150-1,100 ms.
//
// Positions mean what they mean for TextDocument (the reference in largeDocument.test.ts): lines
// end at \n, \r\n or \r; a character past a line's end is its end. A chunk never ends with \r but
// the last one, so a \r\n is never split and each chunk's line breaks are its own. A chunk's line
// starts are counted when it is made, at open in idle slices (`countSome`), or when a position
// needs them.

import type { Position, Range } from 'vscode-languageserver-textdocument';
import { lastAtMost } from '../core/text/ordered.ts';

/** Texts this long or longer are kept in chunks (UTF-16 units). */
export const LARGE_DOCUMENT = 1 << 20;
const CHUNK = 1 << 16;

interface Chunk {
  readonly text: string;
  /** Offsets in the chunk just past each line break; undefined until counted. */
  starts?: number[];
  /** Its size in UTF-8, once asked. */
  bytes?: number;
}

export interface ContentChange {
  range?: Range;
  text: string;
}

function lineStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** A text cut in chunks of about CHUNK units, none ending with \r but at the text's end. */
function cut(text: string, size: number): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    while (end < text.length && text.charCodeAt(end - 1) === 13) end++;
    chunks.push({ text: text.slice(start, end) });
    start = end;
  }
  if (chunks.length === 0) chunks.push({ text: '' });
  return chunks;
}

const isEOL = (c: number) => c === 13 || c === 10;

export class LargeDocument {
  private chunks: Chunk[];
  /** offsets[i]: where chunk i starts; offsets[chunks.length] is the length. */
  private offsets: number[] = [];
  /** breaks[i]: the line breaks before chunk i, while every chunk is counted. */
  private breaks: number[] | undefined;
  private flat: string | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
    private readonly chunkSize: number,
  ) {
    this.chunks = cut(text, chunkSize);
    this.flat = text;
    this.reindex();
  }

  /** `chunkSize` is for tests: a few units make every edit cross chunks. */
  static create(uri: string, languageId: string, version: number, text: string, chunkSize = CHUNK): LargeDocument {
    return new LargeDocument(uri, languageId, version, text, chunkSize);
  }

  get length(): number {
    return this.offsets[this.chunks.length]!;
  }

  /** The whole text (joined once per version). */
  getText(): string {
    this.flat ??= this.chunks.map((c) => c.text).join('');
    return this.flat;
  }

  /** The text's size in UTF-8 bytes (each chunk counted once). */
  utf8Bytes(): number {
    let bytes = 0;
    for (let i = 0; i < this.chunks.length; i++) {
      const c = this.chunks[i]!;
      bytes += c.bytes ??= Buffer.byteLength(c.text, 'utf8');
      // A surrogate pair cut between two chunks is 4 bytes, not two lone halves of 3.
      const next = this.chunks[i + 1]?.text.charCodeAt(0) ?? 0;
      const last = c.text.charCodeAt(c.text.length - 1);
      if (last >= 0xd800 && last < 0xdc00 && next >= 0xdc00 && next < 0xe000) bytes -= 2;
    }
    return bytes;
  }

  get lineCount(): number {
    this.countAll();
    return this.breaks![this.chunks.length]! + 1;
  }

  /** Counts the line starts of chunks not counted yet, for about `budgetMs`; true when all are. */
  countSome(budgetMs: number): boolean {
    if (this.breaks) return true;
    const until = performance.now() + budgetMs;
    for (const c of this.chunks) {
      if (c.starts) continue;
      c.starts = lineStarts(c.text);
      if (performance.now() > until) break;
    }
    if (this.chunks.every((c) => c.starts)) this.reindex();
    return !!this.breaks;
  }

  private countAll(): void {
    if (this.breaks) return;
    for (const c of this.chunks) c.starts ??= lineStarts(c.text);
    this.reindex();
  }

  private reindex(): void {
    const n = this.chunks.length;
    const offsets = new Array<number>(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = at;
      at += this.chunks[i]!.text.length;
    }
    offsets[n] = at;
    this.offsets = offsets;
    if (this.chunks.every((c) => c.starts)) {
      const breaks = new Array<number>(n + 1);
      let lines = 0;
      for (let i = 0; i < n; i++) {
        breaks[i] = lines;
        lines += this.chunks[i]!.starts!.length;
      }
      breaks[n] = lines;
      this.breaks = breaks;
    } else this.breaks = undefined;
  }

  /** The chunk an offset falls in (the last one for the text's end). */
  private chunkAt(offset: number): number {
    return lastAtMost(this.offsets, offset, this.chunks.length);
  }

  private charCodeAt(offset: number): number {
    const i = this.chunkAt(offset);
    return this.chunks[i]!.text.charCodeAt(offset - this.offsets[i]!);
  }

  /** Where line `line` starts (0 <= line < lineCount). */
  private lineStart(line: number): number {
    if (line === 0) return 0;
    const breaks = this.breaks!;
    // The chunk holding the line's break: breaks[c] < line <= breaks[c + 1].
    const c = lastAtMost(breaks, line - 1, this.chunks.length);
    return this.offsets[c]! + this.chunks[c]!.starts![line - breaks[c]! - 1]!;
  }

  private beforeEOL(offset: number, lineStart: number): number {
    while (offset > lineStart && isEOL(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  offsetAt(position: Position): number {
    this.countAll();
    const lines = this.breaks![this.chunks.length]! + 1;
    if (position.line >= lines) return this.length;
    if (position.line < 0) return 0;
    const start = this.lineStart(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < lines ? this.lineStart(position.line + 1) : this.length;
    return this.beforeEOL(Math.min(start + position.character, next), start);
  }

  positionAt(offset: number): Position {
    this.countAll();
    offset = Math.max(Math.min(offset, this.length), 0);
    const c = this.chunkAt(offset);
    const starts = this.chunks[c]!.starts!;
    const local = offset - this.offsets[c]!;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! > local) hi = mid;
      else lo = mid + 1;
    }
    const line = this.breaks![c]! + lo;
    const start = this.lineStart(line);
    return { line, character: this.beforeEOL(offset, start) - start };
  }

  /** Applies the editor's changes in order, as TextDocument.update does. */
  update(changes: readonly ContentChange[], version: number): void {
    for (const change of changes) {
      if (!change.range) {
        this.chunks = cut(change.text, this.chunkSize);
        this.flat = change.text;
        this.reindex();
        continue;
      }
      let { start, end } = change.range;
      if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
      this.splice(this.offsetAt(start), this.offsetAt(end), change.text);
    }
    this.version = version;
  }

  private splice(from: number, to: number, text: string): void {
    const a = this.chunkAt(from);
    let b = to === from ? a : this.chunkAt(to - 1);
    let merged = this.chunks[a]!.text.slice(0, from - this.offsets[a]!) + text + this.chunks[b]!.text.slice(to - this.offsets[b]!);
    // A chunk ends with \r only at the text's end: take the next one in (its \n may follow).
    while (b + 1 < this.chunks.length && merged.charCodeAt(merged.length - 1) === 13) merged += this.chunks[++b]!.text;
    const made = merged.length > 2 * this.chunkSize ? cut(merged, this.chunkSize) : [{ text: merged }];
    for (const c of made) c.starts = lineStarts(c.text);
    const replaced = merged.length === 0 && this.chunks.length > b - a + 1 ? [] : made;
    this.chunks.splice(a, b - a + 1, ...replaced);
    this.flat = undefined;
    this.reindex();
  }
}
