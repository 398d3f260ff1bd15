// `dateline/timeline`: the events of the corpus with the dates each source gives, for the
// client's timeline view, and the same timeline as the CLI exports it (CSV, TimelineJS) for the
// view's export buttons. Offsets become LSP locations here; the data comes from the core.

import * as nodePath from 'node:path';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';
import { toRange } from '../convert.ts';
import { buildTimeline } from '../../core/present/timeline.ts';
import { baseName } from '../../core/present/markdown.ts';
import { timelineRows } from '../../core/present/exports/timelineTable.ts';
import { timelineCsv } from '../../core/present/exports/timelineCsv.ts';
import { timelineJs } from '../../core/present/exports/timelineJs.ts';
import type { TimelineResponse } from '../protocol.ts';

export { TIMELINE_REQUEST, type TimelineResponse } from '../protocol.ts';

export function timeline(state: HandlerState): TimelineResponse {
  const events = buildTimeline(state.ws);
  // A file as the CLI run in its workspace folder names it; a file outside every folder, in full.
  const rows = timelineRows(state.ws, events).map((r) => {
    const folder = state.folderOf(r.file);
    return folder ? { ...r, file: nodePath.relative(folder.root, r.file).split(nodePath.sep).join('/') } : r;
  });
  const title = `Dateline: ${state.roots.map((r) => nodePath.basename(r)).join(', ') || 'timeline'}`;
  return {
    exports: { csv: timelineCsv(rows), timelinejs: `${JSON.stringify(timelineJs(events, title), null, 2)}\n` },
    events: events.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      cardDate: e.cardDate,
      cardUri: e.cardPath ? URI.fromPath(e.cardPath) : undefined,
      note: e.note,
      conflict: e.conflict,
      sources: e.sources.flatMap((s) => {
        const lines = state.linesOf(s.path);
        if (!lines) return [];
        const range = toRange(lines, s.start, s.end);
        return [{ uri: URI.fromPath(s.path), file: baseName(s.path), line: range.start.line, character: range.start.character, text: s.text, value: s.value, conflict: s.conflict, ...(s.inferred ? { inferred: true as const } : {}) }];
      }),
    })),
  };
}
