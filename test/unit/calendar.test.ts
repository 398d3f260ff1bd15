import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeek, mondayOfWeek, weekdayOf } from '../../server/src/core/dates/calendar.ts';

test('mondayOfWeek is the Monday of the ISO week isoWeek gives, over 40 years (weeks 52 and 53 included)', () => {
  let weeks = 0;
  for (let y = 1990; y <= 2030; y++) {
    // December 28 is always in a year's last ISO week
    const last = isoWeek({ y, m: 12, d: 28 }).week;
    for (let w = 1; w <= last; w++, weeks++) {
      const monday = mondayOfWeek(y, w);
      assert.equal(weekdayOf(monday), 1, `${y}-W${w}`);
      assert.deepEqual(isoWeek(monday), { year: y, week: w }, `${y}-W${w}`);
    }
  }
  assert.ok(weeks > 2000);
  // 2020-W53 began on Monday, December 28, 2020; 2021-W01 on January 4, 2021
  assert.deepEqual(mondayOfWeek(2020, 53), { y: 2020, m: 12, d: 28 });
  assert.deepEqual(mondayOfWeek(2021, 1), { y: 2021, m: 1, d: 4 });
});
