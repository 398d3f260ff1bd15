// Every export says which dates were read against an article date Dateline inferred, never one
// given, as the report and the analyze JSON do: the CSV in two columns added at the end, the
// timeline JSON in the rows' fields, TimelineJS in the slide's text, the view beside the value.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { exportOf } from '../../server/src/cli/exports.ts';
import { buildReport } from '../../server/src/core/present/exports/report.ts';
import { reportMarkdown } from '../../server/src/core/present/exports/reportMarkdown.ts';
import { buildTimeline } from '../../server/src/core/present/timeline.ts';
import { timelineHtml } from '../../client/src/timelineHtml.ts';
import type { EntityTagger } from '../../server/src/core/entities/tagger.ts';

let ws: Workspace;
before(async () => {
  const { loadBundledTagger } = await import('../../server/src/host/bundledTagger.ts');
  const tagger: EntityTagger = (await loadBundledTagger())!;
  ws = new Workspace({ tagger });
  ws.setCard('c/entities/events/egyptair-990.md', '---\ntype: event\nname: Crash of EgyptAir Flight 990\nkind: crash\ndate: 1999-10-31\naliases: [EgyptAir Flight 990 crash]\n---\n');
  // undated: its year-less dateline is pinned by the day it reports, and "Sunday" read against that
  ws.setArticle('c/w.txt', 'Crash\n\nNEW YORK, November 1 (Xinhua) -- EgyptAir said on Oct. 31, 1999 that its jet had crashed. The EgyptAir Flight 990 crash on Sunday killed 217.\n');
  ws.setMetadata('c/d.meta.yaml', 'published: 1999-11-02\n');
  ws.setArticle('c/d.txt', 'Crash\n\nCAIRO (AP) -- The EgyptAir Flight 990 crash on Sunday killed 217.\n');
});

test('CSV: the old columns in their places, then whether the source date is inferred and the inferred article date', () => {
  const [head, ...rows] = exportOf(ws, 'timeline', 'csv', 'T').trimEnd().split('\r\n').map((l) => l.split(','));
  assert.deepEqual(head, ['event_id', 'event', 'kind', 'card_date', 'consensus_date', 'source_date', 'text', 'disagrees', 'file', 'line', 'column', 'published', 'source_date_inferred', 'published_inferred']);
  const byFile = Object.fromEntries(rows.map((r) => [r[8], [r[5], r[11], r[12], r[13]]]));
  assert.deepEqual(byFile, { 'c/w.txt': ['1999-10-31', '', 'true', '1999-11-01'], 'c/d.txt': ['1999-10-31', '1999-11-02', 'false', ''] });
});

test('timeline JSON: the inferred row carries inferred and inferredPublished, the given one neither', () => {
  const { events } = JSON.parse(exportOf(ws, 'timeline', 'json', 'T')) as { events: Array<Record<string, unknown>> };
  const w = events.find((r) => r.file === 'c/w.txt')!;
  const d = events.find((r) => r.file === 'c/d.txt')!;
  assert.deepEqual([w.inferred, w.inferredPublished, w.published], [true, '1999-11-01', '']);
  assert.ok(!('inferred' in d) && !('inferredPublished' in d));
});

test('TimelineJS: the inferred source is marked in the list and the slide says what that means', () => {
  const tjs = JSON.parse(exportOf(ws, 'timeline', 'timelinejs', 'T')) as { events: Array<{ unique_id: string; text: { text: string } }> };
  const text = tjs.events.find((e) => e.unique_id === 'egyptair-990')!.text.text;
  assert.match(text, /<li>1999-10-31: d\.txt, w\.txt \(inferred\)<\/li>/);
  assert.match(text, /<p>\(inferred\): the article gives no date of its own; the date was read against the time Dateline inferred for it/);
  // a slide whose sources are all given says nothing of it
  const given = new Workspace({});
  given.setCard('c/entities/events/egyptair-990.md', '---\ntype: event\nname: Crash of EgyptAir Flight 990\nkind: crash\ndate: 1999-10-31\naliases: [EgyptAir Flight 990 crash]\n---\n');
  given.setMetadata('c/d.meta.yaml', 'published: 1999-11-02\n');
  given.setArticle('c/d.txt', 'Crash\n\nCAIRO (AP) -- The EgyptAir Flight 990 crash on Sunday killed 217.\n');
  assert.doesNotMatch(exportOf(given, 'timeline', 'timelinejs', 'T'), /inferred/);
});

test('the report and the timeline view mark the same source', () => {
  assert.match(reportMarkdown(buildReport(ws), 'T'), /\| 1999-10-31 \(inferred\) \| Sunday \| c\/w\.txt:3 \| unknown; inferred 1999-11-01 \|/);
  const sources = buildTimeline(ws).find((e) => e.id === 'egyptair-990')!.sources;
  assert.deepEqual(sources.map((s) => [s.path, s.inferred]), [['c/d.txt', undefined], ['c/w.txt', true]]);
  const html = timelineHtml(
    [{ id: 'e', name: 'E', conflict: false, sources: sources.map((s) => ({ uri: `file:///${s.path}`, file: s.path, line: 2, character: 0, text: s.text, value: s.value, conflict: false, ...(s.inferred ? { inferred: true as const } : {}) })) }],
    'n0nce',
    'vscode-resource:',
  );
  assert.match(html, /c\/w\.txt<\/a>: “Sunday” → 1999-10-31 \(inferred\)<\/li>/);
  assert.match(html, /c\/d\.txt<\/a>: “Sunday” → 1999-10-31<\/li>/);
});
