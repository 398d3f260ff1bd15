// The words before a name that titles.ts reads, found from the end (lastWords), are the last ones
// the word pattern finds in the window: on random text of letters, marks, digits, astral
// characters, lone surrogates, punctuation and spaces, windows cut anywhere.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastWords } from '../../server/src/core/entities/titles.ts';

const PIECES = ['a', 'Z', 'é', 'Ä', '\u0301', '7', '٣', '.', "'", '’', '-', ' ', '\t', '\n', ',', '"', '(', '😀', '𝐀', '\ud835', '\udc00', 'İ', 'ß', '—', '_', 'Minister', 'Sergei', 'U.S.'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function byPattern(text: string, from: number, to: number, max: number) {
  const all = [...text.slice(from, to).matchAll(/[\p{L}\p{M}\p{N}.'’-]+/gu)].map((w) => ({ word: w[0], start: from + w.index, end: from + w.index + w[0].length }));
  return all.slice(Math.max(0, all.length - max));
}

test('lastWords gives the last words the pattern finds in the window', () => {
  const next = random(20261204);
  for (let n = 0; n < 20000; n++) {
    let text = '';
    const len = Math.floor(next() * 40);
    for (let i = 0; i < len; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const to = Math.floor(next() * (text.length + 1));
    const from = Math.floor(next() * (to + 1));
    const max = 1 + Math.floor(next() * 10);
    assert.deepEqual(lastWords(text, from, to, max), byPattern(text, from, to, max), JSON.stringify({ text, from, to, max }));
  }
});
