// Code actions. Each returns an edit for the editor to apply; the server itself writes nothing.

import * as nodePath from 'node:path';
import { existsSync } from 'node:fs';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { ServerState } from '../state.ts';
import { URI } from '../uri.ts';
import { CARD_FOLDERS, newCardText } from '../../core/present/newCard.ts';
import { rewriteDate } from '../../core/present/dateText.ts';
import { addKnownDiscrepancy } from '../../core/knowledge/editCard.ts';
import { toRange } from '../convert.ts';

export function codeActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const path = URI.toPath(params.textDocument.uri);
  const analysis = path ? state.ws.analysis(path) : undefined;
  if (!path || !analysis) return [];
  const start = analysis.lines.offsetAt(params.range.start);
  const end = analysis.lines.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const m of state.ws.entities(path)) {
    if (m.linked || m.end < start || m.start > end || offered.has(m.id)) continue;
    offered.add(m.id);
    const folder = state.cardsFolder();
    if (!folder) continue;
    const cardPath = nodePath.join(folder, CARD_FOLDERS[m.type], `${m.id}.md`);
    // Never overwrite: offer nothing when the file is already there, and ask the editor to
    // fail rather than overwrite if it appears before the edit is applied.
    if (existsSync(cardPath)) continue;
    const uri = URI.fromPath(cardPath);
    const spellings = state.ws.mentionsOf(m.id).map((x) => x.mention.text);
    const diagnostics = (params.context.diagnostics ?? []).filter((d) => d.code === 'entity-without-card');
    actions.push({
      title: `Write a card for "${m.name}" (${m.type})`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: true,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: newCardText(m.name, m.type, spellings) }] },
        ],
      },
    });
  }
  actions.push(...conflictActions(state, path, start, end, params));
  return actions;
}

/** For a date-conflict: align the mention with the majority or the card, or record it as known. */
function conflictActions(state: ServerState, path: string, start: number, end: number, params: CodeActionParams): CodeAction[] {
  const analysis = state.ws.analysis(path)!;
  const actions: CodeAction[] = [];
  for (const f of state.ws.findings(path)) {
    if (f.code !== 'date-conflict' || f.end < start || f.start > end) continue;
    const fix = state.ws.conflictFix(f);
    const date = state.ws.dateAt(path, f.start);
    if (!fix || !date || !date.value) continue;
    const diagnostics = (params.context.diagnostics ?? []).filter((d) => d.code === 'date-conflict');
    const uri = URI.fromPath(path);
    const targets: Array<[string, string]> = [[fix.reference, 'the date most sources give']];
    if (fix.cardDate && fix.cardDate !== fix.reference) targets.push([fix.cardDate, "the event card's date"]);
    for (const [value, why] of targets) {
      const newText = rewriteDate(date.text, value);
      if (!newText || newText === date.text) continue;
      actions.push({
        title: `Change to "${newText}" (${why})`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: { changes: { [uri]: [{ range: toRange(analysis.lines, date.start, date.end), newText }] } },
      });
    }
    const card = state.ws.card(fix.event);
    const cardText = card ? state.ws.cardText(card.path) : undefined;
    const edit = card && cardText !== undefined ? addKnownDiscrepancy(cardText, date.value) : undefined;
    const cardLines = card ? state.linesOf(card.path) : undefined;
    if (card && edit && cardLines) {
      actions.push({
        title: `Record ${date.value} as a known discrepancy on the card of ${card.name}`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: { changes: { [URI.fromPath(card.path)]: [{ range: toRange(cardLines, edit.start, edit.end), newText: edit.newText }] } },
      });
    }
  }
  return actions;
}
