// Events no card describes, grouped across articles. Two dated mentions are one event when they
// date the same kind of event (events/eventKinds.ts), lie at most DISCREPANCY_DAYS apart and have
// participants or places in common: one for a specific kind (a crash, an election), two for an
// agreement (eventKinds.ts: partiesNeeded), from their sentences or from what their articles name
// most; two for a generic kind (an attack, a death), from their sentences alone; then transitively. Only day dates whose year is known make groups. A month or year date
// ("the crash last month", "the 1998 bombings"), or a day whose year is only guessed, joins the one
// group it fits (same kind and participants, inside its month or year, or on its month and day
// within a few days) and never starts one. What a group whose articles disagree yields is
// checks/possibleDateConflicts.ts's.

import type { DatedMention } from './datedMention.ts';
import { DISCREPANCY_DAYS } from './attachDates.ts';
import { isSpecificKind, partiesNeeded } from './eventKinds.ts';

export interface UncardedDate {
  path: string;
  date: DatedMention;
}

export interface EventCluster {
  /** Stable within one corpus state: the kind, the earliest date and the main participants. */
  id: string;
  kind: string;
  /** What its mentions call it most ("crash", "sinking"). */
  noun: string;
  /** The participants and places most of its mentions share, most shared first (at most three). */
  participants: string[];
  /** Every member, articles in path order as given. */
  members: UncardedDate[];
  /** The day each member gives, at the granularity it gives (a guessed year replaced by the group's). */
  dayOf: Map<UncardedDate, string>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PARTICIPANTS = 3;

export function dayNumber(value: string): number {
  return Date.parse(`${value.slice(0, 10)}T00:00:00Z`) / 86400000;
}

/**
 * The participants and places a mention can share with another: its sentence's, and for a specific
 * kind its article's too (a story's parties recur with every attack or death it reports).
 */
export function partiesOf(date: DatedMention): string[] {
  if (!isSpecificKind(date.trigger ?? '')) return [...(date.participants ?? [])];
  const all = new Set([...(date.participants ?? []), ...(date.context ?? [])]);
  return [...all].sort();
}

/** The keys two mentions that may be one event share: kind and one party, or kind and two (partiesNeeded). */
export function bucketKeys(date: DatedMention): string[] {
  const ps = partiesOf(date);
  const kind = date.trigger!;
  if (partiesNeeded(kind) === 1) return ps.map((p) => `${kind}\u0000${p}`);
  const keys: string[] = [];
  for (let a = 0; a < ps.length; a++) for (let b = a + 1; b < ps.length; b++) keys.push(`${kind}\u0000${ps[a]}\u0000${ps[b]}`);
  return keys;
}

/** Can this mention start or join a group on its own day (a day whose year the text or a dateline gives)? */
export function startsGroups(date: DatedMention): boolean {
  return !!date.trigger && !!date.value && DAY.test(date.value) && !date.yearGuessed && !Number.isNaN(dayNumber(date.value));
}

/**
 * Day dates joined when they share a bucket key and lie within DISCREPANCY_DAYS, transitively:
 * the connected parts, in the order of their first member, members in the order given.
 */
function closeParts(dated: readonly UncardedDate[]): UncardedDate[][] {
  const parent = dated.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const days = dated.map((u) => dayNumber(u.date.value!));
  // Buckets by shared key; within a bucket, sorted by day, joining each date to the next when they
  // are close enough gives the same groups as comparing every two dates, without the quadratic cost.
  const buckets = new Map<string, number[]>();
  dated.forEach((u, i) => {
    for (const key of bucketKeys(u.date)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  for (const bucket of buckets.values()) {
    bucket.sort((a, b) => days[a]! - days[b]!);
    for (let k = 1; k < bucket.length; k++) {
      if (days[bucket[k]!]! - days[bucket[k - 1]!]! <= DISCREPANCY_DAYS) parent[find(bucket[k]!)] = find(bucket[k - 1]!);
    }
  }
  const parts = new Map<number, UncardedDate[]>();
  dated.forEach((item, i) => {
    const root = find(i);
    const part = parts.get(root);
    if (part) part.push(item);
    else parts.set(root, [item]);
  });
  return [...parts.values()];
}

function groupSeedsOf(items: readonly UncardedDate[]): UncardedDate[][] {
  const usable = items.filter((i) => startsGroups(i.date));
  return closeParts(usable).filter((members) => new Set(members.map((m) => m.path)).size >= 2); // one article alone is no group
}

/** The day most articles give (ties: the earlier). */
function mostGiven(members: readonly UncardedDate[]): string {
  const votes = new Map<string, Set<string>>();
  for (const m of members) votes.set(m.date.value!, (votes.get(m.date.value!) ?? new Set()).add(m.path));
  return [...votes].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function mostCalled(members: readonly UncardedDate[]): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const noun = m.date.eventNoun ?? m.date.trigger!;
    counts.set(noun, (counts.get(noun) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function mainParticipants(members: readonly UncardedDate[]): string[] {
  const counts = new Map<string, number>();
  for (const m of members) for (const p of partiesOf(m.date)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const most = ranked.filter(([, n]) => n * 2 >= members.length).slice(0, MAX_PARTICIPANTS);
  return (most.length > 0 ? most : ranked.slice(0, 1)).map(([id]) => id);
}

/**
 * How a mention that starts no group fits a group whose reference day is `reference`: its day
 * there, or undefined. A month or year date fits a day inside it; a day whose year is a guess fits
 * when its month and day are within DISCREPANCY_DAYS of the reference's in the reference's year.
 */
export function fitDay(date: DatedMention, reference: string): string | undefined {
  const v = date.value!;
  if (DAY.test(v)) {
    const projected = `${reference.slice(0, 4)}${v.slice(4)}`;
    // February 29 of a leap year has no day in another year.
    const n = dayNumber(projected);
    if (Number.isNaN(n) || new Date(n * 86400000).toISOString().slice(0, 10) !== projected) return undefined;
    return Math.abs(dayNumber(projected) - dayNumber(reference)) <= DISCREPANCY_DAYS ? projected : undefined;
  }
  return reference.startsWith(v) ? v : undefined;
}

export function clusterUncardedEvents(items: readonly UncardedDate[]): EventCluster[] {
  const order = new Map(items.map((item, i) => [item, i]));
  const seeds = groupSeedsOf(items).map((members) => ({ members, reference: mostGiven(members), kind: members[0]!.date.trigger! }));
  // The groups each key leads to, for the mentions that join one.
  const byKey = new Map<string, number[]>();
  seeds.forEach((seed, g) => {
    const keys = new Set(seed.members.flatMap((m) => bucketKeys(m.date)));
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(g);
      else byKey.set(key, [g]);
    }
  });
  const joined = seeds.map(() => [] as Array<[UncardedDate, string]>);
  for (const item of items) {
    if (!item.date.trigger || !item.date.value || startsGroups(item.date)) continue;
    const fits = new Map<number, string>();
    for (const key of bucketKeys(item.date)) {
      for (const g of byKey.get(key) ?? []) {
        if (fits.has(g)) continue;
        const day = fitDay(item.date, seeds[g]!.reference);
        if (day !== undefined) fits.set(g, day);
      }
    }
    if (fits.size === 1) {
      const [g, day] = [...fits][0]!;
      joined[g]!.push([item, day]);
    }
  }
  const clusters: EventCluster[] = seeds.map((seed, g) => {
    const dayOf = new Map<UncardedDate, string>(seed.members.map((m) => [m, m.date.value!]));
    for (const [item, day] of joined[g]!) dayOf.set(item, day);
    const members = [...dayOf.keys()].sort((a, b) => order.get(a)! - order.get(b)!);
    const participants = mainParticipants(seed.members);
    const first = seed.members.map((m) => m.date.value!).sort()[0]!;
    return { id: `${seed.kind}-${first}-${[...participants].sort().join('+')}`, kind: seed.kind, noun: mostCalled(members), participants, members, dayOf };
  });
  clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : order.get(a.members[0]!)! - order.get(b.members[0]!)!));
  // Two groups of one kind, first day and participants (rare) still get ids of their own.
  const seen = new Map<string, number>();
  for (const c of clusters) {
    const n = (seen.get(c.id) ?? 0) + 1;
    seen.set(c.id, n);
    if (n > 1) c.id = `${c.id}~${n}`;
  }
  return clusters;
}

// Re-grouping after an edit. The groups are the connected parts of a graph (two day dates share a
// key and lie at most DISCREPANCY_DAYS apart), so a removed date can only split its own part and an
// added one only join the parts it touches: only those are grouped again, and only the month, year
// and guessed-year dates that share a key with a group that changed look again for the group they
// fit. `regroup` from nothing is a full grouping, and equals `clusterUncardedEvents` on the same
// items (tested on random edit sequences).

/** What a grouping keeps to be updated; owned by the latest summary of one kind, and changed in place. */
export interface GroupingState {
  items: Set<UncardedDate>;
  /** A day date's part of the graph. */
  part: Map<UncardedDate, number>;
  parts: Map<number, UncardedDate[]>;
  /** Day dates by key. */
  buckets: Map<string, Set<UncardedDate>>;
  /** Month, year and guessed-year dates by key. */
  joiners: Map<string, Set<UncardedDate>>;
  /** A part of two articles or more (a group): its reference day, its joiners, its cluster. */
  seeds: Map<number, { reference: string; joined: Map<UncardedDate, string>; cluster?: EventCluster }>;
  /** The groups each key leads to. */
  seedsByKey: Map<string, Set<number>>;
  /** The group each joiner joined. */
  joinedTo: Map<UncardedDate, number>;
  next: number;
}

const emptyState = (): GroupingState => ({
  items: new Set(), part: new Map(), parts: new Map(), buckets: new Map(), joiners: new Map(), seeds: new Map(), seedsByKey: new Map(), joinedTo: new Map(), next: 0,
});

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function deleteFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** Articles in path order, each article's dates in text order: the order items come in. */
function byPlace(a: UncardedDate, b: UncardedDate): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.date.start - b.date.start;
}

function clusterOf(seedMembers: readonly UncardedDate[], joined: ReadonlyMap<UncardedDate, string>): EventCluster {
  const dayOf = new Map<UncardedDate, string>(seedMembers.map((m) => [m, m.date.value!]));
  for (const [item, day] of joined) dayOf.set(item, day);
  const members = [...dayOf.keys()].sort(byPlace);
  const kind = seedMembers[0]!.date.trigger!;
  const participants = mainParticipants(seedMembers);
  const first = seedMembers.map((m) => m.date.value!).sort()[0]!;
  return { id: `${kind}-${first}-${[...participants].sort().join('+')}`, kind, noun: mostCalled(members), participants, members, dayOf };
}

/** The groups of `items` (one kind's, in path order), updating `state` from the items it was made for. */
export function regroup(previous: GroupingState | undefined, items: readonly UncardedDate[]): { state: GroupingState; clusters: EventCluster[] } {
  const s = previous ?? emptyState();
  const current = new Set(items);
  const removed = [...s.items].filter((x) => !current.has(x));
  const added = items.filter((x) => !s.items.has(x) && !!x.date.trigger && !!x.date.value);
  /** Parts grouped again; groups whose joiners changed (their cluster is made again, their part stays). */
  const touched = new Set<number>();
  const rejoined = new Set<number>();
  const keysChanged = new Set<string>();
  const recheck = new Set<UncardedDate>();
  for (const r of removed) {
    s.items.delete(r);
    const p = s.part.get(r);
    if (p !== undefined) {
      touched.add(p);
      for (const key of bucketKeys(r.date)) deleteFrom(s.buckets, key, r);
      s.part.delete(r);
    } else if (r.date.trigger && r.date.value) {
      for (const key of bucketKeys(r.date)) deleteFrom(s.joiners, key, r);
      const g = s.joinedTo.get(r);
      if (g !== undefined) {
        s.seeds.get(g)!.joined.delete(r);
        rejoined.add(g);
      }
      s.joinedTo.delete(r);
    }
  }
  const addedDays: UncardedDate[] = [];
  for (const a of added) {
    s.items.add(a);
    if (startsGroups(a.date)) {
      const day = dayNumber(a.date.value!);
      for (const key of bucketKeys(a.date)) {
        for (const b of s.buckets.get(key) ?? []) {
          const p = s.part.get(b); // undefined for a date added just now: it is grouped with the rest
          if (p !== undefined && Math.abs(dayNumber(b.date.value!) - day) <= DISCREPANCY_DAYS) touched.add(p);
        }
        addTo(s.buckets, key, a);
      }
      addedDays.push(a);
    } else {
      for (const key of bucketKeys(a.date)) addTo(s.joiners, key, a);
      recheck.add(a);
    }
  }
  // The parts touched are grouped again, with the new day dates.
  const pool = [...addedDays];
  for (const p of touched) {
    for (const m of s.parts.get(p)!) if (current.has(m)) pool.push(m);
    for (const m of s.parts.get(p)!) for (const key of bucketKeys(m.date)) keysChanged.add(key);
    s.parts.delete(p);
    const seed = s.seeds.get(p);
    if (seed) {
      for (const j of seed.joined.keys()) s.joinedTo.delete(j);
      s.seeds.delete(p);
    }
    rejoined.delete(p);
  }
  for (const key of keysChanged) {
    const seeds = s.seedsByKey.get(key);
    if (seeds) for (const p of touched) seeds.delete(p);
    if (seeds?.size === 0) s.seedsByKey.delete(key);
  }
  for (const members of closeParts(pool)) {
    const p = s.next++;
    members.sort(byPlace);
    s.parts.set(p, members);
    for (const m of members) s.part.set(m, p);
    if (new Set(members.map((m) => m.path)).size < 2) continue;
    s.seeds.set(p, { reference: mostGiven(members), joined: new Map() });
    for (const m of members) for (const key of bucketKeys(m.date)) {
      addTo(s.seedsByKey, key, p);
      keysChanged.add(key);
    }
  }
  // Joiners that share a key with a group made or unmade look again for the one group they fit.
  for (const key of keysChanged) for (const j of s.joiners.get(key) ?? []) recheck.add(j);
  for (const j of recheck) {
    const was = s.joinedTo.get(j);
    if (was !== undefined && s.seeds.has(was)) {
      s.seeds.get(was)!.joined.delete(j);
      rejoined.add(was);
    }
    s.joinedTo.delete(j);
    const fits = new Map<number, string>();
    for (const key of bucketKeys(j.date)) {
      for (const g of s.seedsByKey.get(key) ?? []) {
        if (fits.has(g)) continue;
        const day = fitDay(j.date, s.seeds.get(g)!.reference);
        if (day !== undefined) fits.set(g, day);
      }
    }
    if (fits.size === 1) {
      const [g, day] = [...fits][0]!;
      s.seeds.get(g)!.joined.set(j, day);
      s.joinedTo.set(j, g);
      rejoined.add(g);
    }
  }
  for (const [p, seed] of s.seeds) if (!seed.cluster || rejoined.has(p)) seed.cluster = clusterOf(s.parts.get(p)!, seed.joined);
  const clusters = [...s.seeds.values()].map((seed) => seed.cluster!);
  clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : byPlace(a.members[0]!, b.members[0]!)));
  // Two groups of one kind, first day and participants (rare) still get ids of their own.
  const seen = new Map<string, number>();
  const out = clusters.map((c) => {
    const n = (seen.get(c.id) ?? 0) + 1;
    seen.set(c.id, n);
    return n > 1 ? { ...c, id: `${c.id}~${n}` } : c;
  });
  return { state: s, clusters: out };
}
