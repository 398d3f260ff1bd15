// Inlay hints: the resolved date beside relative and year-less expressions ("Saturday" 2020-11-21).

import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';

export function inlayHints(state: HandlerState, params: InlayHintParams): InlayHint[] | null {
  if (!state.settings.inlayHints) return [];
  const path = URI.toPath(params.textDocument.uri);
  const analysis = path ? state.ws.analysis(path) : undefined;
  if (!path || !analysis) return null;
  const from = analysis.lines.offsetAt(params.range.start);
  const to = analysis.lines.offsetAt(params.range.end);
  const hints: InlayHint[] = [];
  for (const d of analysis.dates) {
    if (d.end < from || d.start > to) continue;
    if (d.explicitYear || !d.value || !/^\d{4}(-\d{2}){0,2}$|^\d{4}-W\d{2}$/.test(d.value)) continue;
    hints.push({
      position: analysis.lines.positionAt(d.end),
      label: d.value,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: d.resolution,
    });
  }
  return hints;
}
