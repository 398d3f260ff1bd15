// The generic words that name an event (events/triggers.ts), in any case, and only those.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triggerKinds } from '../../server/src/core/events/triggers.ts';

test('triggerKinds reads a trigger in any case, a word of no trigger\'s first letter and length as none, whatever its other characters', () => {
  assert.deepEqual(triggerKinds('Cease-fire'), ['ceasefire']);
  assert.deepEqual(triggerKinds('CLASHES'), ['clash']);
  assert.deepEqual(triggerKinds('wa\u212a'), undefined);
  assert.deepEqual(triggerKinds('\u212aar'), undefined);
  assert.equal(triggerKinds('Wär'), undefined);
  assert.equal(triggerKinds('the'), undefined);
  assert.equal(triggerKinds('warfare'), undefined);
  assert.equal(triggerKinds('w\u0130r'), undefined);
});
