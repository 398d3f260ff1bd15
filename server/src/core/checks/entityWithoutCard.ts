// entity-without-card: a name the tagger found that no card describes. A hint, with a fix that
// writes the card.

import type { ArticleCheck } from './check.ts';
import type { Finding } from './finding.ts';

export const entityWithoutCardCheck: ArticleCheck = {
  codes: ['entity-without-card'],
  findings({ path, entities }) {
    const out: Finding[] = [];
    for (const m of entities) {
      if (m.linked) continue;
      out.push({
        path,
        start: m.start,
        end: m.end,
        severity: 'hint',
        code: 'entity-without-card',
        message: `"${m.name}" (${m.type}) has no card yet; a code action can write one.`,
        related: [],
      });
    }
    return out;
  },
};
