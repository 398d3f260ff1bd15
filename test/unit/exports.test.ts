// The exports a newsroom shares, on the seed corpus: the timeline as CSV and TimelineJS, the
// report as Markdown and HTML. Each must carry the disagreement the corpus has, and parse back.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/host/loadCorpus.ts';
import type { Workspace } from '../../server/src/core/workspace/workspace.ts';
import { buildTimeline } from '../../server/src/core/present/timeline.ts';
import { timelineRows } from '../../server/src/core/present/exports/timelineTable.ts';
import { timelineCsv } from '../../server/src/core/present/exports/timelineCsv.ts';
import { timelineJs } from '../../server/src/core/present/exports/timelineJs.ts';
import { buildReport } from '../../server/src/core/present/exports/report.ts';
import { reportMarkdown } from '../../server/src/core/present/exports/reportMarkdown.ts';
import { reportHtml } from '../../server/src/core/present/exports/reportHtml.ts';

let ws: Workspace;
before(async () => {
  ws = await loadCorpus([path.join(__dirname, '../../corpus')]);
});

/** RFC 4180 parsing, to read the CSV back as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

test('timeline CSV: one row per source, quoted where needed, the November 10 source marked as disagreeing', () => {
  const csv = timelineCsv(timelineRows(ws));
  const [head, ...rows] = parseCsv(csv);
  assert.deepEqual(head, ['event_id', 'event', 'kind', 'card_date', 'consensus_date', 'source_date', 'text', 'disagrees', 'file', 'line', 'column', 'published', 'source_date_inferred', 'published_inferred']);
  assert.ok(rows.every((r) => r.length === head!.length));
  const trilateral = rows.filter((r) => r[0] === 'trilateral-statement-2020');
  assert.ok(trilateral.length >= 5);
  const differing = trilateral.filter((r) => r[7] === 'true');
  assert.deepEqual(differing.map((r) => [r[5], r[6], path.basename(r[8]!)]), [['2020-11-10', 'November 10, 2020', 'azerbaijan-warns-against-deployment-to-karabakh.txt']]);
  assert.ok(rows.some((r) => r[1]!.includes('"Treaty of Friendship, Cooperation and Mutual Assistance"')), 'quotes and commas survive');
});

test('TimelineJS: a slide per dated event at the date most sources give, the differing date called out', () => {
  const tjs = timelineJs(buildTimeline(ws), 'Seed') as { events: Array<{ unique_id: string; start_date: { year: number; month?: number; day?: number }; text: { text: string } }> };
  const slide = tjs.events.find((e) => e.unique_id === 'trilateral-statement-2020')!;
  assert.deepEqual(slide.start_date, { year: 2020, month: 11, day: 9 });
  assert.match(slide.text.text, /<strong>differs:<\/strong> 2020-11-10: azerbaijan-warns-against-deployment-to-karabakh\.txt/);
});

test('report: events with every source, the disagreement, counts, names with their spellings; HTML without scripts', () => {
  const r = buildReport(ws);
  assert.equal(r.articles, 5);
  assert.deepEqual(r.findings.filter((f) => f.severity === 'warning').map((f) => f.code), ['date-conflict']);
  const pashinyan = r.names.find((n) => n.id === 'nikol-pashinyan')!;
  assert.ok(pashinyan.carded && pashinyan.articles >= 4);
  assert.ok(pashinyan.spellings.some(([s]) => s === 'Pashinyan'));
  assert.ok(r.claims.some((c) => c.text === 'more than 6,500 deaths'));
  const md = reportMarkdown(r, 'Seed');
  assert.match(md, /^# Seed\n\n5 articles · 14 events · 1 finding · \d+ names/);
  assert.match(md, /\| 2020-11-10 \| November 10, 2020 \| [^|]*azerbaijan-warns-against-deployment-to-karabakh\.txt:\d+ \| [^|]+ \| \*\*disagrees\*\* \|/);
  const html = reportHtml(r, 'Seed <&>');
  assert.match(html, /<title>Seed &lt;&amp;&gt;<\/title>/);
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /Content-Security-Policy/);
  assert.match(html, /<td class="differs">disagrees<\/td>/);
});
