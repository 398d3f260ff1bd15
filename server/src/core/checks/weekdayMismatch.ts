// weekday-mismatch: "Tuesday, November 17, 2021" when November 17, 2021 was a Wednesday.

import type { DatedMention } from '../events/datedMention.ts';
import type { ArticleCheck } from './check.ts';
import type { Finding } from './finding.ts';

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function weekdayFindings(path: string, dates: readonly DatedMention[]): Finding[] {
  const out: Finding[] = [];
  for (const d of dates) {
    if (!d.weekdayMismatch || !d.value || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) continue;
    const actual = new Date(`${d.value}T00:00:00Z`).getUTCDay() || 7;
    out.push({
      path,
      start: d.start,
      end: d.end,
      severity: 'warning',
      code: 'weekday-mismatch',
      message: `"${d.text}": ${d.value} was a ${WEEKDAYS[actual]}, not a ${WEEKDAYS[d.weekday ?? 0]}. One of the two is wrong.`,
      related: [],
    });
  }
  return out;
}

export const weekdayMismatchCheck: ArticleCheck = {
  codes: ['weekday-mismatch'],
  findings: ({ path, dates }) => weekdayFindings(path, dates),
};
