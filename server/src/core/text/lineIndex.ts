// Offset <-> line/character conversion. Characters are UTF-16 code units, as in LSP and in
// JavaScript strings; "\r\n", "\r" and "\n" all end a line, so CRLF files keep exact offsets.
// Ours rather than vscode-languageserver-textdocument's: the core imports no LSP package (the
// CLI and the tests use it too), and the server needs it for files that are not open, which have
// no TextDocument; open documents are kept as the library's TextDocument (lsp/documents.ts).

import { lastAtMost } from './ordered.ts';

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    // Line breaks found with indexOf (native, much faster than a loop over every code unit).
    const starts = [0];
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      // the last code unit of the next line break: "\r\n" is one
      const last = cr >= 0 && (lf < 0 || cr < lf) ? (text.charCodeAt(cr + 1) === 10 ? cr + 1 : cr) : lf;
      starts.push(last + 1);
      if (lf >= 0 && lf <= last) lf = text.indexOf('\n', last + 1);
      if (cr >= 0 && cr <= last) cr = text.indexOf('\r', last + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lastAtMost(this.lineStarts, clamped);
    return { line, character: clamped - this.lineStarts[line]! };
  }

  /** The offset of a position; positions past a line's end clamp to the end of that line. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}
