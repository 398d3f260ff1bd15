// The timeline webview's HTML: one row per dated event, a strip of days around the event's date,
// a dot for each date a source gives (red where it disagrees), the card's date as a line.
// Pure string building (no vscode import) so it can be tested under Node. The page follows VS
// Code's webview guidance: a strict Content-Security-Policy, no remote content, one nonce'd script.

import type { TimelineResponse } from '../../server/src/lsp/protocol.ts';

// The shapes of the `dateline/timeline` response, as the server's protocol file defines them.
export type TimelineEventData = TimelineResponse['events'][number];
export type TimelineSourceData = TimelineEventData['sources'][number];

const DAY_MS = 86400000;
const HALF_WINDOW_DAYS = 4;
const STRIP_WIDTH = 540;
const ROW_HEIGHT = 64;

/** What the timeline says when it has nothing to show: what puts an event on it. */
export const EMPTY_TIMELINE = `<div class="empty"><p><strong>No dated events yet.</strong> An event appears here when articles give it a date:</p>
<ul>
<li>Write an event card: a file in <code>entities/events/</code> with <code>type: event</code>, a <code>name:</code>, the <code>date:</code> and the words articles call it (<code>aliases:</code>); every date an article gives it then shows here, disagreements in red.</li>
<li>Or add articles: events no card describes show when two articles date them.</li>
<li>No article read at all? The Dateline item in the status bar says why, and can set this folder up.</li>
</ul></div>`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function dayOf(value: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) / DAY_MS : undefined;
}

