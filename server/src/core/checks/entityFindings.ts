// Findings about entity mentions: names the tagger found that no card defines.

import type { EntityMention } from '../entities/mention.ts';
import type { Finding } from './finding.ts';

export function entityFindings(path: string, mentions: readonly EntityMention[]): Finding[] {
  const out: Finding[] = [];
  for (const m of mentions) {
    if (m.source === 'probable-typo') {
      out.push({
        path, start: m.start, end: m.end, severity: 'information', code: 'possible-typo',
        message: `"${m.text}" looks like a misspelling of ${m.name}; linked to ${m.name}.`, related: [],
      });
    }
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
}
