import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseAround, inOneSentence } from '../../server/src/core/dates/sentenceBounds.ts';
import { isHabitualPeriod } from '../../server/src/core/dates/habitual.ts';

/** The clause clauseAround gives the first `word` of `text`. */
function clauseOf(text: string, word: string): string {
  const at = text.indexOf(word);
  const [a, b] = clauseAround(text, at, at + word.length);
  return text.slice(a, b).trim();
}

test('a clause ends at ; : ! ? a line break and a sentence-ending full stop', () => {
  assert.equal(clauseOf('Prices rose. The larvae feed in May and June. Then they sleep.', 'May'), 'The larvae feed in May and June');
  assert.equal(clauseOf('They met; in May the vote came: yes', 'May'), 'in May the vote came');
  assert.equal(clauseOf('Once more!\nIn May it rains?', 'May'), 'In May it rains');
  // a name of four letters ends its sentence ("Bush." is no abbreviation)
  assert.equal(clauseOf('The visit was planned by Bush. In May the trees flower.', 'May'), 'In May the trees flower');
});

test("a clause goes on past the dates' abbreviations, the same ones the tense reader knows", () => {
  // "Sept." (four letters) and "U.S." are no sentence end for a habit's clause, as for the tense reader
  assert.equal(clauseOf('Oysters usually spawn from Sept. 1 to May in U.S. Waters', 'May'), 'Oysters usually spawn from Sept. 1 to May in U.S. Waters');
  assert.equal(clauseOf('Sen. Smith said Gen. Jones flies home in May', 'May'), 'Sen. Smith said Gen. Jones flies home in May');
  const text = 'Oysters usually spawn from Sept. 1 to May.';
  const at = text.indexOf('May');
  assert.equal(isHabitualPeriod(text, at, at + 3, false), true, 'the habit adverb before "Sept." governs the month after it');
  assert.equal(inOneSentence(text, text.indexOf('usually'), at), true);
});

test('a time of day goes on into its day: "9 a.m. Tuesday" is one sentence, "9 a.m. The" is two', () => {
  const goesOn = 'They must sign by 9 a.m. Tuesday, the service said.';
  assert.equal(inOneSentence(goesOn, goesOn.indexOf('sign'), goesOn.indexOf('Tuesday')), true);
  const ends = 'They signed at 9 a.m. The service said so.';
  assert.equal(inOneSentence(ends, ends.indexOf('signed'), ends.indexOf('service')), false);
});
