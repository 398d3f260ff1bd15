// Code actions. Each returns an edit for the editor to apply; the server itself writes nothing.

import * as nodePath from 'node:path';
import { existsSync } from 'node:fs';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { ServerState } from '../state.ts';
import { URI } from '../uri.ts';
import { CARD_FOLDERS, cardFileId, draftCard } from '../../core/present/newCard.ts';
import { OPEN_FILE_COMMAND } from '../protocol.ts';
import { fixesFor } from '../../core/checks/registry.ts';
import { toCodeAction } from '../convert.ts';

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
    const cardPath = nodePath.join(folder, CARD_FOLDERS[m.type], `${cardFileId(m.id)}.md`);
    // Never overwrite: offer nothing when the file is already there, and ask the editor to
    // fail rather than overwrite if it appears before the edit is applied.
    if (existsSync(cardPath)) continue;
    const uri = URI.fromPath(cardPath);
    const draft = draftCard({ id: m.id, type: m.type, spellings: state.ws.mentionsOf(m.id).map((x) => x.mention.text) });
    const diagnostics = (params.context.diagnostics ?? []).filter((d) => d.code === 'entity-without-card');
    actions.push({
      title: `Write a card for "${draft.name}" (${m.type})`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      isPreferred: true,
      edit: {
        documentChanges: [
          { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: draft.text }] },
        ],
      },
      // Applied, the new card is opened for the user to read and complete.
      command: { title: 'Open the new card', command: OPEN_FILE_COMMAND, arguments: [uri] },
    });
  }
  actions.push(...findingActions(state, path, start, end, params));
  return actions;
}

/** The fixes the checks propose for the findings in range, as quick fixes (convert.ts). */
function findingActions(state: ServerState, path: string, start: number, end: number, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of state.ws.findings(path)) {
    if (finding.end < start || finding.start > end) continue;
    const fixes = fixesFor(finding, state.ws);
    if (fixes.length === 0) continue;
    const diagnostics = (params.context.diagnostics ?? []).filter((d) => d.code === finding.code);
    for (const fix of fixes) {
      const action = toCodeAction(fix, diagnostics, (p) => state.linesOf(p));
      if (action) actions.push(action);
    }
  }
  return actions;
}
