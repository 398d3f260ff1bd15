// The tagger's hashes are 32 bits read as a signed integer (kept unboxed by V8); every reader takes
// them as bits, so a key stored unsigned (Uint32Array) is found from its signed hash.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FNV_OFFSET, U32Table, hashStr, hashU32 } from '../../server/src/core/entities/tagger/hash.ts';
import { Gazetteer } from '../../server/src/core/entities/tagger/gazetteer.ts';
import { isHeadline, isHeadlineWithin } from '../../server/src/core/entities/tagger/features.ts';
import { wordInfo } from '../../server/src/core/entities/tagger/word.ts';
import { TokenSlots } from '../../server/src/core/entities/tagger/tokenSlots.ts';

const words = 'Nikol Pashinyan met Ilham Aliyev in Moscow on Monday , the Kremlin said'.split(' ');

test('hashes are signed 32-bit integers, and a table of their unsigned keys finds them', () => {
  const hashes = words.map((w, i) => hashU32(hashStr(FNV_OFFSET, w), i));
  assert.ok(hashes.every((h) => Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31));
  assert.ok(hashes.some((h) => h < 0), 'some hashes have their top bit set');
  const table = new U32Table(Uint32Array.from(hashes), hashes.map((_, i) => i));
  hashes.forEach((h, i) => {
    assert.equal(table.get(h), i);
    assert.equal(table.get(h >>> 0), i);
  });
  assert.equal(table.get(hashU32(hashStr(FNV_OFFSET, 'Yerevan'), 0)), -1);
});

test('a gazetteer marks a sentence given as a range of words as it marks the sentence alone', () => {
  const gaz = Gazetteer.fromEntries([
    { lows: ['nikol', 'pashinyan'], type: 0 },
    { lows: ['moscow'], type: 1 },
    { lows: ['the', 'kremlin'], type: 2 },
  ]);
  // its keys stored in unsigned order, as the model format expects
  for (let i = 1; i < gaz.keys.length; i++) assert.ok(gaz.keys[i - 1]! < gaz.keys[i]!);
  const infos = words.map(wordInfo);
  const alone = new Uint16Array(words.length);
  gaz.mark(infos, alone);
  assert.ok(alone.some((b) => b !== 0));
  const padded = [wordInfo('Earlier'), wordInfo(':'), ...infos, wordInfo('today')];
  const ranged = new Uint16Array(words.length);
  gaz.mark(padded, ranged, 2, 2 + words.length);
  assert.deepEqual(ranged, alone);
});

test('a headline is told within a range of words as in the words alone', () => {
  const head = 'ARMENIA AND AZERBAIJAN SIGN A TRUCE'.split(' ').map(wordInfo);
  const body = 'The two sides signed .'.split(' ').map(wordInfo);
  const all = [...body, ...head, ...body];
  assert.equal(isHeadline(head), true);
  assert.equal(isHeadlineWithin(all, body.length, body.length + head.length), true);
  assert.equal(isHeadlineWithin(all, 0, body.length + head.length), false);
});

test("a word's hLow is the hash the tagger's flat tables take for its low form (TokenSlots.getHashed finds what get finds)", () => {
  const slots = new TokenSlots(2);
  const infos = words.map(wordInfo);
  infos.forEach((w, i) => {
    if (slots.getHashed(w.low, w.hLow) < 0) slots.setHashed(w.low, i, w.hLow);
  });
  assert.equal(slots.size, new Set(infos.map((w) => w.low)).size);
  for (const w of infos) {
    const fresh = `${w.low} `.slice(0, w.low.length);
    assert.ok(slots.get(fresh) >= 0, w.low);
    assert.equal(slots.get(fresh), slots.getHashed(fresh, w.hLow), w.low);
  }
  assert.equal(slots.getHashed('kremlins', wordInfo('Kremlins').hLow), -1);
});
