// Rewriting a date in the text's own style, for the fix that aligns it with another date.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rewriteDate } from '../../server/src/core/present/dateText.ts';

test('each part is rewritten in its own spelling and case; what lies between is kept', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['November 10, 2020', '2020-11-09', 'November 9, 2020'],
    ['November 10th, 2020', '2020-11-09', 'November 9th, 2020'],
    ['NOVEMBER 10, 2020', '2020-11-09', 'NOVEMBER 9, 2020'],
    ['Tuesday, November 10, 2020', '2020-11-09', 'Monday, November 9, 2020'],
    ['Tue., Nov. 10', '2020-11-09', 'Mon., Nov. 9'],
    ['10 November 2020', '2020-11-09', '9 November 2020'],
    ['10 Nov. 2020', '2020-11-09', '9 Nov. 2020'],
    ['the 10th of November', '2020-11-09', 'the 9th of November'],
    ['December 1, 2020', '2020-11-30', 'November 30, 2020'],
    ['Dec. 1', '2020-11-30', 'Nov. 30'],
    ['Sept. 2', '2020-09-03', 'Sept. 3'],
    ['November 22', '2020-11-21', 'November 21'],
    ['November 2', '2020-11-03', 'November 3'],
    ['November 1st', '2020-11-02', 'November 2nd'],
    ['2020-11-10', '2020-11-09', '2020-11-09'],
    ['11/10/2020', '2020-11-09', undefined],
    ['last Tuesday', '2020-11-09', undefined],
  ];
  for (const [original, iso, expected] of cases) assert.equal(rewriteDate(original, iso), expected, original);
});
