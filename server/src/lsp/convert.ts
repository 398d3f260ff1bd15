// Conversions between the core's offsets and findings and LSP's positions and diagnostics.

import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range, type Location, type TextEdit } from 'vscode-languageserver';
import { URI } from './uri.ts';
import type { LineIndex } from '../core/text/lineIndex.ts';
import type { Finding } from '../core/checks/finding.ts';
import type { Fix } from '../core/checks/fix.ts';

export type LineIndexOf = (path: string) => LineIndex | undefined;

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding, linesOf: LineIndexOf): Diagnostic {
  const lines = linesOf(f.path);
  const range = lines ? toRange(lines, f.start, f.end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const diagnostic: Diagnostic = { range, severity: SEVERITY[f.severity], code: f.code, source: 'dateline', message: f.message };
  const related = f.related.flatMap((r) => {
    const rl = linesOf(r.path);
    return rl ? [{ location: { uri: URI.fromPath(r.path), range: toRange(rl, r.start, r.end) }, message: r.message }] : [];
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function toLocation(path: string, lines: LineIndex, start: number, end: number): Location {
  return { uri: URI.fromPath(path), range: toRange(lines, start, end) };
}

/**
 * A check's fix as a quick fix: its edits grouped by file, new files created first (never over
 * an existing one). Undefined when a file it edits has no line index here (it is not open or known).
 */
export function toCodeAction(fix: Fix, diagnostics: Diagnostic[], linesOf: LineIndexOf): CodeAction | undefined {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of fix.edits) {
    const lines = linesOf(e.path);
    if (!lines) return undefined;
    const uri = URI.fromPath(e.path);
    byUri.set(uri, [...(byUri.get(uri) ?? []), { range: toRange(lines, e.start, e.end), newText: e.newText }]);
  }
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics };
  if (fix.preferred) action.isPreferred = true;
  if (fix.creates?.length) {
    const origin = { line: 0, character: 0 };
    action.edit = {
      documentChanges: [
        ...fix.creates.flatMap(({ path, text }) => {
          const uri = URI.fromPath(path);
          return [
            { kind: 'create' as const, uri, options: { overwrite: false, ignoreIfExists: false } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: origin, end: origin }, newText: text }] },
          ];
        }),
        ...[...byUri].map(([uri, edits]) => ({ textDocument: { uri, version: null }, edits })),
      ],
    };
  } else {
    action.edit = { changes: Object.fromEntries(byUri) };
  }
  return action;
}
