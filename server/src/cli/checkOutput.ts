// Compiler-style lines for `dateline check`: path:line:col: severity code message.

import type { WorkspaceQueries } from '../core/workspace/workspace.ts';
import type { Finding } from '../core/checks/finding.ts';
import { LineIndex } from '../core/text/lineIndex.ts';

export interface CheckResult {
  lines: string[];
  json: Array<{ path: string; line: number; column: number; severity: string; code: string; message: string; related: Array<{ path: string; line: number; column: number; message: string }> }>;
  counts: Record<Finding['severity'], number>;
}

export function runCheck(ws: WorkspaceQueries, texts: (path: string) => string | undefined, verbose: boolean): CheckResult {
  const result: CheckResult = { lines: [], json: [], counts: { error: 0, warning: 0, information: 0, hint: 0 } };
  const indexes = new Map<string, LineIndex>();
  const position = (path: string, offset: number) => {
    let idx = indexes.get(path);
    if (!idx) {
      idx = new LineIndex(texts(path) ?? '');
      indexes.set(path, idx);
    }
    const p = idx.positionAt(offset);
    return { line: p.line + 1, column: p.character + 1 };
  };
  for (const path of ws.reportedPaths()) {
    for (const f of ws.findings(path)) {
      result.counts[f.severity]++;
      if (f.severity === 'hint' && !verbose) continue;
      const { line, column } = position(path, f.start);
      result.lines.push(`${path}:${line}:${column}: ${f.severity} ${f.code} ${f.message}`);
      const related = f.related.map((r) => ({ path: r.path, ...position(r.path, r.start), message: r.message }));
      for (const r of related) result.lines.push(`    ${r.path}:${r.line}:${r.column}: ${r.message}`);
      result.json.push({ path, line, column, severity: f.severity, code: f.code, message: f.message, related });
    }
  }
  return result;
}
