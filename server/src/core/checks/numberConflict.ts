// number-conflict: two sources give incompatible counts of the same thing about the same event at
// the same date ("12 dead" and "40 dead" in two reports of one day on one bombing). Counts grow
// over time, so a difference between dates is news, not an error: it warns only when the
// quantity, the event and the day are the same and no reading of the approximations ("about",
// "more than") lets both be true. What every source says is shown in the number's hover, which
// reads this check's items (all claims of one quantity, across the corpus).

import type { Claim } from '../claims/claim.ts';
import { compatible } from '../claims/claim.ts';
import { MAX_RELATED } from './votes.ts';
import type { CorpusCheck } from './check.ts';
import type { Finding } from './finding.ts';

export interface ClaimItem {
  path: string;
  claim: Claim;
}

interface NumberSummary {
  /** For each claim that some other claim contradicts: the claims it conflicts with. */
  conflicts: Map<ClaimItem, ClaimItem[]>;
}

const isDay = (v: string | null): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v);

export const numberConflictCheck: CorpusCheck<ClaimItem, NumberSummary> = {
  codes: ['number-conflict'],
  *collect(article) {
    for (const claim of article.claims) yield [claim.quantity, { path: article.path, claim }];
  },
  summarize(_key, items) {
    // Compared within one event and one day: claims are grouped so, never all pairs of the quantity.
    const groups = new Map<string, ClaimItem[]>();
    for (const item of items) {
      const { subject, asOf } = item.claim;
      if (!subject || !isDay(asOf)) continue;
      const k = `${subject}\u0000${asOf}`;
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    const conflicts = new Map<ClaimItem, ClaimItem[]>();
    for (const group of groups.values()) {
      if (group.length < 2 || group.length > 200) continue;
      // compatible() reads a claim's value and approximation only: decided once per two of those,
      // and a claim every other one fits (most of them) is not compared with each.
      const classOf = new Map<string, number>();
      const shapes: Claim[] = [];
      const shapeOf = group.map(({ claim }) => {
        const k = `${claim.value}\u0000${claim.approximation}`;
        let c = classOf.get(k);
        if (c === undefined) classOf.set(k, (c = shapes.push(claim) - 1));
        return c;
      });
      const clashes = shapes.map((x) => shapes.map((y) => !compatible(x, y)));
      group.forEach((a, i) => {
        const row = clashes[shapeOf[i]!]!;
        if (!row.includes(true)) return;
        const against = group.filter((b, j) => row[shapeOf[j]!] && b.path !== a.path);
        if (against.length > 0) conflicts.set(a, against);
      });
    }
    return conflicts.size > 0 ? { conflicts } : undefined;
  },
  signature(summary) {
    return [...summary.conflicts].map(([a, bs]) => `${a.path}:${a.claim.start}:${a.claim.value}>${bs.map((b) => `${b.path}:${b.claim.start}:${b.claim.value}`).join(',')}`).sort().join('|');
  },
  *reported(summary) {
    for (const a of summary.conflicts.keys()) yield a.path;
  },
  findings(summary, mine) {
    const out: Finding[] = [];
    for (const a of mine) {
      const against = summary.conflicts.get(a);
      if (!against) continue;
      out.push({
        path: a.path, start: a.claim.start, end: a.claim.end, severity: 'warning', code: 'number-conflict',
        message: `"${a.claim.text}" (${a.claim.quantity}, as of ${a.claim.asOf}): ${against.length === 1 ? 'another source gives' : `${against.length} other sources give`} ${[...new Set(against.map((b) => `"${b.claim.text}"`))].slice(0, 3).join(', ')} for the same event and day.`,
        related: against.slice(0, MAX_RELATED).map((b) => ({ path: b.path, start: b.claim.start, end: b.claim.end, message: `"${b.claim.text}" here` })),
      });
    }
    return out;
  },
};
