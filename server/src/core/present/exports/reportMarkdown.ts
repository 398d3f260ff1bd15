// The report as Markdown: for a pull request, a shared document, an email.

import { articleDateCell, dateGivenCell, type Report } from './report.ts';
import { counted } from '../counted.ts';

const cell = (s: string | number) => String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function reportMarkdown(r: Report, title: string): string {
  const out: string[] = [`# ${title}`, '', `${counted(r.articles, 'article')} · ${counted(r.events.length, 'event')} · ${counted(r.findings.length, 'finding')} · ${counted(r.names.length, 'name')}`, ''];
  out.push('## Events', '');
  if (r.events.length === 0) out.push('No dated events.', '');
  for (const e of r.events) {
    out.push(`### ${cell(e.name)}`, '', `${e.cardDate ? `Card date ${e.cardDate}` : 'No card'} · ${e.sources.length > 0 ? `most sources: ${e.consensus}` : 'no article dates it'}${e.kind ? ` · ${e.kind}` : ''}`, '');
    if (e.note) out.push(`> ${cell(e.note)}`, '');
    if (e.sources.length === 0) continue;
    out.push('| Date given | Text | Where | Article date | |', '| --- | --- | --- | --- | --- |');
    for (const s of e.sources) out.push(`| ${dateGivenCell(s)} | ${cell(s.text)} | ${cell(s.file)}:${s.line} | ${articleDateCell(s)} | ${s.conflict ? '**disagrees**' : ''} |`);
    out.push('');
  }
  out.push('## Findings', '');
  if (r.findings.length === 0) out.push('None.', '');
  else {
    out.push('| Where | Severity | Check | Message |', '| --- | --- | --- | --- |');
    for (const f of r.findings) out.push(`| ${cell(f.file)}:${f.line}:${f.column} | ${f.severity} | ${f.code} | ${cell(f.message)} |`);
    out.push('');
  }
  out.push('## Counts', '');
  if (r.claims.length === 0) out.push('None.', '');
  else {
    out.push('| What | Count | As of | Where |', '| --- | --- | --- | --- |');
    for (const c of r.claims) out.push(`| ${c.quantity} | ${cell(c.text)} | ${c.asOf || 'unknown'} | ${cell(c.file)}:${c.line} |`);
    out.push('');
  }
  out.push('## Names', '', '| Name | Type | Card | Mentions | Articles | Spellings |', '| --- | --- | --- | --- | --- | --- |');
  for (const n of r.names) out.push(`| ${cell(n.name)} | ${n.type} | ${n.carded ? 'yes' : 'no'} | ${n.mentions} | ${n.articles} | ${cell(n.spellings.map(([s, k]) => `${s} (${k})`).join(', '))} |`);
  return `${out.join('\n')}\n`;
}
