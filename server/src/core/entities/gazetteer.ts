// Finds card names, aliases and demonyms in a document's tokens. Matching is on folded word
// pieces (hyphenated words split), so "Nagorno-Karabakh", "Nagorno Karabakh" and
// "NAGORNO-KARABAKH" are one key; the text's capitalization must still fit the alias, so that
// a common word is not taken for a name.

import type { Token } from '../text/tokenize.ts';
import { fold, foldPlain } from '../text/fold.ts';
import type { AliasEntry } from '../knowledge/knowledgeBase.ts';

/** What the text must look like for an alias word to match. */
type CasePattern = 'acronym' | 'capitalized' | 'any';

interface CompiledAlias {
  entry: AliasEntry;
  parts: string[];
  cases: CasePattern[];
}

/** A piece of a token: a whole token, or one part of a hyphenated token. */
export interface Piece {
  key: string;
  text: string;
  start: number;
  end: number;
  /** The piece is in a line with no lowercase letters (a headline or dateline in capitals). */
  capsLine: boolean;
  /** A line break separates this piece from the one before. */
  newlineBefore: boolean;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  entry: AliasEntry;
}

function casePattern(word: string): CasePattern {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && !/\p{Ll}/u.test(letters)) return 'acronym';
  if (/^\p{Lu}/u.test(letters)) return 'capitalized';
  return 'any';
}

function splitWords(form: string): string[] {
  return form.split(/\s+|(?<=[\p{L}\p{N}])[‐‑‒–—-](?=[\p{L}\p{N}])/u).flatMap(splitPossessive).filter(Boolean);
}

function splitPossessive(word: string): string[] {
  const m = /^(.+?)(['’]s)$/u.exec(word);
  return m ? [m[1]!, m[2]!] : [word];
}

function fitsCase(pattern: CasePattern, piece: Piece): boolean {
  if (pattern === 'any') return true;
  if (pattern === 'capitalized') return /^[\p{Lu}\p{N}]/u.test(piece.text);
  return piece.capsLine || !/\p{Ll}/u.test(piece.text);
}

export class Gazetteer {
  private readonly byFirst = new Map<string, CompiledAlias[]>();

  /**
   * `requireCapital` (the default, for names): an alias must carry a capital somewhere, or it
   * would match common words. Event aliases ("trilateral statement") are lowercase phrases.
   */
  constructor(entries: Iterable<AliasEntry>, options: { requireCapital?: boolean } = {}) {
    const requireCapital = options.requireCapital ?? true;
    for (const entry of entries) {
      const words = splitWords(entry.form);
      const parts = words.map((w) => fold(w));
      const cases = words.map(casePattern);
      if (parts.length === 0 || (requireCapital && !cases.some((c) => c !== 'any'))) continue;
      const list = this.byFirst.get(parts[0]!) ?? [];
      list.push({ entry, parts, cases });
      this.byFirst.set(parts[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  }

  /** No alias at all (no cards): every match is empty, whatever the pieces. */
  get isEmpty(): boolean {
    return this.byFirst.size === 0;
  }

  /** Longest matches, left to right, never overlapping. */
  match(pieces: readonly Piece[]): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < pieces.length) {
      const candidates = this.byFirst.get(pieces[i]!.key);
      let best: CompiledAlias | undefined;
      if (candidates) {
        for (const c of candidates) {
          if (i + c.parts.length > pieces.length) continue;
          let ok = true;
          for (let k = 0; k < c.parts.length && ok; k++) {
            const p = pieces[i + k]!;
            ok = p.key === c.parts[k] && fitsCase(c.cases[k]!, p);
            // Parts of one name must be adjacent words: no line break or sentence punctuation between.
            if (ok && k > 0) ok = !p.newlineBefore;
          }
          if (ok) {
            best = c;
            break;
          }
        }
      }
      if (best) {
        const last = pieces[i + best.parts.length - 1]!;
        out.push({ start: pieces[i]!.start, end: last.end, entry: best.entry });
        i += best.parts.length;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** A hyphen that splits a token into pieces: ‐ ‑ ‒ – — - */
function isPieceHyphen(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2014 && c !== 0x2015);
}

/** Word pieces of a document: hyphenated tokens split into their parts. */
export function toPieces(text: string, tokens: readonly Token[]): Piece[] {
  const pieces: Piece[] = [];
  const capsLines = capsLineRanges(text);
  let range = 0;
  let prevEnd = 0;
  const push = (pieceText: string, start: number, key: string) => {
    while (range < capsLines.length && capsLines[range]![1] <= start) range++;
    const capsLine = range < capsLines.length && capsLines[range]![0] <= start;
    let newlineBefore = false;
    for (let k = prevEnd; k < start; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) {
        newlineBefore = true;
        break;
      }
    }
    const end = start + pieceText.length;
    pieces.push({ key, text: pieceText, start, end, capsLine, newlineBefore });
    prevEnd = end;
  };
  for (const tok of tokens) {
    const t = tok.text;
    // Plain ASCII words (most tokens) have no hyphen to split at.
    const plain = foldPlain(t);
    if (plain !== undefined) {
      push(t, tok.start, plain);
      continue;
    }
    let hyphens = 0;
    for (let k = 0; k < t.length; k++) if (isPieceHyphen(t.charCodeAt(k))) hyphens++;
    if (hyphens === 0) {
      push(t, tok.start, fold(t));
      continue;
    }
    if (hyphens === t.length) {
      push(t, tok.start, '-');
      continue;
    }
    let k = 0;
    while (k < t.length) {
      while (k < t.length && isPieceHyphen(t.charCodeAt(k))) k++;
      if (k >= t.length) break;
      const from = k;
      while (k < t.length && !isPieceHyphen(t.charCodeAt(k))) k++;
      const part = t.slice(from, k);
      push(part, tok.start + from, fold(part));
    }
  }
  return pieces;
}

function capsLineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // A dateline "YEREVAN (RFE/RL) — Russian mediation..." is caps only up to the dash.
    const head = /^[^\p{Ll}]*?(?=\s[—–-]\s|$)/u.exec(m[0]);
    const line = m[0];
    if (/\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line)) ranges.push([m.index, m.index + line.length]);
    else if (head && head[0].length > 0 && /\p{Lu}{2}/u.test(head[0])) ranges.push([m.index, m.index + head[0].length]);
  }
  return ranges;
}
