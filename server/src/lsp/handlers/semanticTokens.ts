// Semantic tokens: people, places, organizations, other names and dates each get their own
// token type (declared with super types in package.json so every theme colours them).

import type { SemanticTokens, SemanticTokensLegend, SemanticTokensParams } from 'vscode-languageserver';
import { SemanticTokensBuilder } from 'vscode-languageserver';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';

export const TOKEN_TYPES = ['person', 'place', 'organization', 'misc', 'date'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: ['unlinked'] };

export function semanticTokens(state: HandlerState, params: SemanticTokensParams): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const path = URI.toPath(params.textDocument.uri);
  const analysis = path ? state.ws.analysis(path) : undefined;
  if (!path || !analysis) return builder.build();
  const spans: Array<{ start: number; end: number; type: number; modifiers: number }> = [];
  for (const m of state.ws.entities(path)) spans.push({ start: m.start, end: m.end, type: TOKEN_TYPES.indexOf(m.type), modifiers: m.linked ? 0 : 1 });
  for (const d of analysis.dates) spans.push({ start: d.start, end: d.end, type: TOKEN_TYPES.indexOf('date'), modifiers: 0 });
  spans.sort((a, b) => a.start - b.start);
  // Tokens may not span lines; split any that do (a name is never split, a date rarely).
  for (const s of spans) {
    let start = s.start;
    while (start < s.end) {
      const pos = analysis.lines.positionAt(start);
      const lineEnd = analysis.lines.lineEnd(pos.line);
      const end = Math.min(s.end, lineEnd);
      if (end > start) builder.push(pos.line, pos.character, end - start, s.type, s.modifiers);
      start = Math.max(end, analysis.lines.offsetAt({ line: pos.line + 1, character: 0 }));
      if (pos.line + 1 >= analysis.lines.lineCount) break;
    }
  }
  return builder.build();
}
