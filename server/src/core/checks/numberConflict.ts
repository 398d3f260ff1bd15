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
  /**
   * For each claim that some other claim contradicts, by its place (placeOf): the claims it
   * conflicts with. By place, not by object: an index keeps a summary while its signature holds,
   * and the article's items are then those of a later analysis of it, equal but other objects.
   */
  conflicts: Map<string, { item: ClaimItem; against: ClaimItem[] }>;
}

/** Where a claim is: its article and offsets. */
const placeOf = (c: ClaimItem) => `${c.path}\u0000${c.claim.start}\u0000${c.claim.end}`;

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
    const conflicts: NumberSummary['conflicts'] = new Map();
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
        if (against.length > 0) conflicts.set(placeOf(a), { item: a, against });
      });
    }
    return conflicts.size > 0 ? { conflicts } : undefined;
  },
  /**
   * The article's claims of the quantity count the same things about the same events and days,
   * in the same order (only their positions or wording moved), and none of its claims before was
   * in a conflict (what the findings elsewhere point at): the groups, the clashes and every other
   * article's findings are as they were. An edit in an article that gives a hub event's count
   * then re-summarizes nothing.
   */
  unchanged(before, after, path, summary) {
    if (before.length !== after.length) return false;
    for (let i = 0; i < before.length; i++) {
      const x = before[i]!.claim;
      const y = after[i]!.claim;
      if (x.subject !== y.subject || x.asOf !== y.asOf || x.value !== y.value || x.approximation !== y.approximation) return false;
    }
    if (!summary) return true;
    for (const { item, against } of summary.conflicts.values()) if (item.path === path || against.some((b) => b.path === path)) return false;
    return true;
  },
  signature(summary) {
    // Everything the warnings say: what conflicts where, and with what.
    const said = (c: ClaimItem) => `${c.path}:${c.claim.start}-${c.claim.end}:${c.claim.value}:${c.claim.text}:${c.claim.quantity}:${c.claim.asOf}`;
    return [...summary.conflicts.values()].map(({ item, against }) => `${said(item)}>${against.map(said).join(',')}`).sort().join('|');
  },
  *reported(summary) {
    for (const { item } of summary.conflicts.values()) yield item.path;
  },
  findings(summary, mine) {
    const out: Finding[] = [];
    for (const a of mine) {
      const against = summary.conflicts.get(placeOf(a))?.against;
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
