// Document symbols (an article's entities) and workspace symbols (any entity by any spelling).

import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';
import { toRange } from '../convert.ts';
import { definitionOf } from './navigation.ts';
import { fold } from '../../core/text/fold.ts';
import type { CardType } from '../../core/knowledge/card.ts';

const KIND: Record<CardType, SymbolKind> = {
  person: SymbolKind.Object,
  place: SymbolKind.Package,
  organization: SymbolKind.Module,
  misc: SymbolKind.Constant,
  event: SymbolKind.Event,
};

export function documentSymbols(state: HandlerState, params: DocumentSymbolParams): DocumentSymbol[] | null {
  const path = URI.toPath(params.textDocument.uri);
  const analysis = path ? state.ws.analysis(path) : undefined;
  if (!path || !analysis) return null;
  const byId = new Map<string, DocumentSymbol>();
  for (const m of state.ws.entities(path)) {
    const range = toRange(analysis.lines, m.start, m.end);
    const existing = byId.get(m.id);
    if (existing) {
      existing.children!.push({ name: m.text, kind: KIND[m.type], range, selectionRange: range });
      existing.range = { start: existing.range.start, end: range.end };
      continue;
    }
    byId.set(m.id, {
      name: m.name,
      detail: `${m.type}${m.linked ? '' : ' (no card)'}`,
      kind: KIND[m.type],
      range,
      selectionRange: range,
      children: [],
    });
  }
  return [...byId.values()];
}

export function workspaceSymbols(state: HandlerState, params: WorkspaceSymbolParams): SymbolInformation[] {
  const query = fold(params.query.trim());
  const out: SymbolInformation[] = [];
  for (const card of state.ws.knowledge().cards.values()) {
    const forms = [card.name, ...card.aliases, ...card.demonyms];
    if (query && !forms.some((f) => fold(f).includes(query))) continue;
    const lines = state.linesOf(card.path);
    if (!lines) continue;
    out.push({
      name: card.name,
      kind: KIND[card.type],
      containerName: card.type,
      location: { uri: URI.fromPath(card.path), range: toRange(lines, card.nameStart, card.nameEnd) },
    });
  }
  // Names the tagger found without a card, by their first full mention.
  const seen = new Set<string>();
  for (const path of state.ws.articlePaths()) {
    for (const m of state.ws.entities(path)) {
      if (m.linked || seen.has(m.id)) continue;
      seen.add(m.id);
      if (query && !fold(m.name).includes(query)) continue;
      const location = definitionOf(state, m);
      if (location) out.push({ name: m.name, kind: KIND[m.type], containerName: `${m.type} (no card)`, location });
    }
  }
  return out.slice(0, 500);
}
