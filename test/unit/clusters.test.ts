// Grouping events without a card: the fast grouping (buckets by participant pair, sorted by day)
// must give exactly the groups of the definition, which compares every two dates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clusterUncardedEvents, type UncardedDate } from '../../server/src/core/events/clusters.ts';
import { DISCREPANCY_DAYS } from '../../server/src/core/events/attachDates.ts';

/** The definition: same kind, at most DISCREPANCY_DAYS apart, two participants in common; then transitively. */
function groupsByDefinition(items: UncardedDate[]): string[][] {
  const usable = items.filter((i) => i.date.trigger && i.date.value && (i.date.participants?.length ?? 0) >= 2);
  const day = (v: string) => Date.parse(`${v}T00:00:00Z`) / 86400000;
  const parent = usable.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!.date;
      const b = usable[j]!.date;
      const common = a.participants!.filter((p) => b.participants!.includes(p)).length;
      if (a.trigger === b.trigger && Math.abs(day(a.value!) - day(b.value!)) <= DISCREPANCY_DAYS && common >= 2) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  usable.forEach((u, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), `${u.path}@${u.date.start}`]));
  return [...groups.values()].filter((g) => new Set(g.map((k) => k.split('@')[0])).size >= 2).map((g) => g.sort()).sort();
}

const item = fc.record({
  path: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt'),
  start: fc.nat({ max: 10000 }),
  trigger: fc.constantFrom('clashes', 'ceasefire'),
  day: fc.integer({ min: 1, max: 28 }),
  participants: fc.uniqueArray(fc.constantFrom('armenia', 'azerbaijan', 'russia', 'turkey', 'france'), { maxLength: 4 }),
});

test('grouping uncarded events equals the pairwise definition', () => {
  fc.assert(
    fc.property(fc.array(item, { maxLength: 40 }), (raw) => {
      const items: UncardedDate[] = raw.map((r, k) => ({
        path: r.path,
        date: { start: r.start * 100 + k, end: r.start * 100 + k + 5, text: 'x', value: `2021-11-${String(r.day).padStart(2, '0')}`, granularity: 'day', relative: false, resolution: '', explicitYear: true, trigger: r.trigger, participants: [...r.participants].sort() },
      }));
      const fast = clusterUncardedEvents(items).map((c) => c.members.map((m) => `${m.path}@${m.date.start}`).sort()).sort();
      assert.deepEqual(fast, groupsByDefinition(items));
    }),
    { numRuns: 300 },
  );
});
