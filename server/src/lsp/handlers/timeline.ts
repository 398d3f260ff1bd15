// `dateline/timeline`: the events of the corpus with the dates each source gives, for the
// client's timeline view. Offsets become LSP locations here; the data comes from the core.

import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';
import { toRange } from '../convert.ts';
import { buildTimeline } from '../../core/present/timeline.ts';
import { baseName } from '../../core/present/markdown.ts';
import type { TimelineResponse } from '../protocol.ts';

export { TIMELINE_REQUEST, type TimelineResponse } from '../protocol.ts';

export function timeline(state: HandlerState): TimelineResponse {
  return {
    events: buildTimeline(state.ws).map((e) => ({
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
        return [{ uri: URI.fromPath(s.path), file: baseName(s.path), line: range.start.line, character: range.start.character, text: s.text, value: s.value, conflict: s.conflict }];
      }),
    })),
  };
}
