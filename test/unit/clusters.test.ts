// Grouping events without a card: the fast grouping (buckets by kind and shared party, sorted by
// day) must give exactly the groups of the definition, which compares every two dates; a month or
// a guessed year joins the one group it fits and never starts one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clusterUncardedEvents, fitDay, partiesOf, regroup, type GroupingState, type UncardedDate } from '../../server/src/core/events/clusters.ts';
import { DISCREPANCY_DAYS } from '../../server/src/core/events/attachDates.ts';
import { partiesNeeded } from '../../server/src/core/events/eventKinds.ts';

const day = (v: string) => Date.parse(`${v}T00:00:00Z`) / 86400000;

/**
 * The definition: same kind, at most DISCREPANCY_DAYS apart, one party in common for a specific
 * kind and two for an agreement or a generic one; then transitively; then each month date or guessed year joins
 * the one group it fits.
 */
function groupsByDefinition(items: UncardedDate[]): string[][] {
  const starts = (d: UncardedDate['date']) => /^\d{4}-\d{2}-\d{2}$/.test(d.value!) && !d.yearGuessed;
  const shares = (a: UncardedDate['date'], b: UncardedDate['date']) =>
    a.trigger === b.trigger && partiesOf(a).filter((p) => partiesOf(b).includes(p)).length >= partiesNeeded(a.trigger!);
  const usable = items.filter((i) => starts(i.date));
  const parent = usable.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i]!.date;
      const b = usable[j]!.date;
      if (shares(a, b) && Math.abs(day(a.value!) - day(b.value!)) <= DISCREPANCY_DAYS) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, UncardedDate[]>();
  usable.forEach((u, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), u]));
  const seeds = [...groups.values()].filter((g) => new Set(g.map((m) => m.path)).size >= 2);
  const reference = (g: UncardedDate[]) => {
    const votes = new Map<string, Set<string>>();
    for (const m of g) votes.set(m.date.value!, (votes.get(m.date.value!) ?? new Set()).add(m.path));
    return [...votes].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]![0];
  };
  const refs = seeds.map(reference);
  const out = seeds.map((g) => g.map((m) => `${m.path}@${m.date.start}`));
  for (const item of items) {
    if (starts(item.date)) continue;
    const fits = seeds.map((g, k) => (g.some((m) => shares(item.date, m.date)) && fitDay(item.date, refs[k]!) !== undefined ? k : -1)).filter((k) => k >= 0);
    if (fits.length === 1) out[fits[0]!]!.push(`${item.path}@${item.date.start}`);
  }
  return out.map((g) => g.sort()).sort();
}

const item = fc.record({
  path: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt'),
  start: fc.nat({ max: 10000 }),
  trigger: fc.constantFrom('crash', 'attack', 'agreement'),
  shape: fc.constantFrom('day', 'day', 'day', 'month', 'guessed'),
  day: fc.integer({ min: 1, max: 28 }),
  participants: fc.uniqueArray(fc.constantFrom('armenia', 'azerbaijan', 'russia', 'turkey', 'france'), { maxLength: 3 }),
  context: fc.uniqueArray(fc.constantFrom('armenia', 'russia', 'egypt'), { maxLength: 2 }),
});

test('grouping uncarded events equals the pairwise definition', () => {
  fc.assert(
    fc.property(fc.array(item, { maxLength: 40 }), (raw) => {
      const items = itemsOf(raw);
      const fast = clusterUncardedEvents(items).map((c) => c.members.map((m) => `${m.path}@${m.date.start}`).sort()).sort();
      assert.deepEqual(fast, groupsByDefinition(items));
    }),
    { numRuns: 300 },
  );
});

