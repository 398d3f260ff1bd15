import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, sentences } from '../../server/src/core/text/tokenize.ts';
import { LineIndex } from '../../server/src/core/text/lineIndex.ts';
import { fold, slugify } from '../../server/src/core/text/fold.ts';
import { decodeBytes } from '../../server/src/core/text/decode.ts';

test('tokenize splits possessives, keeps hyphenated words, numbers and abbreviations whole', () => {
  const text = 'Armenia’s Nagorno-Karabakh: 6,500 died at 18:30 in the U.S., Dr. Huseynov said.';
  assert.deepEqual(tokenize(text).map((t) => t.text), [
    'Armenia', '’s', 'Nagorno-Karabakh', ':', '6,500', 'died', 'at', '18:30', 'in', 'the', 'U.S.', ',', 'Dr.', 'Huseynov', 'said', '.',
  ]);
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test('tokenize keeps names with apostrophes and hyphenated abbreviations whole, and splits n\'t', () => {
  assert.deepEqual(tokenize("O'Neill didn't visit the U.S.-based Armenia’s office").map((t) => t.text), [
    "O'Neill", 'did', "n't", 'visit', 'the', 'U.S.-based', 'Armenia', '’s', 'office',
  ]);
});

test('tokenize: an ASCII word ends where a rule after it would not read on (a comma or colon ends a word, not a number)', () => {
  const toks = (s: string) => tokenize(s).map((t) => t.text);
  assert.deepEqual(toks('Smith, 1,200 and 7:30; Yerevan: 12, then 3a,4'), ['Smith', ',', '1,200', 'and', '7:30', ';', 'Yerevan', ':', '12', ',', 'then', '3a', ',', '4']);
  // what follows the ASCII letters decides: a non-ASCII letter or mark, a hyphen, an apostrophe, a period
  assert.deepEqual(toks('Pashinián cafe\u0301 co-op Jones\' Mr. end'), ['Pashinián', 'cafe\u0301', 'co-op', 'Jones', "'", 'Mr.', 'end']);
  assert.deepEqual(toks('at the end'), ['at', 'the', 'end']);
});

test('sentences end at line breaks and at sentence punctuation before a capital', () => {
  const text = 'Thursday, December 2\n\nPashinyan met Putin. He left in the U.S. and came back.\nNext';
  const toks = tokenize(text);
  const got = sentences(text, toks).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ['Thursday, December 2', 'Pashinyan met Putin.', 'He left in the U.S. and came back.', 'Next']);
});

test('LineIndex keeps offsets exact with CRLF, CR and LF line ends', () => {
  const text = 'ab\r\ncd\ref\ngh';
  const idx = new LineIndex(text);
  assert.equal(idx.lineCount, 4);
  assert.deepEqual(idx.positionAt(text.indexOf('c')), { line: 1, character: 0 });
  assert.deepEqual(idx.positionAt(text.indexOf('e')), { line: 2, character: 0 });
  assert.equal(idx.offsetAt({ line: 3, character: 1 }), text.indexOf('h'));
  // A position past the end of a line clamps to that line, not into the next one.
  assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
  assert.equal(idx.offsetAt({ line: 99, character: 0 }), text.length);
});

test('fold unifies case, diacritics, apostrophes and dashes', () => {
  assert.equal(fold('Pashinián'), fold('PASHINIAN'));
  assert.equal(fold('Alíev'), 'aliev');
  assert.equal(fold('Əliyev'), 'aliyev');
  assert.equal(fold('Armenia’s'), "armenia's");
  assert.equal(fold('Nagorno–Karabakh'), 'nagorno-karabakh');
  assert.equal(slugify('Nikol Pashinián'), 'nikol-pashinian');
});

test('fold and slugify of ASCII names with spaces and punctuation: lowercase, a backtick folded, a possessive dropped', () => {
  assert.equal(fold('Boris N. Yeltsin'), 'boris n. yeltsin');
  assert.equal(fold('O`Neill'), "o'neill");
  assert.equal(slugify('Boris N. Yeltsin'), 'boris-n-yeltsin');
  assert.equal(slugify("McDonald's Corp."), 'mcdonald-corp');
  assert.equal(slugify("O'Shea's"), 'o-shea');
  assert.equal(slugify("Jones'S_x"), 'jones-s-x');
  assert.equal(slugify('  --U.S.--  '), 'u-s');
  assert.equal(slugify('O`Neill'), 'o-neill');
  assert.equal(slugify('...'), 'entity');
});

test('decodeBytes reads UTF-8 with or without BOM, falls back to Windows-1252, refuses binary and huge files', () => {
  const utf8 = decodeBytes(new TextEncoder().encode('Pashinián'));
  assert.deepEqual(utf8.ok && [utf8.text, utf8.encoding, utf8.bom], ['Pashinián', 'utf-8', false]);
  const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
  assert.deepEqual(bom.ok && [bom.text, bom.bom], ['A', true]);
  const latin1 = decodeBytes(new Uint8Array([0x4c, 0x61, 0x63, 0x68, 0xed, 0x6e])); // "Lachín" in Latin-1
  assert.deepEqual(latin1.ok && [latin1.text, latin1.encoding], ['Lachín', 'windows-1252']);
  const binary = decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  assert.equal(binary.ok, false);
  assert.equal(!binary.ok && binary.reason, 'binary');
  const big = decodeBytes(new Uint8Array(2048), { maxBytes: 1024 });
  assert.equal(!big.ok && big.reason, 'too-large');
});

test('someOverlapping finds exactly the spans a scan of every span finds, in any order of the list', async () => {
  const { default: fc } = await import('fast-check');
  const { overlapIndexOf, someOverlapping } = await import('../../server/src/core/text/ordered.ts');
  const span = fc.tuple(fc.nat(200), fc.nat(40), fc.boolean()).map(([start, len, person]) => ({ start, end: start + len, person }));
  fc.assert(
    fc.property(fc.array(span, { maxLength: 30 }), fc.nat(220), fc.nat(30), (items, start, len) => {
      const end = start + len;
      const expected = items.some((e) => e.person && e.start < end && start < e.end);
      return someOverlapping(overlapIndexOf(items), start, end, (e) => e.person) === expected;
    }),
    { numRuns: 2000 },
  );
});

test('spanAt finds what a scan of every span finds: the first containing the offset, else the first ending at it', async () => {
  const { default: fc } = await import('fast-check');
  const { spanAt } = await import('../../server/src/core/text/ordered.ts');
  const scan = <T extends { start: number; end: number }>(items: readonly T[], offset: number) => items.find((s) => s.start <= offset && offset < s.end) ?? items.find((s) => s.end === offset);
  // Lists in text order and apart (an article's names and dates, searched by halves), and any lists at all.
  const apart = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 6 })), { maxLength: 30 }).map((gaps) => {
    let at = 0;
    return gaps.map(([gap, len]) => ({ start: (at += gap), end: (at += len) }));
  });
  const any = fc.array(fc.tuple(fc.nat(200), fc.nat(8)).map(([start, len]) => ({ start, end: start + len })), { maxLength: 30 });
  for (const lists of [apart, any]) {
    fc.assert(
      fc.property(lists, fc.nat(220), (items, offset) => spanAt(items, offset) === scan(items, offset)),
      { numRuns: 2000 },
    );
  }
});

test('mapPacked gives what map gives: each item with its index, in order, and nothing for nothing', async () => {
  const { mapPacked } = await import('../../server/src/core/text/packed.ts');
  const words = ['Kursk', 'sank', 'in', 'August'];
  assert.deepEqual(mapPacked(words, (w, i) => `${i}:${w.length}`), words.map((w, i) => `${i}:${w.length}`));
  assert.deepEqual(mapPacked([], (w: string) => w), []);
});