function label(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${d.toLocaleString('en', { month: 'short', timeZone: 'UTC' })} ${d.getUTCDate()}`;
}

function strip(event: TimelineEventData): string {
  const days = event.sources.map((s) => dayOf(s.value)).filter((d): d is number => d !== undefined);
  const center = (event.cardDate ? dayOf(event.cardDate) : undefined) ?? days[0];
  if (center === undefined) {
    const values = event.sources.map((s) => escapeHtml(s.value)).join(', ');
    return `<div class="coarse">${values || 'no dated mention'}</div>`;
  }
  const from = center - HALF_WINDOW_DAYS;
  const x = (day: number) => ((day - from + 0.5) / (2 * HALF_WINDOW_DAYS + 1)) * STRIP_WIDTH;
  const coarse = event.sources.filter((s) => dayOf(s.value) === undefined).map((s) => escapeHtml(s.value));
  const parts: string[] = [coarse.length > 0 ? `<div class="coarse">also dated, less precisely: ${[...new Set(coarse)].join(', ')}</div>` : '', `<svg width="${STRIP_WIDTH}" height="${ROW_HEIGHT}" role="img" aria-label="dates given for ${escapeHtml(event.name)}">`];
  for (let d = from; d <= center + HALF_WINDOW_DAYS; d++) {
    parts.push(`<line class="tick" x1="${x(d)}" x2="${x(d)}" y1="40" y2="46"/><text class="day" x="${x(d)}" y="58">${label(d)}</text>`);
  }
  parts.push(`<line class="axis" x1="0" x2="${STRIP_WIDTH}" y1="43" y2="43"/>`);
  if (event.cardDate && dayOf(event.cardDate) !== undefined) {
    parts.push(`<line class="card" x1="${x(center)}" x2="${x(center)}" y1="4" y2="43"><title>card: ${escapeHtml(event.cardDate)}</title></line>`);
  }
  const stacked = new Map<number, number>();
  for (const s of event.sources) {
    const day = dayOf(s.value);
    if (day === undefined || day < from || day > center + HALF_WINDOW_DAYS) continue;
    const level = stacked.get(day) ?? 0;
    stacked.set(day, level + 1);
    const cy = 34 - level * 7;
    parts.push(
      `<circle class="source${s.conflict ? ' conflict' : ''}" cx="${x(day)}" cy="${Math.max(4, cy)}" r="4" data-uri="${escapeHtml(s.uri)}" data-line="${s.line}" data-character="${s.character}" tabindex="0">` +
        `<title>${escapeHtml(s.file)}: "${escapeHtml(s.text)}" = ${escapeHtml(s.value)}${s.inferred ? ' (inferred)' : ''}${s.conflict ? ' (disagrees)' : ''}</title></circle>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

export function timelineHtml(events: TimelineEventData[], nonce: string, cspSource: string): string {
  const dated = events.filter((e) => e.sources.length > 0);
  const quiet = events.filter((e) => e.sources.length === 0);
  const conflicts = dated.filter((e) => e.conflict).length;
  const rows = dated
    .map((e) => {
      const sources = e.sources
        .map((s) => `<li class="${s.conflict ? 'conflict' : ''}"><a href="#" data-uri="${escapeHtml(s.uri)}" data-line="${s.line}" data-character="${s.character}">${escapeHtml(s.file)}</a>: “${escapeHtml(s.text)}” → ${escapeHtml(s.value)}${s.inferred ? ' (inferred)' : ''}</li>`)
        .join('');
      return `<section class="event${e.conflict ? ' has-conflict' : ''}">
  <header>${e.cardUri ? `<a href="#" data-uri="${escapeHtml(e.cardUri)}" data-line="0" data-character="0">${escapeHtml(e.name)}</a>` : `<strong>${escapeHtml(e.name)}</strong>`}
    <span class="meta">${escapeHtml(e.kind ?? 'event')} · card ${escapeHtml(e.cardDate ?? 'undated')} · ${e.sources.length} dated mention${e.sources.length === 1 ? '' : 's'}</span>
    ${e.conflict ? '<span class="badge">sources disagree</span>' : ''}</header>
  ${strip(e)}
  ${e.note && e.conflict ? `<p class="note">${escapeHtml(e.note)}</p>` : ''}
  ${sources ? `<ul>${sources}</ul>` : ''}
</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Dateline: timeline</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px 24px; }
  h1 { font-size: 1.3em; font-weight: 600; }
  .title { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 16px; }
  .exports { color: var(--vscode-descriptionForeground, #888); white-space: nowrap; }
  .exports button { font: inherit; color: var(--vscode-button-foreground, #fff); background: var(--vscode-button-background, #0e639c); border: none; border-radius: 2px; padding: 2px 8px; cursor: pointer; }
  .exports button:hover, .exports button:focus-visible { background: var(--vscode-button-hoverBackground, #1177bb); }
  .summary { color: var(--vscode-descriptionForeground, #888); }
  .event { border-left: 3px solid var(--vscode-panel-border, #8884); padding: 4px 12px; margin: 14px 0; }
  .event.has-conflict { border-left-color: var(--vscode-editorWarning-foreground, #c90); }
  header a { font-weight: 600; }
  .meta { color: var(--vscode-descriptionForeground, #888); margin-left: 8px; font-size: 0.9em; }
  .badge { margin-left: 8px; padding: 1px 6px; border-radius: 8px; font-size: 0.8em; background: var(--vscode-editorWarning-foreground, #c90); color: var(--vscode-editor-background, #fff); }
  svg { display: block; margin: 4px 0; overflow: visible; }
  .axis, .tick { stroke: var(--vscode-descriptionForeground, #888); stroke-width: 1; }
  .day { fill: var(--vscode-descriptionForeground, #888); font-size: 10px; text-anchor: middle; }
  .card { stroke: var(--vscode-textLink-foreground, #3794ff); stroke-width: 2; stroke-dasharray: 3 2; }
  .source { fill: var(--vscode-charts-blue, #3794ff); cursor: pointer; }
  .source.conflict { fill: var(--vscode-charts-red, #f14c4c); }
  li.conflict { color: var(--vscode-charts-red, #f14c4c); }
  .note { font-style: italic; color: var(--vscode-descriptionForeground, #888); }
  ul { margin: 4px 0; padding-left: 18px; }
</style>
</head>
<body>
<div class="title"><h1>Events and the dates each source gives</h1>
<span class="exports">Export: <button type="button" data-export="csv" title="Save the timeline as CSV: one row per date a source gives">CSV…</button> <button type="button" data-export="timelinejs" title="Save the timeline as TimelineJS JSON">TimelineJS…</button></span></div>
<p class="summary">${dated.length} events dated in the articles · ${conflicts} with disagreeing sources · dashed line: the event card's date · dots: dates in the articles (red: disagrees)</p>
${rows || EMPTY_TIMELINE}
${quiet.length > 0 ? `<p class="summary">Events with a card but no dated mention in the articles: ${quiet.map((e) => `<a href="#" data-uri="${escapeHtml(e.cardUri ?? '')}" data-line="0" data-character="0">${escapeHtml(e.name)}</a> (${escapeHtml(e.cardDate ?? 'undated')})`).join(' · ')}</p>` : ''}
<script nonce="${nonce}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (e) => {
    const button = e.target.closest('[data-export]');
    if (button) {
      vscode.postMessage({ type: 'export', format: button.dataset.export });
      return;
    }
    const el = e.target.closest('[data-uri]');
    if (!el) return;
    e.preventDefault();
    vscode.postMessage({ type: 'open', uri: el.dataset.uri, line: Number(el.dataset.line), character: Number(el.dataset.character) });
  });
</script>
</body>
</html>`;
}
