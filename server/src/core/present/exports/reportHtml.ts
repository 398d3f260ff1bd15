// The report as one self-contained HTML page (no scripts, no remote content): for an editor who
// opens it in a browser or pastes it into a CMS.

import { articleDateCell, dateGivenCell, type Report } from './report.ts';
import { counted } from '../counted.ts';

const h = (s: string | number) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const table = (head: string[], rows: string[][]) =>
  `<table><thead><tr>${head.map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
const td = (s: string | number, cls?: string) => `<td${cls ? ` class="${cls}"` : ''}>${h(s)}</td>`;

export function reportHtml(r: Report, title: string): string {
  const parts: string[] = [];
  parts.push(`<h1>${h(title)}</h1><p>${counted(r.articles, 'article')} · ${counted(r.events.length, 'event')} · ${counted(r.findings.length, 'finding')} · ${counted(r.names.length, 'name')}</p>`);
  parts.push('<h2>Events</h2>');
  if (r.events.length === 0) parts.push('<p>No dated events.</p>');
  for (const e of r.events) {
    parts.push(`<h3>${h(e.name)}</h3><p>${e.cardDate ? `Card date ${h(e.cardDate)}` : 'No card'} · ${e.sources.length > 0 ? `most sources: ${h(e.consensus)}` : 'no article dates it'}${e.kind ? ` · ${h(e.kind)}` : ''}</p>${e.note ? `<blockquote>${h(e.note)}</blockquote>` : ''}`);
    if (e.sources.length > 0) parts.push(table(['Date given', 'Text', 'Where', 'Article date', ''], e.sources.map((s) => [td(dateGivenCell(s)), td(s.text), td(`${s.file}:${s.line}`), td(articleDateCell(s)), td(s.conflict ? 'disagrees' : '', s.conflict ? 'differs' : undefined)])));
  }
  parts.push('<h2>Findings</h2>', r.findings.length === 0 ? '<p>None.</p>' : table(['Where', 'Severity', 'Check', 'Message'], r.findings.map((f) => [td(`${f.file}:${f.line}:${f.column}`), td(f.severity, f.severity), td(f.code), td(f.message)])));
  parts.push('<h2>Counts</h2>', r.claims.length === 0 ? '<p>None.</p>' : table(['What', 'Count', 'As of', 'Where'], r.claims.map((c) => [td(c.quantity), td(c.text), td(c.asOf || 'unknown'), td(`${c.file}:${c.line}`)])));
  parts.push('<h2>Names</h2>', table(['Name', 'Type', 'Card', 'Mentions', 'Articles', 'Spellings'], r.names.map((n) => [td(n.name), td(n.type), td(n.carded ? 'yes' : 'no'), td(n.mentions), td(n.articles), td(n.spellings.map(([s, k]) => `${s} (${k})`).join(', '))])));
  const style = 'body{font:15px/1.45 system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}.differs,.warning,.error{color:#a00;font-weight:600}blockquote{color:#555;border-left:3px solid #ccc;margin:0;padding-left:1em}';
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${h(title)}</title><style>${style}</style></head><body>\n${parts.join('\n')}\n</body></html>\n`;
}