/** The items fast-check describes, as dates of articles. */
function itemsOf(raw: Array<{ path: string; start: number; trigger: string; shape: string; day: number; participants: string[]; context: string[] }>): UncardedDate[] {
  return raw.map((r, k) => ({
    path: r.path,
    date: {
      start: r.start * 100 + k,
      end: r.start * 100 + k + 5,
      text: 'x',
      value: r.shape === 'month' ? '2021-11' : `${r.shape === 'guessed' ? '1999' : '2021'}-11-${String(r.day).padStart(2, '0')}`,
      granularity: r.shape === 'month' ? 'month' : 'day',
      relative: false,
      resolution: '',
      explicitYear: r.shape !== 'guessed',
      ...(r.shape === 'guessed' ? { yearGuessed: true } : {}),
      trigger: r.trigger,
      participants: [...r.participants].sort(),
      context: [...r.context].sort(),
    },
  }));
}

/** A grouping as plain data: ids, kinds, nouns, participants, members with their days, in order. */
const plain = (clusters: ReturnType<typeof clusterUncardedEvents>) =>
  clusters.map((c) => ({ id: c.id, kind: c.kind, noun: c.noun, participants: c.participants, members: c.members.map((m) => `${m.path}@${m.date.start}=${c.dayOf.get(m)}`) }));

test('re-grouping after each edit (an article\'s dates replaced) equals grouping the corpus afresh', () => {
  const edit = fc.record({ path: fc.constantFrom('a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'), items: fc.array(item, { maxLength: 8 }) });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
      const byArticle = new Map<string, UncardedDate[]>();
      let state: GroupingState | undefined;
      for (const e of edits) {
        // One article's dates, all new objects, in text order; the corpus's in path order.
        byArticle.set(e.path, itemsOf(e.items.map((i) => ({ ...i, path: e.path }))).sort((a, b) => a.date.start - b.date.start));
        const items = [...byArticle.keys()].sort().flatMap((p) => byArticle.get(p)!);
        const next = regroup(state, items);
        state = next.state;
        assert.deepEqual(plain(next.clusters), plain(clusterUncardedEvents(items)));
      }
    }),
    { numRuns: 300 },
  );
});

test('an edit re-groups only the events the edited article\'s dates touch: the others are kept as they were', () => {
  const one = (path: string, start: number, trigger: string, day: number, participants: string[]) =>
    itemsOf([{ path, start, trigger, shape: 'day', day, participants, context: [] }])[0]!;
  // Two crashes of one kind (the check's key), elsewhere and a week apart.
  const a = [one('a.txt', 1, 'crash', 12, ['armenia']), one('a.txt', 2, 'crash', 20, ['turkey'])];
  const b = [one('b.txt', 1, 'crash', 12, ['armenia']), one('b.txt', 2, 'crash', 20, ['turkey'])];
  const c = [one('c.txt', 1, 'crash', 13, ['armenia'])];
  const first = regroup(undefined, [...a, ...b, ...c]);
  const [armenia, turkey] = first.clusters;
  assert.deepEqual(first.clusters.map((x) => x.participants), [['armenia'], ['turkey']]);
  // c.txt's crash is dated again (a new object, another day): Armenia's crash is grouped again, Turkey's kept.
  const after = regroup(first.state, [...a, ...b, one('c.txt', 1, 'crash', 14, ['armenia'])]);
  assert.equal(after.clusters[1], turkey, 'the crash in Turkey, untouched, is the same group');
  assert.notEqual(after.clusters[0], armenia);
  assert.deepEqual(plain(after.clusters), plain(clusterUncardedEvents([...a, ...b, one('c.txt', 1, 'crash', 14, ['armenia'])])));
});

test('a guessed year takes the group\'s year; a month fits the days inside it, a year the days of that year', () => {
  const d = (value: string) => ({ start: 0, end: 1, text: 'x', value, granularity: 'day' as const, relative: false, resolution: '', explicitYear: false });
  assert.equal(fitDay(d('1999-11-10'), '2020-11-09'), '2020-11-10');
  assert.equal(fitDay(d('1999-11-20'), '2020-11-09'), undefined);
  assert.equal(fitDay(d('2020-11'), '2020-11-09'), '2020-11');
  assert.equal(fitDay(d('2020-10'), '2020-11-09'), undefined);
  assert.equal(fitDay(d('2020'), '2020-11-09'), '2020');
  assert.equal(fitDay(d('2000-02-29'), '2021-02-27'), undefined);
});
