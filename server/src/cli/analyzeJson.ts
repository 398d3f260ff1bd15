// The JSON contract of `dateline analyze --json` (docs/json-contract.md). Tests and benchmarks read it:
// change it only together with them.

import type { WorkspaceQueries } from '../core/workspace/workspace.ts';
import type { Finding } from '../core/checks/finding.ts';

export interface JsonDocument {
  path: string;
  published: string | null;
  /** When `published` is null: what the article's own text says of its date, never its date. */
  inferred?: { from: string; to?: string; reason: string };
  entities: Array<{ start: number; end: number; text: string; type: string; id: string; name: string; linked: boolean }>;
  dates: Array<{ start: number; end: number; text: string; value: string | null; event?: string; inferred?: true; range?: { from: string; to: string } }>;
  claims: Array<{ start: number; end: number; text: string; quantity: string; value: number; approximation: string; unit: string; subject?: string; asOf: string | null }>;
  diagnostics: Array<{ start: number; end: number; severity: string; code: string; message: string; related: Array<{ path: string; start: number; end: number; message: string }> }>;
}

export function analyzeJson(ws: WorkspaceQueries): { documents: JsonDocument[] } {
  return { documents: [...jsonDocuments(ws)] };
}

/** The documents of the contract one at a time, in order. */
export function* jsonDocuments(ws: WorkspaceQueries): Generator<JsonDocument> {
  // Dates of events no card describes carry the id of the group they were found in.
  const found = new Map<string, string>();
  for (const cluster of ws.uncardedEvents()) for (const m of cluster.members) found.set(`${m.path}\u0000${m.date.start}`, cluster.id);
  for (const path of ws.reportedPaths()) {
    if (ws.isCard(path) && ws.findings(path).length === 0) continue;
    const analysis = ws.analysis(path);
    const isArticle = analysis !== undefined;
    yield {
      path,
      published: analysis?.articleDate.value ?? null,
      ...(analysis && analysis.articleDate.value === null && analysis.articleDate.inferred ? { inferred: { ...analysis.articleDate.inferred } } : {}),
      entities: isArticle
        ? ws.entities(path).map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, id: m.id, name: m.name, linked: m.linked }))
        : [],
      dates: (analysis?.dates ?? []).map((d) => {
        const event = d.event ?? found.get(`${path}\u0000${d.start}`);
        return { start: d.start, end: d.end, text: d.text, value: d.value, ...(event ? { event } : {}), ...(d.inferredAnchor && d.value !== null ? { inferred: true as const } : {}), ...(d.value === null && d.within ? { range: { ...d.within } } : {}) };
      }),
      claims: (analysis?.claims ?? []).map((c) => ({ start: c.start, end: c.end, text: c.text, quantity: c.quantity, value: c.value, approximation: c.approximation, unit: c.unit, ...(c.subject ? { subject: c.subject } : {}), asOf: c.asOf })),
      diagnostics: ws.findings(path).map(jsonDiagnostic),
    };
  }
}

/**
 * Writes exactly what `JSON.stringify(analyzeJson(ws), null, 2)` would, plus a final newline,
 * one document at a time: on a large corpus the whole text would be hundreds of megabytes held
 * at once. Waits when the output is full.
 */
export async function writeAnalyzeJson(ws: WorkspaceQueries, write: (chunk: string) => boolean | Promise<boolean>, drained: () => Promise<void>): Promise<void> {
  let first = true;
  for (const doc of jsonDocuments(ws)) {
    // The document stringified where it stands in the whole, its lines indented by the
    // stringifier itself: no second pass over the text to indent it.
    const whole = JSON.stringify({ documents: [doc] }, null, 2);
    const body = whole.slice(OPENING.length, whole.length - CLOSING.length);
    const ok = await write(`${first ? OPENING : `,\n${ITEM_INDENT}`}${body}`);
    first = false;
    if (!ok) await drained();
  }
  await write(first ? '{\n  "documents": []\n}\n' : `${CLOSING}\n`);
}

/** How JSON.stringify(..., null, 2) opens and closes `{ documents: [one] }`. */
const ITEM_INDENT = '    ';
const OPENING = `{\n  "documents": [\n${ITEM_INDENT}`;
const CLOSING = '\n  ]\n}';

function jsonDiagnostic(f: Finding): JsonDocument['diagnostics'][number] {
  return { start: f.start, end: f.end, severity: f.severity, code: f.code, message: f.message, related: f.related.map((r) => ({ ...r })) };
}
