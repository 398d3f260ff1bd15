// The corpus-wide results computed the simple way, all at once, from the articles' own analyses:
// the reference the incremental index must always agree with (Marksman's "paranoid" mode).

import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { SUMMARY_TOP } from '../../server/src/core/workspace/corpusIndex.ts';
import { linkAcrossDocuments } from '../../server/src/core/entities/link.ts';
import type { EntityMention } from '../../server/src/core/entities/mention.ts';
import { findDateConflicts, type EventDateMention } from '../../server/src/core/checks/dateConflicts.ts';
import { clusterUncardedEvents, type UncardedDate } from '../../server/src/core/events/clusters.ts';
import { possibleConflicts } from '../../server/src/core/checks/possibleDateConflicts.ts';

export function referenceView(ws: Workspace) {
  const perDocument = new Map<string, EntityMention[]>();
  const eventDates: EventDateMention[] = [];
  const uncarded: UncardedDate[] = [];
  for (const path of ws.articlePaths()) {
    const a = ws.analysis(path)!;
    perDocument.set(path, a.entities);
    for (const date of a.dates) if (date.event) eventDates.push({ path, date });
    for (const date of a.dates) if (date.trigger) uncarded.push({ path, date });
  }
  const nameOf = (id: string) => ws.displayName(id);
  const possible = clusterUncardedEvents(uncarded).flatMap((c) => possibleConflicts(c, nameOf, ws.knowledge().cards));
  const entities = linkAcrossDocuments(perDocument, ws.knowledge().cards);
  const conflicts = findDateConflicts(eventDates, ws.knowledge().cards);
  return { entities, conflicts, possible };
}

/** Asserts that the workspace's incremental view equals the reference. */
export function incrementalMatchesReference(ws: Workspace, deepEqual: (a: unknown, b: unknown, msg?: string) => void): void {
  const ref = referenceView(ws);
  for (const path of ws.articlePaths()) {
    deepEqual(ws.entities(path), ref.entities.get(path), `entities of ${path}`);
    deepEqual(ws.findings(path).filter((f) => f.code === 'date-conflict'), ref.conflicts.filter((f) => f.path === path), `conflicts in ${path}`);
    deepEqual(ws.findings(path).filter((f) => f.code === 'possible-date-conflict'), ref.possible.filter((f) => f.path === path), `possible conflicts in ${path}`);
    const ids = new Set(ref.entities.get(path)!.map((m) => m.id));
    for (const id of ids) {
      const expected = [...ref.entities].flatMap(([p, ms]) => ms.filter((m) => m.id === id).map((mention) => ({ path: p, mention })));
      deepEqual(ws.mentionsOf(id), expected, `mentions of ${id}`);
      const summary = ws.mentionSummary(id);
      deepEqual(summary.total, expected.length, `mention count of ${id}`);
      const perArticle = new Map<string, { path: string; count: number; first: number }>();
      for (const { path: p, mention } of expected) {
        const a = perArticle.get(p);
        if (a) a.count++;
        else perArticle.set(p, { path: p, count: 1, first: mention.start });
      }
      const ranked = [...perArticle.values()].sort((a, b) => b.count - a.count || (a.path < b.path ? -1 : 1));
      deepEqual(summary.articleCount, ranked.length, `articles mentioning ${id}`);
      deepEqual(summary.articles, ranked.slice(0, SUMMARY_TOP), `the articles mentioning ${id} most`);
    }
  }
}
