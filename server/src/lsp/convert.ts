// Conversions between the core's offsets and findings and LSP's positions and diagnostics.

import { DiagnosticSeverity, type Diagnostic, type Range, type Location } from 'vscode-languageserver';
import { URI } from './uri.ts';
import type { LineIndex } from '../core/text/lineIndex.ts';
import type { Finding } from '../core/checks/finding.ts';

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
