// Go to definition (the card, or the first full mention of a name without one) and find
// references (every mention in every article, whatever the spelling).

import type { DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';
import { toLocation } from '../convert.ts';
import type { EntityMention } from '../../core/entities/mention.ts';

function mentionAt(state: HandlerState, uri: string, position: { line: number; character: number }): EntityMention | undefined {
  const path = URI.toPath(uri);
  const analysis = path ? state.ws.analysis(path) : undefined;
  if (!path || !analysis) return undefined;
  return state.ws.entityAt(path, analysis.lines.offsetAt(position));
}

/** The card's name line for a linked entity; otherwise the first mention that spells the name in full. */
export function definitionOf(state: HandlerState, mention: EntityMention): Location | null {
  const card = mention.linked ? state.ws.card(mention.id) : undefined;
  if (card) {
    const lines = state.linesOf(card.path);
    return lines ? toLocation(card.path, lines, card.nameStart, card.nameEnd) : null;
  }
  const full = state.ws.firstMentionOf(mention.id, mention.name);
  if (!full) return null;
  const lines = state.linesOf(full.path);
  return lines ? toLocation(full.path, lines, full.mention.start, full.mention.end) : null;
}

export function definition(state: HandlerState, params: DefinitionParams): Location | null {
  const mention = mentionAt(state, params.textDocument.uri, params.position);
  return mention ? definitionOf(state, mention) : null;
}

export function references(state: HandlerState, params: ReferenceParams): Location[] | null {
  const mention = mentionAt(state, params.textDocument.uri, params.position);
  if (!mention) return null;
  const out: Location[] = [];
  if (params.context.includeDeclaration && mention.linked) {
    const def = definitionOf(state, mention);
    if (def) out.push(def);
  }
  for (const m of state.ws.mentionsOf(mention.id)) {
    const lines = state.linesOf(m.path);
    if (lines) out.push(toLocation(m.path, lines, m.mention.start, m.mention.end));
  }
  return out;
}
