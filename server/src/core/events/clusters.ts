// Events no card describes, grouped across articles: dates tied to the same kind of event word
// ("clashes", "ceasefire"), naming at least two of the same participants, within a few days of
// each other. What a group whose articles disagree yields is checks/possibleDateConflicts.ts's.

import type { DatedMention } from './datedMention.ts';
import { DISCREPANCY_DAYS } from './attachDates.ts';

export interface UncardedDate {
  path: string;
  date: DatedMention;
}

export interface EventCluster {
  /** Stable within one corpus state: the kind, the earliest date and the shared participants. */
  id: string;
  kind: string;
  participants: string[];
  members: UncardedDate[];
}

const MIN_SHARED_PARTICIPANTS = 2;

function dayOf(value: string): number {
  return Date.parse(`${value}T00:00:00Z`) / 86400000;
}

function shared(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((x) => b.includes(x));
}

/**
 * Two dates belong together when they have the same kind, lie at most DISCREPANCY_DAYS apart
 * and share at least two participants, i.e. some pair of participants. So the dates are put in
 * buckets by kind and participant pair; within a bucket, sorted by day, joining each date to the
 * next when they are close enough gives the same groups as comparing every two dates, without
 * the quadratic cost on an archive where thousands of articles date the same clashes.
 */
export function clusterUncardedEvents(items: readonly UncardedDate[]): EventCluster[] {
  const usable = items.filter((i) => i.date.trigger && i.date.value && (i.date.participants?.length ?? 0) >= MIN_SHARED_PARTICIPANTS);
  const parent = usable.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const days = usable.map((u) => dayOf(u.date.value!));
  const buckets = new Map<string, number[]>();
  usable.forEach((u, i) => {
    const ps = [...new Set(u.date.participants!)].sort();
    for (let a = 0; a < ps.length; a++) {
      for (let b = a + 1; b < ps.length; b++) {
        const key = `${u.date.trigger}\u0000${ps[a]}\u0000${ps[b]}`;
        const bucket = buckets.get(key);
        if (bucket) bucket.push(i);
        else buckets.set(key, [i]);
      }
    }
  });
  for (const bucket of buckets.values()) {
    bucket.sort((a, b) => days[a]! - days[b]!);
    for (let k = 1; k < bucket.length; k++) {
      if (days[bucket[k]!]! - days[bucket[k - 1]!]! <= DISCREPANCY_DAYS) parent[find(bucket[k]!)] = find(bucket[k - 1]!);
    }
  }
  const groups = new Map<number, UncardedDate[]>();
  usable.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(item);
    else groups.set(root, [item]);
  });
  const clusters: EventCluster[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.path)).size < 2) continue; // one article alone is no group
    const participants = members.map((m) => m.date.participants!).reduce((acc, p) => shared(acc, p));
    const kind = members[0]!.date.trigger!;
    const first = members.map((m) => m.date.value!).sort()[0]!;
    clusters.push({ id: `${kind}-${first}-${participants.join('+')}`, kind, participants, members });
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : 1));
}
