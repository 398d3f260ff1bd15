// The office a title ends with, and the one an appositive starts with, are what officesIn reads
// there: the title rules ask for one office without reading (and naming) every other.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastOfficeIn, officeAtStart, officesIn } from '../../server/src/core/knowledge/offices.ts';

const texts = [
  'Prime Minister',
  'Armenian Prime Minister',
  'Minister of Foreign Affairs',
  'the president, said',
  'president of the Senate Foreign Relations Committee, Sen. Joseph Biden',
  'Defence Minister and Foreign Minister',
  'former Gov.',
  'presidential',
  'a spokesman for the ministry',
  'Secretary of State',
  'Head of State and head of government',
  '',
  'no office here',
];

test('lastOfficeIn gives the last of officesIn, officeAtStart the first when it starts the text', () => {
  for (const t of texts) {
    const all = officesIn(t);
    assert.deepEqual(lastOfficeIn(t), all[all.length - 1], t);
    assert.deepEqual(officeAtStart(t), all[0]?.start === 0 ? all[0] : undefined, t);
  }
  assert.deepEqual(lastOfficeIn('Defence Minister and Foreign Minister'), { office: 'foreign minister', start: 21, end: 37 });
  assert.deepEqual(officeAtStart('president of the Senate'), { office: 'president', start: 0, end: 9 });
  assert.equal(officeAtStart('the president'), undefined);
  assert.equal(officeAtStart('presidential'), undefined);
});
