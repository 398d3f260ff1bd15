// Events no card describes, grouped across articles: dates tied to the same kind of event word
// ("clashes", "ceasefire"), naming at least two of the same participants, within a few days of
// each other. A group that two or more articles date differently is a *possible* conflict: it
// is reported as information, never as a warning, since without a card we cannot be sure the
// articles speak of one event (the ceasefires of October 10 and 17, 2020 were two). Writing an
// event card turns it into a checked event.

import type { DatedMention } from './datedMention.ts';
import type { Finding } from '../checks/finding.ts';
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

/** Information findings on the mentions of a group that differ from the date most articles give. */
export function possibleConflicts(cluster: EventCluster, nameOf: (id: string) => string): Finding[] {
  const votes = new Map<string, Set<string>>();
  for (const m of cluster.members) votes.set(m.date.value!, (votes.get(m.date.value!) ?? new Set()).add(m.path));
  if (votes.size < 2) return [];
  const ranked = [...votes].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  const reference = ranked[0]![0];
  const who = cluster.participants.map(nameOf).join(', ');
  return cluster.members
    .filter((m) => m.date.value !== reference)
    .map((m) => ({
      path: m.path,
      start: m.date.start,
      end: m.date.end,
      severity: 'information' as const,
      code: 'possible-date-conflict',
      message:
        `Possibly the same ${cluster.kind} (${who}) that ${votes.get(reference)!.size} other article${votes.get(reference)!.size === 1 ? '' : 's'} date${votes.get(reference)!.size === 1 ? 's' : ''} ${reference}; ` +
        `"${m.date.text}" gives ${m.date.value}. No event card describes it: write one to have the dates checked.`,
      related: cluster.members
        .slice(0, 25)
        .filter((o) => o !== m)
        .slice(0, 24)
        .map((o) => ({ path: o.path, start: o.date.start, end: o.date.end, message: `${cluster.kind} dated ${o.date.value} here ("${o.date.text}")` })),
    }));
}
