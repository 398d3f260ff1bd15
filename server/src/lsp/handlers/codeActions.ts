// Code actions. Each returns an edit for the editor to apply; the server itself writes nothing.

import * as nodePath from 'node:path';
import { existsSync } from 'node:fs';
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { HandlerState } from '../state.ts';
import { URI } from '../uri.ts';
import { CARD_FOLDERS, cardFileId, draftCard } from '../../core/present/newCard.ts';
import { OPEN_FILE_COMMAND } from '../protocol.ts';
import { readFileSync } from 'node:fs';
import { ignoreListAddition } from '../../core/knowledge/ignoreList.ts';
import { addNotHere, notHereEntry } from '../../core/knowledge/notHere.ts';
import { IGNORE_LIST_FILE } from '../../core/workspace/fileKinds.ts';
import type { EntityMention } from '../../core/entities/mention.ts';
import { fixesFor } from '../../core/checks/registry.ts';
import { toCodeAction } from '../convert.ts';
import type { FixContext } from '../../core/checks/fix.ts';
import { draftEventCard } from '../../core/present/eventCardDraft.ts';

export function codeActions(state: HandlerState, params: CodeActionParams): CodeAction[] {
  const path = URI.toPath(params.textDocument.uri);
  const analysis = path ? state.ws.analysis(path) : undefined;
  if (!path || !analysis) return [];
  const start = analysis.lines.offsetAt(params.range.start);
  const end = analysis.lines.offsetAt(params.range.end);
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  for (const m of state.ws.entities(path)) {
    if (m.linked && m.end >= start && m.start <= end && !offered.has(m.id)) {
      offered.add(m.id);
      const notThis = notThisCardAction(state, path, m);
      if (notThis) actions.push(notThis);
      continue;
    }
    if (m.linked || m.end < start || m.start > end || offered.has(m.id)) continue;
    offered.add(m.id);
    const folder = state.cardsFolder(path);
    if (!folder) continue;
    const notAName = notANameAction(state, folder, m, params);
    if (notAName) actions.push(notAName);
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
  const ctx = fixContext(state);
  actions.push(...findingActions(state, ctx, path, start, end, params));
  actions.push(...eventCardActions(state, ctx, path, start, end, actions));
  return actions;
}

/** The workspace as fixes read it, with where a new card may be created (never over a file). */
function fixContext(state: HandlerState): FixContext {
  return {
    dateAt: (p, o) => state.ws.dateAt(p, o),
    card: (id) => state.ws.card(id),
    cardText: (p) => state.ws.cardText(p),
    newCardPath(articlePath, subfolder, id) {
      const folder = state.cardsFolder(articlePath);
      if (!folder) return undefined;
      const cardPath = nodePath.join(folder, subfolder, `${id}.md`);
      return existsSync(cardPath) || state.ws.cardText(cardPath) !== undefined ? undefined : cardPath;
    },
  };
}

/**
 * "Draft an event card" on any date of an event no card describes, noted or not (a note carries
 * the same fix: it is offered once).
 */
function eventCardActions(state: HandlerState, ctx: FixContext, path: string, start: number, end: number, offered: readonly CodeAction[]): CodeAction[] {
  const dates = state.ws.analysis(path)?.dates.filter((d) => d.trigger && d.end >= start && d.start <= end) ?? [];
  if (dates.length === 0) return [];
  const actions: CodeAction[] = [];
  for (const cluster of state.ws.uncardedEvents()) {
    if (!cluster.members.some((m) => m.path === path && dates.some((d) => d.start === m.date.start))) continue;
    const draft = draftEventCard(cluster, (id) => state.ws.displayName(id));
    const cardPath = ctx.newCardPath!(path, 'events', draft.id);
    const title = `Draft an event card: "${draft.name}"`;
    if (!cardPath || offered.some((a) => a.title === title) || actions.some((a) => a.title === title)) continue;
    const action = toCodeAction({ title, edits: [], creates: [{ path: cardPath, text: draft.text }] }, [], (p) => state.linesOf(p));
    if (action) actions.push({ ...action, command: { title: 'Open the new card', command: OPEN_FILE_COMMAND, arguments: [URI.fromPath(cardPath)] } });
  }
  return actions;
}

/**
 * "Not a name": the form goes on the ignore list beside the cards (created if missing), which the
 * server reads with the cards, so the form stops being a name at once and after a restart.
 */
function notANameAction(state: HandlerState, folder: string, m: EntityMention, params: CodeActionParams): CodeAction | undefined {
  const listPath = nodePath.join(folder, IGNORE_LIST_FILE);
  const uri = URI.fromPath(listPath);
  let existing = state.ws.cardText(listPath);
  if (existing === undefined && existsSync(listPath)) {
    try {
      existing = readFileSync(listPath, 'utf8');
    } catch {
      return undefined;
    }
  }
  const form = m.text.replace(/\s+/g, ' ').trim();
  const addition = ignoreListAddition(existing, form);
  const lines = (existing ?? '').split('\n');
  const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
  const diagnostics = (params.context.diagnostics ?? []).filter((d) => d.code === 'entity-without-card');
  return {
    title: `Not a name: "${form}" (add it to ${IGNORE_LIST_FILE})`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: {
      documentChanges: [
        ...(existing === undefined ? [{ kind: 'create' as const, uri, options: { overwrite: false, ignoreIfExists: true } }] : []),
        { textDocument: { uri, version: null }, edits: [{ range: { start: end, end }, newText: addition }] },
      ],
    },
  };
}

/**
 * "Not John F. Kennedy here": the mention's form in this article goes on the card's `not:` list
 * (knowledge/notHere.ts), an edit to the card the user applies, read with the cards like any.
 */
function notThisCardAction(state: HandlerState, path: string, m: EntityMention): CodeAction | undefined {
  const card = state.ws.card(m.id);
  const text = card ? state.ws.cardText(card.path) : undefined;
  if (!card || text === undefined || card.type === 'event') return undefined;
  const entry = notHereEntry(m.text, path);
  const edit = addNotHere(text, entry);
  if (!edit) return undefined;
  const lines = state.linesOf(card.path);
  if (!lines) return undefined;
  const uri = URI.fromPath(card.path);
  return {
    title: `Not ${card.name} here (add "${entry}" to the card's not: list)`,
    kind: CodeActionKind.QuickFix,
    edit: { documentChanges: [{ textDocument: { uri, version: null }, edits: [{ range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, newText: edit.newText }] }] },
  };
}

/** The fixes the checks propose for the findings in range, as quick fixes (convert.ts). */
function findingActions(state: HandlerState, ctx: FixContext, path: string, start: number, end: number, params: CodeActionParams): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const finding of state.ws.findings(path)) {
    if (finding.end < start || finding.start > end) continue;
    const fixes = fixesFor(finding, ctx);
    if (fixes.length === 0) continue;
    const diagnostics = (params.context.diagnostics ?? []).filter((d) => d.code === finding.code);
    for (const fix of fixes) {
      const action = toCodeAction(fix, diagnostics, (p) => state.linesOf(p));
      if (action) actions.push(action);
    }
  }
  return actions;
}
