// `dateline timeline` and `dateline report`: the corpus's findings in the formats a newsroom
// shares (CSV, TimelineJS, Markdown, HTML), made by the core's exports.

import * as nodePath from 'node:path';
import type { WorkspaceQueries } from '../core/workspace/workspace.ts';
import { buildTimeline } from '../core/present/timeline.ts';
import { timelineRows } from '../core/present/exports/timelineTable.ts';
import { timelineCsv } from '../core/present/exports/timelineCsv.ts';
import { timelineJs } from '../core/present/exports/timelineJs.ts';
import { buildReport } from '../core/present/exports/report.ts';
import { reportMarkdown } from '../core/present/exports/reportMarkdown.ts';
import { reportHtml } from '../core/present/exports/reportHtml.ts';

/** "Dateline: corpus" for `dateline report corpus/`. */
export function corpusTitle(paths: readonly string[]): string {
  return `Dateline: ${paths.map((p) => nodePath.basename(nodePath.resolve(p))).join(', ')}`;
}

export function exportOf(ws: WorkspaceQueries, command: 'timeline' | 'report', format: string, title: string): string {
  if (command === 'report') return format === 'html' ? reportHtml(buildReport(ws), title) : reportMarkdown(buildReport(ws), title);
  const events = buildTimeline(ws);
  if (format === 'csv') return timelineCsv(timelineRows(ws, events));
  if (format === 'timelinejs') return `${JSON.stringify(timelineJs(events, title), null, 2)}\n`;
  return `${JSON.stringify({ events: timelineRows(ws, events) }, null, 2)}\n`;
}
