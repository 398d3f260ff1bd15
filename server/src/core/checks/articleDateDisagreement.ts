// article-date-disagreement: the article's own dateline ("WASHINGTON, March 3 (Xinhua) --")
// gives a date a day or two from its sidecar's `published`. Not an error (wire copy is filed
// across time zones): a note that relative dates are read against the dateline.

import type { ArticleCheck } from './check.ts';
import type { Finding } from './finding.ts';

export const articleDateDisagreementCheck: ArticleCheck = {
  codes: ['article-date-disagreement'],
  findings: ({ path, articleDate }): Finding[] => {
    const sidecar = articleDate?.sidecar;
    if (!sidecar || articleDate.value === null || articleDate.start === undefined || articleDate.end === undefined) return [];
    return [{
      path,
      start: articleDate.start,
      end: articleDate.end,
      severity: 'information',
      code: 'article-date-disagreement',
      message: `The dateline gives ${articleDate.value}; the sidecar gives ${sidecar.value}. "Today", "yesterday" and weekdays are read against the dateline.`,
      related: [{ path: sidecar.path, start: sidecar.start, end: sidecar.end, message: `published: ${sidecar.value}` }],
    }];
  },
};
