// possible-date-conflict: articles date what looks like one event differently, and no card
// describes it. The events are the groups of events/clusters.ts (the same kind of event word,
// two shared participants, dates a few days apart). A disagreement is information, never a
// warning: without a card we cannot be sure the articles speak of one event (the ceasefires of
// October 10 and 17, 2020 were two). Writing an event card turns it into a checked event.

import { clusterUncardedEvents, type EventCluster, type UncardedDate } from '../events/clusters.ts';
import type { CorpusCheck } from './check.ts';
import type { Finding } from './finding.ts';
import { MAX_RELATED, rankVotes } from './votes.ts';

/** Information findings on the mentions of a group that differ from the date most articles give. */
export function possibleConflicts(cluster: EventCluster, nameOf: (id: string) => string): Finding[] {
  const votes = new Map<string, Set<string>>();
  for (const m of cluster.members) votes.set(m.date.value!, (votes.get(m.date.value!) ?? new Set()).add(m.path));
  if (votes.size < 2) return [];
  const ranked = rankVotes(votes);
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
        .slice(0, MAX_RELATED + 1)
        .filter((o) => o !== m)
        .slice(0, MAX_RELATED)
        .map((o) => ({ path: o.path, start: o.date.start, end: o.date.end, message: `${cluster.kind} dated ${o.date.value} here ("${o.date.text}")` })),
    }));
}

/** The groups of one kind of event and their findings. */
export interface UncardedEventsSummary {
  clusters: EventCluster[];
  findings: Finding[];
  signature: string;
}

/** Dates tied to an event word no card fits, keyed by the word's kind: groups never mix kinds. */
export const possibleDateConflictCheck: CorpusCheck<UncardedDate, UncardedEventsSummary> = {
  codes: ['possible-date-conflict'],
  *collect({ path, dates }) {
    for (const date of dates) if (date.trigger) yield [date.trigger, { path, date }];
  },
  summarize(_kind, items, ctx) {
    const clusters = clusterUncardedEvents(items);
    if (clusters.length === 0) return undefined;
    const findings = clusters.flatMap((c) => possibleConflicts(c, ctx.nameOf));
    // The timeline reads the groups too: the signature covers them and every finding.
    const signature = [
      ...clusters.map((c) => `${c.id}|${c.members.map((m) => `${m.path}:${m.date.start}:${m.date.end}:${m.date.value}:${m.date.text}`).join('|')}`),
      ...findings.map((f) => `${f.path}:${f.start}:${f.end}:${f.message}|${f.related.map((r) => `${r.path}:${r.start}:${r.end}:${r.message}`).join('|')}`),
    ].join('\n');
    return { clusters, findings, signature };
  },
  signature: (summary) => summary.signature,
  reported: (summary) => new Set(summary.findings.map((f) => f.path)),
  findings: (summary, mine) => summary.findings.filter((f) => f.path === mine[0]?.path),
  /** The article's dates of this kind say the same, and it is in none of the kind's groups. */
  unchanged(before, after, path, summary) {
    const wording = (list: readonly UncardedDate[]) => list.map(({ date: d }) => `${d.value}\u0000${d.text}\u0000${d.participants?.join(',')}`).join('\n');
    return wording(before) === wording(after) && !(summary?.clusters.some((c) => c.members.some((m) => m.path === path)) ?? false);
  },
};
