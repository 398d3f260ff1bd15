// What a fact-checker shares with an editor who does not run VS Code: every event with every
// source's date, every disagreement Dateline found, every name with its spellings, every count.
// A model here; reportMarkdown.ts and reportHtml.ts write it out.

import type { WorkspaceQueries } from '../../workspace/workspace.ts';
import type { Severity } from '../../checks/finding.ts';
import type { FindingCode } from '../../checks/codes.ts';
import { buildTimeline } from '../timeline.ts';
import { consensusDate, timelineRows, type TimelineRow } from './timelineTable.ts';

export interface ReportEvent {
  id: string;
  name: string;
  kind: string;
  cardDate?: string;
  consensus: string;
  note?: string;
  sources: ReportSource[];
}

/** A source's row: its date, and what of it is inferred, never given (`inferred`, `inferredPublished`). */
export type ReportSource = TimelineRow;

export interface ReportFinding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: FindingCode;
  message: string;
}

export interface ReportName {
  id: string;
  name: string;
  type: string;
  carded: boolean;
  mentions: number;
  articles: number;
  /** Every way the articles write it, most frequent first, with counts. */
  spellings: Array<[string, number]>;
}

export interface ReportClaim {
  quantity: string;
  text: string;
  asOf: string;
  file: string;
  line: number;
}

export interface Report {
  articles: number;
  events: ReportEvent[];
  findings: ReportFinding[];
  names: ReportName[];
  claims: ReportClaim[];
}

/** A source's date as the report writes it, said to be inferred when read against an inferred article date. */
export function dateGivenCell(s: ReportSource): string {
  return `${s.value}${s.inferred ? ' (inferred)' : ''}`;
}

/** A source's article date as the report writes it: given, inferred (said so), or unknown. */
export function articleDateCell(s: ReportSource): string {
  return s.published || (s.inferredPublished ? `unknown; inferred ${s.inferredPublished}` : 'unknown');
}

/** Hints (a name without a card) are the names list's business, not disagreements. */
const SHOWN: ReadonlySet<Severity> = new Set(['error', 'warning', 'information']);

export function buildReport(ws: WorkspaceQueries): Report {
  const timeline = buildTimeline(ws);
  const rows = timelineRows(ws, timeline);
  const events = timeline.map((e) => ({
    id: e.id, name: e.name, kind: e.kind ?? '', consensus: consensusDate(e),
    ...(e.cardDate ? { cardDate: e.cardDate } : {}), ...(e.note ? { note: e.note } : {}),
    sources: rows.filter((r) => r.eventId === e.id),
  }));
  const findings: ReportFinding[] = [];
  const names = new Map<string, ReportName & { seen: Set<string>; forms: Map<string, number> }>();
  const claims: ReportClaim[] = [];
  for (const path of ws.reportedPaths()) {
    const a = ws.analysis(path);
    const lines = a?.lines ?? ws.analysis(path)?.lines;
    for (const f of ws.findings(path)) {
      if (!SHOWN.has(f.severity)) continue;
      const at = lines ? lines.positionAt(f.start) : { line: 0, character: 0 };
      findings.push({ file: path, line: at.line + 1, column: at.character + 1, severity: f.severity, code: f.code, message: f.message });
    }
    if (!a) continue;
    for (const m of ws.entities(path)) {
      if (m.type === 'misc') continue;
      let n = names.get(m.id);
      if (!n) names.set(m.id, (n = { id: m.id, name: ws.displayName(m.id), type: m.type, carded: m.linked, mentions: 0, articles: 0, spellings: [], seen: new Set(), forms: new Map() }));
      n.mentions++;
      n.seen.add(path);
      n.forms.set(m.text, (n.forms.get(m.text) ?? 0) + 1);
    }
    for (const c of a.claims) claims.push({ quantity: c.quantity, text: c.text, asOf: c.asOf ?? '', file: path, line: a.lines.positionAt(c.start).line + 1 });
  }
  const nameList = [...names.values()]
    .map(({ seen, forms, ...n }) => ({ ...n, articles: seen.size, spellings: [...forms].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])) }))
    .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
  claims.sort((x, y) => x.quantity.localeCompare(y.quantity) || x.asOf.localeCompare(y.asOf) || x.file.localeCompare(y.file));
  return { articles: ws.articlePaths().length, events, findings, names: nameList, claims };
}
