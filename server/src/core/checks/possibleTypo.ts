// possible-typo: a name one letter off a card's name, which recognition linked to that card
// (entities/spellingVariants.ts); said, so that the writer can correct it.

import type { ArticleCheck } from './check.ts';
import type { Finding } from './finding.ts';

export const possibleTypoCheck: ArticleCheck = {
  codes: ['possible-typo'],
  findings({ path, entities }) {
    const out: Finding[] = [];
    for (const m of entities) {
      if (m.source !== 'probable-typo') continue;
      out.push({
        path, start: m.start, end: m.end, severity: 'information', code: 'possible-typo',
        message: `"${m.text}" looks like a misspelling of ${m.name}; linked to ${m.name}.`, related: [],
      });
    }
    return out;
  },
};
