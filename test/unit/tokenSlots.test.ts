import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenSlots } from '../../server/src/core/entities/tagger/tokenSlots.ts';

test("token slots: every token set is found at its slot, growing past the first table, and nothing else is", () => {
  const slots = new TokenSlots(2);
  const tokens = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? `W${i}` : i % 3 === 1 ? `w${i}` : `${i},`));
  tokens.push('', 'é', 'Pashinián', '\u0000');
  tokens.forEach((t, i) => slots.set(t, i + 4));
  // fresh strings, as the tokenizer makes them, not the objects set
  tokens.forEach((t, i) => assert.equal(slots.get(`${t} `.slice(0, t.length)), i + 4, t));
  for (const absent of ['W1', 'w0', 'x', 'PASHINIÁN', '5000,']) assert.equal(slots.get(absent), -1, absent);
  slots.clear();
  assert.equal(slots.get('W0'), -1);
  slots.set('W0', 9);
  assert.equal(slots.get('W0'), 9);
  assert.equal(slots.get('w1'), -1);
});
