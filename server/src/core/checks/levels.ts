// What the user chose for each check (`dateline.checks.<code>`): off, or the severity its
// findings show with. A code not named keeps the severity its check gives.

import type { FindingCode } from './codes.ts';
import type { Finding, Severity } from './finding.ts';

export type CheckLevel = 'off' | Severity;

export const CHECK_LEVELS: readonly CheckLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

export type CheckLevels = ReadonlyMap<FindingCode, CheckLevel>;

/** The findings as the user wants them: without the checks turned off, with the severities chosen. */
export function withCheckLevels(findings: readonly Finding[], levels: CheckLevels): Finding[] {
  if (levels.size === 0) return findings as Finding[];
  const out: Finding[] = [];
  for (const f of findings) {
    const level = levels.get(f.code);
    if (level === 'off') continue;
    out.push(level === undefined || level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}
